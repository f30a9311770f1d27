package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.audit.AuditEntry;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.cleanup.FindingType;
import dev.copydesk.editing.DraftService;
import dev.copydesk.editing.SavedDraft;
import dev.copydesk.review.IgnoreService;
import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class EditorWorkTest {

    @Autowired
    IgnoreService ignores;
    @Autowired
    DraftService drafts;
    @Autowired
    StoryService stories;
    @Autowired
    ReviewService workflow;

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
        drafts.saveDraft(story.id(), 1, "Headline", null, "Edited text.\n\nBuy Our Sofas Now", List.of(new Tag(TagKind.AD, "Buy Our Sofas Now")));
        drafts.saveDraft(story.id(), 1, "Headline", null, "Edited text again.\n\nBuy Our Sofas Now", List.of(new Tag(TagKind.AD, "Buy Our Sofas Now")));
        SavedDraft draft = drafts.draft(story.id()).orElseThrow();
        assertThat(draft.body()).isEqualTo("Edited text again.\n\nBuy Our Sofas Now");
        assertThat(draft.tags()).containsExactly(new Tag(TagKind.AD, "Buy Our Sofas Now"));
        TestUsers.login("admin", Role.ADMIN);
        assertThat(drafts.draft(story.id())).as("drafts are per user").isEmpty();
        TestUsers.login("editor", Role.EDITOR);
        drafts.discardDraft(story.id());
        assertThat(drafts.draft(story.id())).isEmpty();
    }

    @Test
    void an_ignored_finding_is_remembered_for_the_story_and_can_be_restored() {
        String body = "This is heartbreaking news.";
        Finding opinion = new Finding(FindingType.STYLE, 0, body.length(), "Opinion", null, "unattributed-opinion",
                0.5, false, false);
        ignores.ignore(story.id(), opinion, body, "Opinion", null);
        ignores.ignore(story.id(), opinion, body, "Opinion", null);
        assertThat(ignores.settled(story.id(), List.of()).ignoredHashes())
                .containsExactly(IgnoreService.hash("unattributed-opinion:this is heartbreaking news."));
        ignores.unignore(story.id(), IgnoreService.hash("unattributed-opinion:this is heartbreaking news."));
        assertThat(ignores.ignored(story.id())).isEmpty();
        assertThat(stories.auditTrail(story.id())).as("an advisory finding is ignored without ceremony").isEmpty();
    }

    @Test
    void ignoring_a_finding_that_blocks_approval_needs_a_reason_and_is_audited_and_so_is_taking_it_back() {
        String body = "The council met.\n\nAdvertisement: Riverside Garden Centre Spring Sale";
        int start = body.indexOf("Advertisement");
        Finding ad = new Finding(FindingType.AD_INSERT, start, body.length(), "Ad insert", null, "ad-marked", 0.95,
                true, false);
        assertThatThrownBy(() -> ignores.ignore(story.id(), ad, body, "Ad insert", "  "))
                .isInstanceOf(InvalidStoryException.class).hasMessageContaining("say why");
        assertThat(ignores.ignored(story.id())).isEmpty();

        ignores.ignore(story.id(), ad, body, "Ad insert \u2014 Riverside", "It is the sponsor line the client paid for");
        assertThat(ignores.ignored(story.id())).singleElement().satisfies(ig -> {
            assertThat(ig.reason()).isEqualTo("It is the sponsor line the client paid for");
            assertThat(ig.type()).isEqualTo(FindingType.AD_INSERT);
        });
        assertThat(stories.auditTrail(story.id())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("IGNORED_BLOCKING_FINDING");
            assertThat(e.username()).isEqualTo("editor");
            assertThat(e.comment()).contains("Riverside", "the sponsor line the client paid for");
        });

        ignores.unignore(story.id(), ignores.ignored(story.id()).getFirst().fingerprint());
        assertThat(stories.auditTrail(story.id())).extracting(AuditEntry::kind)
                .containsExactly("RESTORED_BLOCKING_FINDING", "IGNORED_BLOCKING_FINDING");
    }

    @Test
    void a_reviewer_cannot_ignore_findings_or_keep_drafts() {
        TestUsers.login("reviewer", Role.REVIEWER);
        Finding any = new Finding(FindingType.STYLE, 0, 4, "m", null, "r", 0.5, false, false);
        assertThatThrownBy(() -> ignores.ignore(story.id(), any, "Some text.", "l", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.saveDraft(story.id(), 1, "h", null, "b", List.of()))
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
