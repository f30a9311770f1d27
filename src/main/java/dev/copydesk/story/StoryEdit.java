package dev.copydesk.story;

/** An editor's save: the revision it was based on, the new text, and an optional message. */
public record StoryEdit(int baseRevision, String headline, String byline, String body, String message) {
}
