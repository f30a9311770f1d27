package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class EditorWorkServiceTest {

    @Autowired
    EditorWorkService work;
    @Autowired
    StoryService stories;

    private StoryDetails story;

    @BeforeEach
    void newStory() {
        TestUsers.login("editor", Role.EDITOR);
        story = stories.create(new StoryDraft("Draft test " + System.nanoTime(), null, "t", "Some text.", "raw"));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_draft_keeps_unsaved_text_and_tags_per_user_until_discarded() {
        work.saveDraft(story.id(), 1, "Headline", null, "Edited text.\n\nBuy Our Sofas Now", List.of(new Tag(TagKind.AD, "Buy Our Sofas Now")));
        work.saveDraft(story.id(), 1, "Headline", null, "Edited text again.\n\nBuy Our Sofas Now", List.of(new Tag(TagKind.AD, "Buy Our Sofas Now")));
        SavedDraft draft = work.draft(story.id()).orElseThrow();
        assertThat(draft.body()).isEqualTo("Edited text again.\n\nBuy Our Sofas Now");
        assertThat(draft.tags()).containsExactly(new Tag(TagKind.AD, "Buy Our Sofas Now"));
        TestUsers.login("admin", Role.ADMIN);
        assertThat(work.draft(story.id())).as("drafts are per user").isEmpty();
        TestUsers.login("editor", Role.EDITOR);
        work.discardDraft(story.id());
        assertThat(work.draft(story.id())).isEmpty();
    }

    @Test
    void an_ignored_finding_is_remembered_for_the_story_and_can_be_restored() {
        work.ignore(story.id(), "unattributed-opinion:this is heartbreaking news.", "unattributed-opinion", "Opinion");
        work.ignore(story.id(), "unattributed-opinion:this is heartbreaking news.", "unattributed-opinion", "Opinion");
        assertThat(work.settled(story.id(), List.of()).ignoredHashes())
                .containsExactly(EditorWorkService.hash("unattributed-opinion:this is heartbreaking news."));
        work.unignore(story.id(), EditorWorkService.hash("unattributed-opinion:this is heartbreaking news."));
        assertThat(work.ignored(story.id())).isEmpty();
    }

    @Test
    void a_reviewer_cannot_ignore_findings_or_keep_drafts() {
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> work.ignore(story.id(), "x", "r", "l")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.saveDraft(story.id(), 1, "h", null, "b", List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void tags_are_saved_with_the_revision_and_dropped_when_their_text_is_gone() {
        StoryDetails tagged = stories.save(story.id(), new StoryEdit(1, story.headline(), null,
                "Some text.\n\nBuy Our Sofas Now", "tag", List.of(new Tag(TagKind.AD, "Buy Our Sofas Now"))));
        assertThat(tagged.tags()).containsExactly(new Tag(TagKind.AD, "Buy Our Sofas Now"));
        assertThat(stories.revision(story.id(), 1).tags()).as("revision 1 is untouched").isEmpty();
        StoryDetails removed = stories.save(story.id(), new StoryEdit(2, story.headline(), null, "Some text.", "cut ad"));
        assertThat(removed.tags()).isEmpty();
        assertThat(stories.revision(story.id(), 2).tags()).hasSize(1);
    }
}
