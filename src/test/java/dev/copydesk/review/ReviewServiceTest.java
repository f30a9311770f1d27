package dev.copydesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.audit.AuditEntry;
import dev.copydesk.security.Role;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import dev.copydesk.story.WorkflowException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewServiceTest {

    @Autowired
    StoryService stories;
    @Autowired
    ReviewService workflow;
    @Autowired
    IgnoreService ignores;
    @Autowired
    CommentService comments;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private StoryDetails cleanStory(String author) {
        return TestUsers.as(author, Role.EDITOR, () -> stories.create(new StoryDraft("Workflow " + System.nanoTime(),
                null, "t", "The council met on Monday and approved the budget by nine votes to four.", "raw")));
    }

    @Test
    void submit_request_changes_resubmit_approve() {
        StoryDetails s = cleanStory("editor");
        TestUsers.login("editor", Role.EDITOR);
        assertThat(workflow.submit(s.id(), "ready").status()).isEqualTo(StoryStatus.IN_REVIEW);
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThat(workflow.requestChanges(s.id(), "Add the vote count for each party.").status())
                .isEqualTo(StoryStatus.CHANGES_REQUESTED);
        TestUsers.login("editor", Role.EDITOR);
        assertThat(comments.comments(s.id())).anyMatch(c -> c.text().contains("vote count"));
        StoryDetails revised = stories.save(s.id(), new StoryEdit(1, s.headline(), null,
                s.body() + " Labour voted for, the Greens against.", "vote count"));
        assertThat(revised.status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
        workflow.submit(s.id(), null);
        TestUsers.login("reviewer", Role.REVIEWER);
        StoryDetails approved = workflow.approve(s.id(), 2, null);
        assertThat(approved.status()).isEqualTo(StoryStatus.APPROVED);
        assertThat(approved.approvedRevision()).isEqualTo(2);
        assertThat(stories.auditTrail(s.id())).extracting(AuditEntry::kind)
                .containsExactly("APPROVED", "SUBMITTED", "CHANGES_REQUESTED", "SUBMITTED");
    }

    @Test
    void an_editor_cannot_approve_and_a_reviewer_cannot_submit() {
        StoryDetails s = cleanStory("editor");
        TestUsers.login("editor", Role.EDITOR);
        workflow.submit(s.id(), null);
        assertThatThrownBy(() -> workflow.approve(s.id(), 1, null)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> workflow.submit(s.id(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reviewer_cannot_approve_a_revision_they_wrote() {
        StoryDetails s = cleanStory("admin");
        TestUsers.login("admin", Role.ADMIN);
        workflow.submit(s.id(), null);
        assertThatThrownBy(() -> workflow.approve(s.id(), 1, null)).isInstanceOf(WorkflowException.class)
                .hasMessage("You wrote revision 1; another reviewer must approve it.");
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThat(workflow.approve(s.id(), 1, null).status()).isEqualTo(StoryStatus.APPROVED);
    }

    @Test
    void wrong_states_are_refused_with_a_reason() {
        StoryDetails s = cleanStory("editor");
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> workflow.approve(s.id(), 1, null)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("Only a story in review can be approved");
        assertThatThrownBy(() -> workflow.requestChanges(s.id(), "x")).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> workflow.requestChanges(s.id(), " ")).isInstanceOf(InvalidStoryException.class)
                .hasMessageContaining("comment is required");
        TestUsers.login("editor", Role.EDITOR);
        workflow.submit(s.id(), null);
        assertThatThrownBy(() -> workflow.submit(s.id(), null)).isInstanceOf(WorkflowException.class);
    }

    @Test
    void only_the_submitted_revision_can_be_approved_and_a_later_edit_leaves_it_the_approved_one() {
        StoryDetails s = cleanStory("editor");
        TestUsers.login("editor", Role.EDITOR);
        workflow.submit(s.id(), null);
        stories.save(s.id(), new StoryEdit(1, s.headline(), null, s.body() + " More.", "late edit"));
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> workflow.approve(s.id(), 1, null)).as("the edit moved the story back to draft")
                .isInstanceOf(WorkflowException.class);
        TestUsers.login("editor", Role.EDITOR);
        workflow.submit(s.id(), null);
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> workflow.approve(s.id(), 1, null)).as("revision 2 was submitted, not 1")
                .isInstanceOf(WorkflowException.class)
                .hasMessage("Revision 2 was submitted for review; only that revision can be approved.");
        assertThat(stories.get(s.id()).status()).isEqualTo(StoryStatus.IN_REVIEW);
        workflow.approve(s.id(), 2, null);
        TestUsers.login("editor", Role.EDITOR);
        StoryDetails after = stories.save(s.id(), new StoryEdit(2, s.headline(), null, s.body() + " More. Even more.",
                "later edit"));
        assertThat(after.approvedRevision()).isEqualTo(2);
        assertThat(after.revision()).isEqualTo(3);
        assertThat(after.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(after.workflowLine()).isEqualTo("Revision 2 approved \u00b7 revision 3 in draft");
    }

    @Test
    void four_eyes_covers_every_author_since_the_last_approval_not_only_the_last_one() {
        StoryDetails s = cleanStory("editor");
        TestUsers.login("admin", Role.ADMIN);
        stories.save(s.id(), new StoryEdit(1, s.headline(), null, s.body() + " The mayor abstained.", "admin adds"));
        TestUsers.login("editor", Role.EDITOR);
        stories.save(s.id(), new StoryEdit(2, s.headline(), null, s.body() + " The mayor abstained on the vote.",
                "editor polishes"));
        workflow.submit(s.id(), null);
        TestUsers.login("admin", Role.ADMIN);
        assertThatThrownBy(() -> workflow.approve(s.id(), 3, null)).isInstanceOf(WorkflowException.class)
                .hasMessage("You wrote revision 2; another reviewer must approve it.");
        TestUsers.login("reviewer", Role.REVIEWER);
        workflow.approve(s.id(), 3, null);

        // After that approval the admin's revision 2 is reviewed history: the admin may approve the next round.
        TestUsers.login("editor", Role.EDITOR);
        stories.save(s.id(), new StoryEdit(3, s.headline(), null, s.body() + " The mayor abstained on the vote. "
                + "The budget takes effect in April.", "editor adds date"));
        workflow.submit(s.id(), null);
        TestUsers.login("admin", Role.ADMIN);
        assertThat(workflow.approve(s.id(), 4, null).approvedRevision()).isEqualTo(4);
    }

    @Test
    void the_gate_lists_each_blocking_finding_an_editor_ignored_with_who_and_why() {
        StoryDetails s = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Ignored ad "
                + System.nanoTime(), null, "t", "The council met on Monday.\n\nAdvertisement: Riverside Garden Centre "
                + "Spring Sale\n\nIt approved the budget.", "raw")));
        TestUsers.login("editor", Role.EDITOR);
        var ad = workflow.blocking(s.id(), 1).open().stream()
                .filter(f -> f.type() == dev.copydesk.cleanup.FindingType.AD_INSERT).findFirst().orElseThrow();
        ignores.ignore(s.id(), ad, s.body(), "Ad insert", "The garden centre is the subject of the story");
        workflow.submit(s.id(), null);
        TestUsers.login("reviewer", Role.REVIEWER);
        BlockingFindings gate = workflow.blocking(s.id(), 1);
        assertThat(gate.open()).doesNotContain(ad);
        assertThat(gate.ignored()).singleElement().satisfies(ig -> {
            assertThat(ig.finding()).isEqualTo(ad);
            assertThat(ig.decision().username()).isEqualTo("editor");
            assertThat(ig.decision().reason()).isEqualTo("The garden centre is the subject of the story");
        });
    }

    @Test
    void tag_changes_since_the_last_approval_say_which_paragraph_and_by_whom() {
        String body = "The council met on Monday.\n\nRiverside Garden Centre Spring Sale\n\nIt approved the budget.";
        StoryDetails s = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Tags "
                + System.nanoTime(), null, "t", body, "raw")));
        TestUsers.login("editor", Role.EDITOR);
        stories.save(s.id(), new StoryEdit(1, s.headline(), null, body, "tag promo",
                List.of(new Tag(TagKind.AD, "Riverside Garden Centre Spring Sale"))));
        TestUsers.login("admin", Role.ADMIN);
        stories.save(s.id(), new StoryEdit(2, s.headline(), null, body, "that is a real paragraph",
                List.of(new Tag(TagKind.BOILERPLATE, "It approved the budget."))));
        assertThat(workflow.tagChanges(s.id())).extracting(c -> c.revision() + " " + c.author() + " " + c.kind() + " "
                + c.tagged() + " " + c.text()).containsExactly(
                "2 editor AD true Riverside Garden Centre Spring Sale",
                "3 admin BOILERPLATE true It approved the budget.",
                "3 admin AD false Riverside Garden Centre Spring Sale");
        TestUsers.login("editor", Role.EDITOR);
        stories.save(s.id(), new StoryEdit(3, s.headline(), null, "The council met on Monday.", "cut"));
        assertThat(workflow.tagChanges(s.id())).as("a deleted paragraph is not an untagging; the diff shows it")
                .hasSize(3);
    }

    @Test
    void the_review_queue_shows_who_submitted_and_the_blocking_count_of_the_submitted_revision_oldest_first() {
        StoryDetails withAd = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Queue ad "
                + System.nanoTime(), null, "t", "The council met.\n\nAdvertisement: Riverside Garden Centre Spring "
                + "Sale\n\nIt approved the budget.", "raw")));
        StoryDetails clean = cleanStory("admin");
        TestUsers.login("editor", Role.EDITOR);
        workflow.submit(withAd.id(), null);
        TestUsers.login("admin", Role.ADMIN);
        workflow.submit(clean.id(), null);
        TestUsers.login("reviewer", Role.REVIEWER);
        List<ReviewQueueItem> queue = workflow.reviewQueue(org.springframework.data.domain.PageRequest.of(0, 500));
        assertThat(queue).filteredOn(q -> q.id() == withAd.id() || q.id() == clean.id())
                .extracting(q -> q.submittedBy() + " " + q.blockingFindings())
                .containsExactly("editor 1", "admin 0");
        assertThat(workflow.reviewQueueSize()).isGreaterThanOrEqualTo(2);
        TestUsers.login("editor", Role.EDITOR);
        assertThatThrownBy(() -> workflow.reviewQueue(org.springframework.data.domain.PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unresolved_ads_block_approval_unless_waived_with_a_reason() {
        StoryDetails s = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Ads " + System.nanoTime(),
                null, "t", "The council met on Monday.\n\nAD: Cheap Sofas Today\n\nIt approved the budget.", "raw")));
        TestUsers.login("editor", Role.EDITOR);
        workflow.submit(s.id(), null);
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> workflow.approve(s.id(), 1, null)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("unresolved");
        assertThat(workflow.approve(s.id(), 1, "The sponsor line is part of a paid partnership story.").status())
                .isEqualTo(StoryStatus.APPROVED);
        assertThat(stories.auditTrail(s.id())).anyMatch(e -> e.kind().equals("WAIVED")
                && e.comment().contains("paid partnership"));
    }

    @Test
    void restore_makes_an_old_revision_current_as_a_new_revision_and_a_retried_save_makes_no_second_one() {
        StoryDetails s = cleanStory("editor");
        TestUsers.login("editor", Role.EDITOR);
        StoryEdit edit = new StoryEdit(1, s.headline(), null, "Rewritten.", "rewrite");
        stories.save(s.id(), edit);
        assertThat(stories.save(s.id(), edit).revision()).as("a retry of the same save").isEqualTo(2);
        StoryDetails restored = stories.restore(s.id(), 1, 2);
        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.body()).isEqualTo(s.body());
        assertThat(stories.history(s.id()).getFirst().message()).isEqualTo("Restored revision 1");
    }
}
