package dev.copydesk.review;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import dev.copydesk.cleanup.Finding;
import dev.copydesk.story.Tag;

/**
 * Findings an editor has already dealt with without fixing: ignored ones (by fingerprint) and ones inside a
 * tagged passage. The editor, autoclean and the review gate all leave these out, the same way.
 */
public record SettledFindings(Set<String> ignoredHashes, List<Tag> tags) implements BiPredicate<Finding, String> {

    public static SettledFindings of(List<IgnoredFindingView> ignored, List<Tag> tags) {
        return new SettledFindings(ignored.stream().map(IgnoredFindingView::fingerprint).collect(Collectors.toSet()),
                List.copyOf(tags));
    }

    /** True if {@code finding}, found in {@code body}, was ignored or lies in tagged text. */
    @Override
    public boolean test(Finding finding, String body) {
        return isIgnored(finding, body) || isTagged(finding, body);
    }

    public boolean isIgnored(Finding finding, String body) {
        return ignoredHashes.contains(IgnoreService.hash(finding.fingerprint(body)));
    }

    public boolean isTagged(Finding finding, String body) {
        return tags.stream().flatMap(t -> t.spans(body).stream())
                .anyMatch(s -> finding.start() < s[1] && finding.end() > s[0]);
    }

    public List<Finding> open(List<Finding> findings, String body) {
        return findings.stream().filter(f -> !test(f, body)).toList();
    }
}
