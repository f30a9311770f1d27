package dev.copydesk.editing.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.copydesk.cleanup.Finding;
import dev.copydesk.story.TagKind;

/** Counts what the editor did since the last save and says it as a revision message. */
final class EditMessages {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** Says what the finding's rule does to the story (its effect), not what its id looks like. */
    void accepted(Finding f) {
        String kind = switch (f.rule().effect()) {
            case REMOVES_REPEATED_HEADLINE -> "removed the repeated headline";
            case REMOVES_AD -> "removed %d ad insert%s";
            case REMOVES_BOILERPLATE -> "removed %d boilerplate passage%s";
            case REMOVES_REPETITION -> "removed %d repeated passage%s";
            case FIXES_SPACING -> "fixed %d spacing issue%s";
            case FIXES_PUNCTUATION -> "fixed %d punctuation issue%s";
            case FIXES_SPELLING -> "fixed %d spelling issue%s";
            case FIXES_GRAMMAR -> "fixed %d grammar issue%s";
            case FIXES_STYLE -> "made %d style fix%s";
            case MOVES_BYLINE -> "moved the byline into its field";
        };
        counts.merge(kind, 1, Integer::sum);
    }

    void tagged(TagKind kind) {
        counts.merge(kind == TagKind.AD ? "tagged %d ad insert%s" : "tagged %d boilerplate passage%s", 1, Integer::sum);
    }

    void untagged() {
        counts.merge("untagged %d passage%s", 1, Integer::sum);
    }

    void editedByHand() {
        counts.put("edited the text", 1);
    }

    void clear() {
        counts.clear();
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** E.g. "Removed the repeated headline; tagged 2 ad inserts; fixed 4 spacing issues". */
    String message() {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(kind.contains("%d") ? String.format(kind, n, n == 1 ? "" : "s") : kind));
        String joined = String.join("; ", parts);
        return joined.isEmpty() ? "" : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
