package dev.copydesk.cleanup;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem in a story body, found by a {@link Rule}. Offsets are Java String indices into the body, end
 * exclusive. {@code replacement == null} means "delete the span", unless the finding is a {@code query}: a
 * question for the editor with nothing to apply. A {@code safe} finding may be applied by autoclean without
 * review; everything else is a suggestion or a query.
 */
public record Finding(Rule rule, int start, int end, String message, String replacement, double confidence,
        boolean safe, boolean query) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span " + start + ".." + end + " for " + rule.id());
        }
    }

    /**
     * A finding of a rule known only by its id and type (from a client or a test, not from the engine): its rule's
     * nature follows this finding, its effect the type.
     */
    public Finding(FindingType type, int start, int end, String message, String replacement, String ruleId,
            double confidence, boolean safe, boolean query) {
        this(new Rule(ruleId, type, query ? Rule.Nature.QUERY : safe ? Rule.Nature.SAFE : Rule.Nature.HINT), start,
                end, message, replacement, confidence, safe, query);
    }

    public FindingType type() {
        return rule.type();
    }

    public String ruleId() {
        return rule.id();
    }

    /**
     * The one rule for what blocks an approval: an ad, duplicate or boilerplate fix that autoclean would make.
     * The review gate applies it; the editor asks for a reason before such a finding is ignored.
     */
    public boolean blocksApproval() {
        return safe && type().blocksApproval();
    }

    /** What "accept all suggestions" applies: every fix but queries and hints that need an editor's judgement. */
    public boolean suggested() {
        return !query && rule.nature() != Rule.Nature.JUDGEMENT;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end || start == end && other.start <= start && start < other.end
                || other.start == other.end && start <= other.start && other.start < end;
    }

    Finding shift(int delta) {
        return at(start + delta, end + delta);
    }

    /** The same finding over another span. */
    Finding at(int newStart, int newEnd) {
        return new Finding(rule, newStart, newEnd, message, replacement, confidence, safe, query);
    }

    /**
     * Identifies "the same finding" across unrelated edits: the rule plus the normalised text it covers.
     * Editors' decisions (ignore, waive) are stored against this, not against offsets.
     */
    public String fingerprint(String body) {
        String covered = body.substring(start, Math.min(end, body.length()))
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return ruleId() + ":" + covered;
    }
}
