package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import dev.copydesk.TestUsers;
import dev.copydesk.editing.ui.FindingsPanel;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.review.ReviewQueueItem;
import dev.copydesk.review.ui.ReviewQueueView;
import dev.copydesk.review.ui.ReviewView;
import dev.copydesk.review.ui.StoryHistoryView;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.ui.DiffView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewLoopTest extends KaribuTest {

    @Autowired
    StoryService stories;
    @Autowired
    dev.copydesk.review.ReviewService workflow;
    @Autowired
    dev.copydesk.review.CommentService comments;
    @Autowired
    dev.copydesk.events.DeskEvents events;

    @Test
    void the_queue_and_the_review_screen_follow_what_others_do_without_a_reload() {
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(
                "Live queue " + System.nanoTime(), null, "t", "The council met.\n\nIt approved the budget.", "raw")));
        login("reviewer", Role.REVIEWER);
        UI.getCurrent().navigate(ReviewQueueView.class);
        Span notice = _get(Span.class, spec -> spec.withId("queue-notice"));
        assertThat(notice.getText()).isEmpty();

        // Another editor submits: the reviewer's open queue is refreshed and says so.
        TestUsers.as("editor", Role.EDITOR, () -> workflow.submit(story.id(), null));
        events.awaitDelivered();
        dev.copydesk.events.ui.LiveUpdates.awaitQueued();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(notice.getText()).startsWith("Updated ");
        @SuppressWarnings("unchecked")
        Grid<ReviewQueueItem> queue = _get(Grid.class, spec -> spec.withId("review-queue"));
        assertThat(GridKt._findAll(queue)).extracting(ReviewQueueItem::id).contains(story.id());

        // On the review screen, a comment on paragraph 2 appears, with where it is.
        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("storyId", Long.toString(story.id())));
        String block = story.blockIds().get(1);
        TestUsers.as("editor", Role.EDITOR, () -> comments.comment(story.id(), "Which budget?", block));
        TestUsers.login("reviewer", Role.REVIEWER);
        events.awaitDelivered();
        dev.copydesk.events.ui.LiveUpdates.awaitQueued();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(_get(Div.class, spec -> spec.withId("comments")).getElement().getTextRecursively())
                .contains("editor on paragraph 2").contains("Which budget?");
    }

    @Test
    void an_open_view_re_reads_when_its_node_may_have_missed_events_from_other_nodes() {
        login("reviewer", Role.REVIEWER);
        UI.getCurrent().navigate(ReviewQueueView.class);
        Span notice = _get(Span.class, spec -> spec.withId("queue-notice"));
        events.deliver(new dev.copydesk.events.DeskEvent.PresenceChanged(0)); // not the queue's business
        events.awaitDelivered();
        dev.copydesk.events.ui.LiveUpdates.awaitQueued();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(notice.getText()).isEmpty();
        events.deliver(new dev.copydesk.events.DeskEvent.Resync()); // the relay reconnected
        events.awaitDelivered();
        dev.copydesk.events.ui.LiveUpdates.awaitQueued();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(notice.getText()).startsWith("Updated ");
    }

    @Test
    void submit_queue_request_changes_revise_resubmit_approve_with_the_change_in_the_diff() {
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(
                "Loop " + System.nanoTime(), null, "t", "The council approved the budget on Monday.", "raw")));

        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(stories.get(story.id()).status()).isEqualTo(StoryStatus.IN_REVIEW);

        login("reviewer", Role.REVIEWER);
        UI.getCurrent().navigate(ReviewQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<ReviewQueueItem> queue = _get(Grid.class, spec -> spec.withId("review-queue"));
        assertThat(GridKt._findAll(queue)).filteredOn(item -> item.id() == story.id()).singleElement()
                .satisfies(item -> {
                    assertThat(item.submittedBy()).isEqualTo("editor");
                    assertThat(item.blockingFindings()).isZero();
                });
        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("storyId", Long.toString(story.id())));
        _setValue(_get(TextArea.class, spec -> spec.withId("review-comment")), "Say by how many votes.");
        _click(_get(Button.class, spec -> spec.withId("request-changes")));
        assertThat(stories.get(story.id()).status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);

        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryHistoryView.class, StoryEditorView.params(story.id()));
        assertThat(_find(Span.class)).extracting(Span::getText).anyMatch(t -> t.contains("Say by how many votes."));
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        _click(_get(Button.class, spec -> spec.withId("mode")));
        _setValue(_get(TextArea.class, spec -> spec.withId("body")),
                "The council approved the budget on Monday by nine votes to four.");
        _click(_get(Button.class, spec -> spec.withId("save")));
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(stories.get(story.id()).status()).isEqualTo(StoryStatus.IN_REVIEW);

        login("reviewer", Role.REVIEWER);
        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("storyId", Long.toString(story.id())));
        DiffView diff = _get(DiffView.class);
        assertThat(_find(diff, Span.class)).filteredOn(s -> s.getClassNames().contains("diff-ins"))
                .extracting(Span::getText).containsExactly(" by nine votes to four");
        _click(_get(Button.class, spec -> spec.withId("approve")));
        StoryDetails approved = stories.get(story.id());
        assertThat(approved.status()).isEqualTo(StoryStatus.APPROVED);
        assertThat(approved.approvedRevision()).isEqualTo(2);
    }

    @Test
    void the_reviewer_sees_an_ignored_ad_with_its_reason_a_paragraph_tagged_as_ad_and_the_publish_ready_text() {
        String ad = "Advertisement: Riverside Garden Centre Spring Sale";
        String real = "The new budget takes effect in April.";
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(
                "Gate " + System.nanoTime(), null, "t", "The council approved the budget on Monday.\n\n" + ad
                + "\n\n" + real, "raw")));

        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        FindingsPanel panel = _get(FindingsPanel.class);
        FindingsPanel.Row adRow = panel.rows().stream().filter(r -> r.index() >= 0 && r.context().contains("Riverside"))
                .findFirst().orElseThrow();
        panel.run("ignore", adRow);
        _get(Dialog.class, spec -> spec.withId("ignore-reason-dialog"));
        _click(_get(Button.class, spec -> spec.withId("confirm-ignore")));
        assertThat(_find(Dialog.class)).as("no reason, no ignore: the dialog stays").hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("ignore-reason")), "The sale is the news here");
        _click(_get(Button.class, spec -> spec.withId("confirm-ignore")));
        StoryEditorView editor = _get(StoryEditorView.class);
        String body = stories.get(story.id()).body();
        editor.paragraphClicked(body.indexOf(real), body.indexOf(real) + real.length());
        _click(_get(Button.class, spec -> spec.withId("tag-ad")));
        _click(_get(Button.class, spec -> spec.withId("save")));
        _click(_get(Button.class, spec -> spec.withId("submit")));

        login("reviewer", Role.REVIEWER);
        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("storyId", Long.toString(story.id())));
        assertThat(_get(Div.class, spec -> spec.withId("blocking")).getElement().getTextRecursively())
                .contains("None open; 1 ignored by an editor");
        assertThat(_get(Div.class, spec -> spec.withId("ignored-blocking")).getElement().getTextRecursively())
                .contains("Riverside Garden Centre", "ignored by editor", "Reason: The sale is the news here");
        assertThat(_get(Div.class, spec -> spec.withId("tag-changes")).getElement().getTextRecursively())
                .contains("Tagged as ad by editor in revision 2: \u201c" + real + "\u201d");
        assertThat(_get(Div.class, spec -> spec.withId("publish-preview")).getText())
                .isEqualTo("The council approved the budget on Monday.\n\n" + ad);
    }
}
