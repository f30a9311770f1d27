package dev.copydesk.story;

import java.util.List;

/**
 * An editor's save: the revision it was based on, the new text, its ad/boilerplate tags ({@code null} keeps
 * the current tags) and an optional message.
 */
public record StoryEdit(int baseRevision, String headline, String byline, String body, String message,
        List<Tag> tags) {

    public StoryEdit(int baseRevision, String headline, String byline, String body, String message) {
        this(baseRevision, headline, byline, body, message, null);
    }
}
