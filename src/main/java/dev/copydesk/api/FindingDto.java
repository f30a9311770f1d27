package dev.copydesk.api;

import dev.copydesk.cleanup.Finding;

/** A finding with offsets into {@code StoryDto.body}; {@code replacement == null} means delete. */
public record FindingDto(String type, int start, int end, String message, String replacement, String ruleId,
        double confidence, boolean autoFix, boolean query) {

    static FindingDto of(Finding f) {
        return new FindingDto(f.type().name(), f.start(), f.end(), f.message(), f.replacement(), f.ruleId(),
                f.confidence(), f.safe(), f.query());
    }
}
