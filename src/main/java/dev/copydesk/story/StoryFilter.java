package dev.copydesk.story;

/** What the desk shows: an optional status and an optional headline search (case-insensitive). */
public record StoryFilter(StoryStatus status, String headlineQuery) {

    public static final StoryFilter ALL = new StoryFilter(null, null);
}
