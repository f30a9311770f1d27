package dev.copydesk;

import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryService;

/** Test data through the real services: a story written by the editor and approved by the reviewer. */
public final class TestStories {

    private TestStories() {
    }

    public static StoryDetails approved(StoryService stories, ReviewService workflow, String headline,
            String body) {
        StoryDetails s = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(headline, null,
                "wire", body, "raw")));
        TestUsers.as("editor", Role.EDITOR, () -> workflow.submit(s.id(), null));
        return TestUsers.as("reviewer", Role.REVIEWER, () -> workflow.approve(s.id(), 1, null));
    }
}
