package dev.copydesk.cleanup;

import java.util.Locale;

/**
 * One problem in a story body. Offsets are Java String indices into the body, end exclusive.
 * {@code replacement == null} means "delete the span", unless the finding is a {@code query}: a question
 * for the editor with nothing to apply. A {@code safe} finding may be applied by autoclean without review;
 * everything else is a suggestion or a query.
 */
public record Finding(FindingType type, int start, int end, String message, String replacement, String ruleId,
        double confidence, boolean safe, boolean query) {

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span " + start + ".." + end + " for " + ruleId);
        }
    }

    static Finding safe(FindingType type, int start, int end, String message, String replacement, String ruleId,
            double confidence) {
        return new Finding(type, start, end, message, replacement, ruleId, confidence, true, false);
    }

    static Finding hint(FindingType type, int start, int end, String message, String replacement, String ruleId,
            double confidence) {
        return new Finding(type, start, end, message, replacement, ruleId, confidence, false, false);
    }

    static Finding query(FindingType type, int start, int end, String message, String ruleId, double confidence) {
        return new Finding(type, start, end, message, null, ruleId, confidence, false, true);
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end || start == end && other.start <= start && start < other.end
                || other.start == other.end && start <= other.start && other.start < end;
    }

    Finding shift(int delta) {
        return new Finding(type, start + delta, end + delta, message, replacement, ruleId, confidence, safe, query);
    }

    /**
     * Identifies "the same finding" across unrelated edits: the rule plus the normalised text it covers.
     * Editors' decisions (ignore, waive) are stored against this, not against offsets.
     */
    public String fingerprint(String body) {
        String covered = body.substring(start, Math.min(end, body.length()))
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return ruleId + ":" + covered;
    }
}
