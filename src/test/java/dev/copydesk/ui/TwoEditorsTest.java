package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import dev.copydesk.TestUsers;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.review.CommentService;
import dev.copydesk.security.Role;
import dev.copydesk.story.HoldService;
import dev.copydesk.story.RevisionSummary;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryService;
import dev.copydesk.text.Body;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two editors, two browser sessions (two Karibu UIs) on one story, each holding the paragraph they edit: holds,
 * the in-place update of the other's view, take-over, a hold that lapses, and an overlap that still reaches the
 * resolve dialog. Events reach the other UI as in the app (the bus's thread queues a UI.access); a round trip runs
 * it, as the browser's push would.
 */
class TwoEditorsTest extends KaribuTest {

    @Autowired
    StoryService stories;
    @Autowired
    HoldService holds;
    @Autowired
    DeskEvents events;
    @Autowired
    CommentService comments;
    @Autowired
    ApplicationContext context;

    private static final String BODY = String.join("\n\n", "The council met on Monday evening.",
            "It voted to close the old bridge.", "Residents had asked for a new crossing.",
            "Work will start in the spring.", "The mayor said the cost was fair.", "A public meeting follows next week.");

    /** One editor's browser: its UI, its session and who is signed in there. */
    private record Browser(UI ui, VaadinSession session, String user, Role role, StoryEditorView editor) {
    }

    private Browser open(StoryDetails story, String user, Role role, boolean newSession) {
        if (newSession) {
            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), context, uiFactory));
        }
        login(user, role);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        return new Browser(UI.getCurrent(), VaadinSession.getCurrent(), user, role, _get(StoryEditorView.class));
    }

    /** Makes {@code b} the browser in front, and runs what was pushed to it meanwhile. */
    private Browser front(Browser b) {
        events.awaitDelivered();
        dev.copydesk.events.ui.LiveUpdates.awaitQueued();
        UI.setCurrent(b.ui());
        VaadinSession.setCurrent(b.session());
        TestUsers.login(b.user(), b.role());
        MockVaadin.clientRoundtrip(false);
        return b;
    }

    private static void clickParagraph(Browser b, String body, int index) {
        Body doc = Body.parse(body);
        b.editor().paragraphClicked(doc.start(index), doc.end(index));
    }

    private static TextArea blockText(Browser b) {
        return _get(b.editor(), TextArea.class, spec -> spec.withId("block-text"));
    }

    private static String text(Browser b, String id) {
        return _get(b.editor(), Span.class, spec -> spec.withId(id)).getText();
    }

    private static String lastNotification() {
        return NotificationsKt.getNotifications().getLast().getElement().getProperty("text");
    }

    private StoryDetails newStory() {
        return TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(
                "Bridge vote " + System.nanoTime(), null, "t", BODY, "raw")));
    }

    @Test
    void each_editor_holds_their_paragraph_and_sees_the_others_save_in_place_with_their_own_typing_kept() {
        StoryDetails story = newStory();
        Browser a = open(story, "editor", Role.EDITOR, false);
        Browser b = open(story, "admin", Role.ADMIN, true);

        // A opens paragraph 2: it is held for A.
        front(a);
        clickParagraph(a, BODY, 1);
        assertThat(blockText(a).getValue()).isEqualTo("It voted to close the old bridge.");

        // B sees A there, can't edit paragraph 2 and is told who holds it; B takes paragraph 5 and types.
        front(b);
        assertThat(_get(b.editor(), Div.class, spec -> spec.withId("presence")).getElement().getTextRecursively())
                .contains("editor (editing paragraph 2)");
        clickParagraph(b, BODY, 1);
        assertThat(text(b, "block-title")).contains("Paragraph 2 is being edited by editor");
        assertThat(_find(b.editor(), Button.class, spec -> spec.withId("save-block"))).isEmpty();
        clickParagraph(b, BODY, 4);
        TextArea typingB = blockText(b);
        _setValue(typingB, "The mayor said the cost was fair and overdue.");

        // A saves paragraph 2.
        front(a);
        _setValue(blockText(a), "It voted by nine to two to close the old bridge.");
        _click(_get(a.editor(), Button.class, spec -> spec.withId("save-block")));
        assertThat(stories.get(story.id()).revision()).isEqualTo(2);

        // B's view takes A's revision in place: B's paragraph editor, its text and B's unsaved change stay.
        front(b);
        assertThat(text(b, "live-note")).contains("Revision 2 by editor is in; your unsaved changes stay on top of it");
        assertThat(blockText(b)).isSameAs(typingB);
        assertThat(typingB.getValue()).isEqualTo("The mayor said the cost was fair and overdue.");
        _click(_get(b.editor(), Button.class, spec -> spec.withId("save-block")));
        StoryDetails both = stories.get(story.id());
        assertThat(both.revision()).isEqualTo(3);
        assertThat(both.body()).contains("It voted by nine to two to close the old bridge.")
                .contains("The mayor said the cost was fair and overdue.");
        assertThat(stories.history(story.id())).extracting(RevisionSummary::author)
                .containsSubsequence("admin", "editor");

        // A, who saved nothing since, now shows B's paragraph 5 without a reload.
        front(a);
        clickParagraph(a, both.body(), 4);
        assertThat(blockText(a).getValue()).isEqualTo("The mayor said the cost was fair and overdue.");
    }

    @Test
    void a_hold_can_be_taken_over_with_notice_and_a_lapsed_hold_is_free_again() {
        StoryDetails story = newStory();
        Browser a = open(story, "editor", Role.EDITOR, false);
        Browser b = open(story, "admin", Role.ADMIN, true);
        front(a);
        clickParagraph(a, BODY, 0);
        _setValue(blockText(a), "The council met late on Monday evening.");

        front(b);
        clickParagraph(b, BODY, 0);
        assertThat(text(b, "block-title")).contains("being edited by editor");
        _click(_get(b.editor(), Button.class, spec -> spec.withId("take-over")));
        assertThat(blockText(b).getValue()).isEqualTo("The council met on Monday evening.");

        // A is told at once; A's typing stays in A's box and unsaved work, and A's save of it is refused, text kept.
        front(a);
        assertThat(lastNotification()).contains("admin took over paragraph 1").contains("kept");
        assertThat(text(a, "block-title")).contains("admin took over paragraph 1");
        assertThat(blockText(a).getValue()).isEqualTo("The council met late on Monday evening.");
        _click(_get(a.editor(), Button.class, spec -> spec.withId("save")));
        assertThat(lastNotification()).contains("admin is editing paragraph 1").contains("still here");
        assertThat(stories.get(story.id()).revision()).isEqualTo(1);

        // B's browser goes quiet (no heartbeat): its hold lapses. B's open view still gets the desk's events, and
        // must not take the hold again by itself: only a heartbeat does that.
        holds.expire(Instant.now().plus(HoldService.EXPIRY).plusSeconds(1));
        front(b);
        assertThat(holds.present(story.id())).isEmpty();
        front(a);
        ComponentUtil.fireEvent(a.ui(), new PollEvent(a.ui(), true)); // A's heartbeat: present again
        _click(_get(a.editor(), Button.class, spec -> spec.withId("take-over")));
        assertThat(lastNotification()).isEqualTo("You hold paragraph 1 now.");
        assertThat(holds.present(story.id())).extracting(HoldService.Viewer::user).containsExactly("editor");
        _click(_get(a.editor(), Button.class, spec -> spec.withId("save-block")));
        assertThat(stories.get(story.id()).body()).startsWith("The council met late on Monday evening.");
    }

    @Test
    void the_paragraph_box_never_overwrites_a_fix_keeps_one_paragraph_and_loses_no_word() {
        String body = BODY.replace("voted to close", "voted to  close");
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(
                "Bridge vote " + System.nanoTime(), null, "t", body, "raw")));
        Browser a = open(story, "editor", Role.EDITOR, false);
        clickParagraph(a, body, 1);
        assertThat(blockText(a).getValue()).isEqualTo("It voted to  close the old bridge.");
        // A fix accepted while the box is open, untouched: the box shows it, and closing keeps it.
        a.editor().acceptAll(dev.copydesk.cleanup.Autoclean.Level.SAFE);
        assertThat(blockText(a).getValue()).isEqualTo("It voted to close the old bridge.");
        _click(_get(a.editor(), Button.class, spec -> spec.withId("close-block")));

        // A line break typed (or pasted) stays one paragraph; a box emptied for a moment removes nothing.
        clickParagraph(a, body.replace("  ", " "), 2);
        _setValue(blockText(a), "Residents had long\nasked for a new crossing.");
        _setValue(blockText(a), "");
        _setValue(blockText(a), "Residents had asked, again, for a new crossing.");
        _click(_get(a.editor(), Button.class, spec -> spec.withId("save-block")));
        StoryDetails saved = stories.get(story.id());
        assertThat(saved.body()).contains("It voted to close the old bridge.")
                .contains("\n\nResidents had asked, again, for a new crossing.\n\n");
        assertThat(Body.parse(saved.body()).size()).isEqualTo(6);
    }

    @Test
    void an_unsaved_change_that_overlaps_a_save_reaches_the_resolve_dialog_and_a_comment_sits_by_its_paragraph() {
        StoryDetails story = newStory();
        Browser a = open(story, "editor", Role.EDITOR, false);
        front(a);
        clickParagraph(a, BODY, 2);
        _setValue(blockText(a), "Residents had long asked for a new crossing.");
        _click(_get(a.editor(), Button.class, spec -> spec.withId("close-block"))); // unsaved, hold let go
        TestUsers.as("admin", Role.ADMIN, () -> stories.save(story.id(), new StoryEdit(1, story.headline(), null,
                BODY.replace("Residents had", "Residents have"), "admin's fix")));

        front(a);
        assertThat(text(a, "live-note")).contains("Revision 2 by admin changes what you changed");
        _click(_get(a.editor(), Button.class, spec -> spec.withId("save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("resolved-text")).getValue())
                .contains("Residents had long asked for a new crossing.");
        assertThat(stories.get(story.id()).body()).contains("Residents have asked");

        // A comment on paragraph 4 is anchored to its block and shown in the thread with where it is.
        String block = stories.get(story.id()).blockIds().get(3);
        TestUsers.as("admin", Role.ADMIN, () -> comments.comment(story.id(), "Which spring?", block));
        front(a);
        _get(a.editor(), Details.class, spec -> spec.withId("editor-comments")).setOpened(true);
        assertThat(_get(a.editor(), Div.class, spec -> spec.withId("comments")).getElement().getTextRecursively())
                .contains("admin on paragraph 4").contains("Which spring?");
    }

    @Test
    void two_hundred_editors_opened_and_closed_leave_no_listener_and_no_viewer_behind() {
        StoryDetails story = newStory();
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate("account/password"); // a view that follows nothing
        int none = events.listenerCount();
        int viewers = holds.viewerCount();
        UI.getCurrent().navigate("");
        int desk = events.listenerCount();
        assertThat(desk).as("the desk follows stories and presence").isEqualTo(none + 2);
        for (int i = 0; i < 200; i++) {
            UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
            assertThat(events.listenerCount()).isEqualTo(none + 1); // the editor's, in place of the desk's
            assertThat(holds.viewerCount()).isEqualTo(viewers + 1);
            UI.getCurrent().navigate("");
        }
        assertThat(events.listenerCount()).isEqualTo(desk);
        assertThat(holds.viewerCount()).isEqualTo(viewers);
        UI.getCurrent().navigate("account/password");
        assertThat(events.listenerCount()).isEqualTo(none);
    }
}
