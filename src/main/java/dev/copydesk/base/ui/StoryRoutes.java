package dev.copydesk.base.ui;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;

/**
 * The routes of one story's views, by template, so a view can link to another feature's view without importing it
 * (the desk opens the editor, the editor links to the history): feature packages stay free of cycles.
 */
public final class StoryRoutes {

    public static final String STORY_ID = "storyId";
    public static final String NUMBER = "number";
    public static final String EDITOR = "stories/:" + STORY_ID;
    public static final String HISTORY = "stories/:" + STORY_ID + "/history";
    public static final String REVISION = "stories/:" + STORY_ID + "/revisions/:" + NUMBER;
    public static final String REVIEW = "review/:" + STORY_ID;
    public static final String IMPORT = "import";

    private StoryRoutes() {
    }

    public static RouteParameters params(long storyId) {
        return new RouteParameters(STORY_ID, Long.toString(storyId));
    }

    public static RouteParameters params(long storyId, int number) {
        return new RouteParameters(Map.of(STORY_ID, Long.toString(storyId), NUMBER, Integer.toString(number)));
    }

    /** The location of the story's editor, for {@code UI.navigate(String)}. */
    public static String editor(long storyId) {
        return "stories/" + storyId;
    }

    public static String history(long storyId) {
        return "stories/" + storyId + "/history";
    }

    /** The story id of the route being entered; empty if it is missing or not a number. */
    public static Optional<Long> storyId(BeforeEnterEvent event) {
        return event.getRouteParameters().get(STORY_ID).flatMap(raw -> {
            try {
                return Optional.of(Long.parseLong(raw));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
