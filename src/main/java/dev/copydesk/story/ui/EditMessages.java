package dev.copydesk.story.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.copydesk.cleanup.Finding;
import dev.copydesk.story.TagKind;

/** Counts what the editor did since the last save and says it as a revision message. */
final class EditMessages {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void accepted(Finding f) {
        String rule = f.ruleId();
        String kind;
        if (rule.equals("repeated-headline")) {
            kind = "removed the repeated headline";
        } else if (rule.startsWith("ad-")) {
            kind = "removed %d ad insert%s";
        } else if (rule.startsWith("boilerplate")) {
            kind = "removed %d boilerplate passage%s";
        } else if (rule.startsWith("duplicate") || rule.equals("possible-repetition") || rule.equals("repeated-line")) {
            kind = "removed %d repeated passage%s";
        } else {
            kind = switch (f.type()) {
                case SPACING -> "fixed %d spacing issue%s";
                case PUNCTUATION -> "fixed %d punctuation issue%s";
                case SPELLING -> "fixed %d spelling issue%s";
                case GRAMMAR -> "fixed %d grammar issue%s";
                default -> "made %d style fix%s";
            };
        }
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
