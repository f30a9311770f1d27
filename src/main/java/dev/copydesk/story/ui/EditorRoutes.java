package dev.copydesk.story.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;

/** The story id in the editor's, the history's and the revision view's routes ({@code stories/:storyId...}). */
final class EditorRoutes {

    static final String STORY_ID = "storyId";

    private EditorRoutes() {
    }

    static RouteParameters params(long storyId) {
        return new RouteParameters(STORY_ID, Long.toString(storyId));
    }

    /** The story id of the route being entered; empty if it is missing or not a number. */
    static Optional<Long> storyId(BeforeEnterEvent event) {
        return event.getRouteParameters().get(STORY_ID).flatMap(raw -> {
            try {
                return Optional.of(Long.parseLong(raw));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
