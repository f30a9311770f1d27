package dev.copydesk.api;

import dev.copydesk.story.StoryDetails;

/** A story as the API returns it; {@code title} is the headline, {@code body} the current working text. */
public record StoryDto(long id, String title, String status, int revision, String body, String byline,
        String source, Integer approvedRevision) {

    static StoryDto of(StoryDetails s) {
        return new StoryDto(s.id(), s.headline(), s.status().name(), s.revision(), s.body(), s.byline(), s.source(),
                s.approvedRevision());
    }
}
