package dev.copydesk.story;

/**
 * What a save did. {@code CREATED}: it wrote {@code story.revision()} ({@code merged} if saves since its base
 * were merged in). {@code UNCHANGED}: the text was already so, nothing written. {@code REPLAYED}: a retry of a
 * save that already wrote {@code story.revision()} (which may no longer be the current one).
 */
public record SaveResult(StoryDetails story, Outcome outcome, boolean merged) {

    public enum Outcome { CREATED, UNCHANGED, REPLAYED }
}
