package dev.copydesk.api;

import dev.copydesk.cleanup.Finding;

/**
 * A finding with offsets into {@code StoryDto.body}; {@code replacement == null} means delete. {@code safe} (also
 * {@code autoFix}): autoclean applies it; {@code hint}: a suggestion for an editor, which {@code level=suggested}
 * applies unless it needs {@code judgement}; {@code query}: a question with nothing to apply.
 */
public record FindingDto(String type, int start, int end, String message, String replacement, String ruleId,
        double confidence, boolean autoFix, boolean safe, boolean hint, boolean judgement, boolean query) {

    static FindingDto of(Finding f) {
        boolean hint = !f.safe() && !f.query();
        return new FindingDto(f.type().name(), f.start(), f.end(), f.message(), f.replacement(), f.ruleId(),
                f.confidence(), f.safe(), f.safe(), hint, hint && !f.suggested(), f.query());
    }
}
