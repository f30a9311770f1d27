package dev.copydesk.story;

/** No story (or revision) with that id or number. */
public class StoryNotFoundException extends RuntimeException {

    public StoryNotFoundException(String message) {
        super(message);
    }
}
