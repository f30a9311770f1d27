package dev.copydesk.story;

import java.time.Instant;
import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.EscapeCharacter;

/** The desk's and the export view's story filters as JPA criteria; search text is matched literally. */
final class StorySpecs {

    /** Spring Data's own escaping, the one its derived "Containing" queries use. */
    private static final EscapeCharacter LIKE_ESCAPE = EscapeCharacter.DEFAULT;

    private StorySpecs() {
    }

    static Specification<Story> matching(StoryFilter filter) {
        Specification<Story> spec = (root, query, cb) -> cb.conjunction();
        if (filter == null) {
            return spec;
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.headlineQuery() != null && !filter.headlineQuery().isBlank()) {
            String pattern = contains(filter.headlineQuery());
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("headline")), pattern,
                    LIKE_ESCAPE.getEscapeCharacter()));
        }
        return spec;
    }

    /** Stories with an approved revision, updated in [from, to) and from a source containing {@code source}. */
    static Specification<Story> approved(Instant from, Instant to, String source) {
        Specification<Story> spec = (root, query, cb) -> cb.isNotNull(root.get("approvedRevision"));
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("updatedAt"), from));
        }
        if (to != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("updatedAt"), to));
        }
        if (source != null && !source.isBlank()) {
            String pattern = contains(source);
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("source")), pattern,
                    LIKE_ESCAPE.getEscapeCharacter()));
        }
        return spec;
    }

    /** A LIKE pattern for "contains", with the user's % and _ taken literally. */
    private static String contains(String text) {
        return "%" + LIKE_ESCAPE.escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}
