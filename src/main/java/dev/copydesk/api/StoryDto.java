package dev.copydesk.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.copydesk.story.StoryDetails;

/**
 * A story as the API returns it; {@code title} is the headline, {@code body} the current working text (or, in
 * a save's reply, the text of the revision that save made). {@code merged} is only in a save's reply: whether
 * saves made since its base revision were merged in. {@code notes} (only on an import, and only when there
 * are some) say what was changed on the way in, such as control characters removed.
 */
public record StoryDto(long id, String title, String status, int revision, String body, String byline,
        String source, Integer approvedRevision, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean merged,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String dateline,
        @JsonInclude(JsonInclude.Include.NON_NULL) String originalId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long possibleDuplicateOf) {

    static StoryDto of(StoryDetails s) {
        return new StoryDto(s.id(), s.headline(), s.status().name(), s.revision(), s.body(), s.byline(), s.source(),
                s.approvedRevision(), null, List.of(), s.dateline(), s.originalId(), s.duplicateOf());
    }

    static StoryDto imported(StoryDetails s, List<String> notes) {
        return new StoryDto(s.id(), s.headline(), s.status().name(), s.revision(), s.body(), s.byline(), s.source(),
                s.approvedRevision(), null, notes, s.dateline(), s.originalId(), s.duplicateOf());
    }

    static StoryDto saved(StoryDetails s, boolean merged) {
        return new StoryDto(s.id(), s.headline(), s.status().name(), s.revision(), s.body(), s.byline(), s.source(),
                s.approvedRevision(), merged, List.of(), s.dateline(), s.originalId(), s.duplicateOf());
    }
}
