package dev.copydesk.story.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.copydesk.base.ui.Notifications;
import dev.copydesk.cleanup.Analysis;
import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.cleanup.FindingType;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.security.Role;
import dev.copydesk.story.BlockTags;
import dev.copydesk.story.EditLockService;
import dev.copydesk.story.EditorWorkService;
import dev.copydesk.story.IgnoredFindingView;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.MergeConflictException;
import dev.copydesk.story.ReviewGate;
import dev.copydesk.story.SettledFindings;
import dev.copydesk.story.StaleRevisionException;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.StoryWorkflowService;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import dev.copydesk.story.WorkflowException;
import dev.copydesk.text.Body;
import jakarta.annotation.security.RolesAllowed;

/**
 * The desk's main screen: the story with every finding marked in place, the findings beside it, one-click
 * fixes, ignores and ad/boilerplate tags, and an edit mode for the text. Everything done since the last save
 * ({@link EditorSession}) becomes one revision on Save (or Ctrl+S) with a message saying what happened; unsaved
 * work is kept on the server as a draft on every change. This class lays the screen out and calls the services.
 */
@Route("stories/:storyId")
@RolesAllowed(Role.EDITOR_NAME)
public class StoryEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle, StoryMarkup.Listener, FindingsPanel.Actions {

    private static final int HEARTBEAT_MILLIS = 30_000;

    private final StoryService stories;
    private final CleanupService cleanup;
    private final EditorWorkService work;
    private final StoryWorkflowService workflow;
    private final EditLockService locks;
    private final EditorSession session = new EditorSession();

    private final TextField headline = new TextField("Headline");
    private final TextField byline = new TextField("Byline");
    private final TextField message = new TextField();
    private final Button save = new Button("Save");
    private final Button submit = new Button("Submit for review");
    private final Button mode = new Button("Edit text");
    private final Span status = new Span();
    private final RouterLink history = new RouterLink();
    private final LockBanner lockBanner = new LockBanner();
    private final DraftBanner draftBanner = new DraftBanner();
    private final StoryMarkup markup = new StoryMarkup();
    private final TextArea bodyArea = new TextArea();
    private final ParagraphTools paragraphTools = new ParagraphTools();
    private final FindingsPanel panel = new FindingsPanel(this);
    private final UnsavedChangesGuard guard = new UnsavedChangesGuard(this, session::isDirty);
    private boolean editing;
    private boolean messageTouched;

    public StoryEditorView(StoryService stories, CleanupService cleanup, EditorWorkService work,
            StoryWorkflowService workflow, EditLockService locks) {
        this.stories = stories;
        this.cleanup = cleanup;
        this.work = work;
        this.workflow = workflow;
        this.locks = locks;
        addClassName("copydesk-editor");
        setSizeFull();
        setPadding(false);
        layOut();
        addShortcuts();
        addAttachListener(e -> keepLockAndGrammarFresh(e.getUI()));
    }

    private void layOut() {
        headline.setWidthFull();
        headline.setMaxLength(StoryLimits.MAX_HEADLINE_LENGTH);
        headline.setId("headline");
        headline.addValueChangeListener(e -> fieldChanged(e.isFromClient(), () -> session.headline(e.getValue())));
        byline.setWidthFull();
        byline.setMaxLength(StoryLimits.MAX_BYLINE_LENGTH);
        byline.setId("byline");
        byline.addValueChangeListener(e -> fieldChanged(e.isFromClient(), () -> session.byline(e.getValue())));
        message.setPlaceholder("What changed (filled in for you; edit freely)");
        message.setMaxLength(StoryLimits.MAX_MESSAGE_LENGTH);
        message.setId("message");
        message.addValueChangeListener(e -> messageTouched = e.isFromClient() || messageTouched);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        save.addClickListener(click -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.addClickShortcut(Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();
        submit.setId("submit");
        submit.addClickListener(click -> submit());
        mode.setId("mode");
        mode.addClickListener(click -> toggleEditing());
        Button compare = new Button("As received \u2194 current", click -> compare());
        compare.setId("compare");
        Button help = new Button("Keys", click -> KeyboardHelp.open());
        help.setId("help");
        for (Button b : List.of(mode, compare, help)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        status.setId("editor-status");
        status.addClassName("copydesk-muted");

        bodyArea.setId("body");
        bodyArea.addClassName("copydesk-body");
        bodyArea.setWidthFull();
        bodyArea.setHeightFull();
        bodyArea.setMaxLength(StoryLimits.MAX_BODY_BYTES);
        // Findings and the server-side draft follow typing a moment later, without holding up the keyboard.
        bodyArea.setValueChangeMode(ValueChangeMode.LAZY);
        bodyArea.setValueChangeTimeout(1500);
        bodyArea.addValueChangeListener(e -> fieldChanged(e.isFromClient(), () -> session.typed(e.getValue())));
        bodyArea.setVisible(false);
        markup.setSizeFull();
        markup.addClassName("copydesk-markup-scroller");

        HorizontalLayout actions = new HorizontalLayout(message, save, submit, mode, compare, help, status, history);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWidthFull();
        actions.expand(message);
        actions.setWrap(true);
        VerticalLayout text = new VerticalLayout(actions, lockBanner, draftBanner, headline, byline, paragraphTools,
                markup, bodyArea);
        text.setSizeFull();
        text.expand(markup, bodyArea);
        HorizontalLayout columns = new HorizontalLayout(text, panel);
        columns.setSizeFull();
        columns.expand(text);
        columns.setSpacing(false);
        add(columns);
        expand(columns);
    }

    /** What the editor typed or picked reaches the session; the rest was set from it. */
    private void fieldChanged(boolean fromClient, Runnable intoSession) {
        if (fromClient) {
            intoSession.run();
            changed();
        }
    }

    private void addShortcuts() {
        Shortcuts.addShortcutListener(this, () -> move(1), Key.KEY_J, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.KEY_K, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> onSelected(this::accept), Key.KEY_A, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> onSelected(this::ignore), Key.KEY_I, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::toggleEditing, Key.KEY_E, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, KeyboardHelp::open, Key.KEY_H, KeyModifier.ALT);
    }

    private void onSelected(java.util.function.IntConsumer action) {
        if (session.selected() >= 0) {
            action.accept(session.selected());
        }
    }

    /** Polls at the lock heartbeat's pace (faster while the grammar checker loads); leaving releases the lock. */
    private void keepLockAndGrammarFresh(UI ui) {
        var grammar = ui.addPollListener(poll -> {
            if (cleanup.grammarReady() && ui.getPollInterval() != HEARTBEAT_MILLIS) {
                ui.setPollInterval(HEARTBEAT_MILLIS); // back to the lock heartbeat's pace
                reanalyze();
            }
        });
        // The open editor's heartbeat keeps its soft lock alive (and learns of a take-over).
        var heartbeat = ui.addPollListener(poll -> heartbeat());
        String user = CurrentUser.find().orElse("");
        ui.setPollInterval(HEARTBEAT_MILLIS);
        addDetachListener(d -> {
            grammar.remove();
            heartbeat.remove();
            if (session.isLoaded()) {
                locks.release(session.storyId(), user);
            }
            d.unregisterListener();
        });
    }

    public static RouteParameters params(long storyId) {
        return EditorRoutes.params(storyId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(stories.get(EditorRoutes.storyId(event).orElseThrow(() -> new StoryNotFoundException("No such story"))));
            offerDraft();
            showLock(locks.acquire(session.storyId()));
        } catch (StoryNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (session.isLoaded() ? session.loaded().headline() : "Story") + " \u00b7 Copydesk";
    }

    private void show(StoryDetails story) {
        session.load(story);
        headline.setValue(session.headline());
        byline.setValue(session.byline());
        if (editing) {
            bodyArea.setValue(session.body());
        }
        messageTouched = false;
        message.clear();
        history.setText("History (" + story.revision() + ")");
        history.setRoute(StoryHistoryView.class, params(story.id()));
        status.setText(story.workflowLine());
        submit.setEnabled(story.status() == StoryStatus.DRAFT || story.status() == StoryStatus.CHANGES_REQUESTED);
        paragraphTools.setVisible(false);
        guard.markClean();
        reanalyze();
    }

    // ---- findings

    private void reanalyze() {
        Analysis analysis = cleanup.analyze(headline.getValue(), session.body());
        List<IgnoredFindingView> ignored = session.isLoaded() ? work.ignored(session.storyId()) : List.of();
        session.findings(SettledFindings.of(ignored, session.tags()).open(analysis.findings(), session.body()));
        panel.show(session.body(), session.findings(), analysis.grammar(), ignored);
        if (!editing) {
            markup.show(session.document(), session.findings(), this);
        }
        if (analysis.grammar() == Analysis.GrammarStatus.LOADING) {
            getUI().ifPresent(ui -> ui.setPollInterval(2000));
        }
    }

    @Override
    public void select(int index) {
        if (session.select(index)) {
            markup.selectFinding(index);
            panel.markSelected(index);
        }
    }

    private void move(int step) {
        select(session.step(step));
    }

    @Override
    public void findingClicked(int index) {
        select(index);
    }

    @Override
    public void paragraphClicked(int start, int end) {
        markup.selectParagraph(start);
        String text = session.paragraph(start, end);
        Optional<Tag> existing = session.tagOn(start, end);
        paragraphTools.show(existing, () -> {
            session.untag(existing.get());
            changed();
        }, kind -> tagged(session.tag(text, kind)));
    }

    @Override
    public void accept(int index) {
        if (session.accept(index)) {
            changed();
            select(Math.min(index, session.findings().size() - 1));
        }
    }

    @Override
    public void ignore(int index) {
        session.finding(index).ifPresent(f -> {
            String label = f.message() + " \u2014 " + Excerpts.context(session.body(), f.start(), f.end());
            if (ReviewGate.blocks(f)) {
                IgnoreBlockingFindingDialog.open(label, reason -> ignore(index, f, label, reason));
            } else {
                ignore(index, f, label, null);
            }
        });
    }

    private void ignore(int index, Finding f, String label, String reason) {
        try {
            work.ignore(session.storyId(), f, session.body(), label, reason);
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
            return;
        }
        reanalyze();
        select(Math.min(index, session.findings().size() - 1));
    }

    @Override
    public void restore(String fingerprint) {
        work.unignore(session.storyId(), fingerprint);
        reanalyze();
    }

    @Override
    public void tag(int index, TagKind kind) {
        tagged(session.tag(index, kind));
    }

    private void tagged(boolean any) {
        if (any) {
            paragraphTools.setVisible(false);
            changed();
        }
    }

    @Override
    public void acceptAllSafe() {
        Autoclean.Result result = cleanup.autoclean(headline.getValue(), session.body(),
                work.settled(session.storyId(), session.tags()));
        if (session.autocleaned(result)) {
            changed();
            Notifications.success("Applied " + result.applied().size() + " safe fixes. Review, then save.");
        }
        if (result.deletionsHeldBack()) {
            Notifications.error("Some deletions are left for you to review: together they would remove more than "
                    + "a quarter of the story.");
        }
    }

    @Override
    public void acceptType(FindingType type) {
        session.acceptType(type);
        changed();
    }

    // ---- editing, drafts, saving, locks

    private void toggleEditing() {
        editing = !editing;
        if (editing) {
            bodyArea.setValue(session.body());
        } else {
            session.text(Body.canonical(bodyArea.getValue()));
        }
        bodyArea.setVisible(editing);
        markup.setVisible(!editing);
        paragraphTools.setVisible(false);
        mode.setText(editing ? "Review findings" : "Edit text");
        if (editing) {
            bodyArea.focus();
        } else {
            reanalyze();
        }
    }

    /** After any change: refresh findings, the suggested message and the server-side draft. */
    private void changed() {
        if (!messageTouched) {
            message.setValue(session.suggestedMessage());
        }
        if (editing && !bodyArea.getValue().equals(session.body())) {
            bodyArea.setValue(session.body());
        }
        reanalyze();
        guard.markChanged();
        if (session.isDirty()) {
            try {
                work.saveDraft(session.storyId(), session.loaded().revision(), session.headline(), session.byline(),
                        session.body(), session.tags());
            } catch (InvalidStoryException e) {
                // An empty or oversized body is reported on Save; the last good draft stays.
            }
        }
    }

    private void save() {
        if (!session.isLoaded()) {
            return;
        }
        if (editing) {
            session.text(bodyArea.getValue());
        }
        StoryDetails before = session.loaded();
        if (!session.isDirty()) {
            Notifications.success("Nothing to save: no changes since revision " + before.revision() + ".");
            return;
        }
        StoryEdit edit = session.edit(message.getValue());
        try {
            StoryDetails saved = saved(edit);
            boolean merged = saved.revision() > before.revision() + 1;
            Notifications.success("Saved as revision " + saved.revision() + "."
                    + (merged ? " Someone saved in between; your changes were merged with theirs." : ""));
        } catch (MergeConflictException e) {
            notSaved(e, "your changes overlap theirs, so choose what to keep.");
            ResolveConflictDialog.open(e.currentAuthor(), e.currentRevision(), e.theirs(), e.mine(), resolved -> {
                session.text(resolved);
                if (editing) {
                    bodyArea.setValue(resolved);
                }
                saveOnTopOf(e.currentRevision(), edit.message());
            });
        } catch (StaleRevisionException e) {
            notSaved(e, "reload the story to see the newer revision.");
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** Saves, forgets the draft and shows the new revision. */
    private StoryDetails saved(StoryEdit edit) {
        StoryDetails saved = stories.save(session.storyId(), edit);
        work.discardDraft(session.storyId());
        draftBanner.hide();
        show(saved);
        return saved;
    }

    private void notSaved(RuntimeException e, String whatNow) {
        status.setText("Not saved: your text is kept here and as a draft.");
        Notifications.error(e.getMessage() + " Your text was not saved and is still here: " + whatNow);
    }

    /** After resolving a conflict: the resolved text becomes the revision after the one it was resolved against. */
    private void saveOnTopOf(int revision, String text) {
        try {
            Notifications.success("Saved as revision " + saved(session.editOnTopOf(revision, text)).revision() + ".");
        } catch (StaleRevisionException | InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** Submits the saved revision; unsaved work must be saved first, so the reviewer sees what was meant. */
    private void submit() {
        if (session.isDirty()) {
            Notifications.error("Save your changes first: a reviewer reviews a saved revision.");
            return;
        }
        try {
            show(workflow.submit(session.storyId(), message.getValue()));
            Notifications.success("Revision " + session.loaded().revision() + " submitted for review.");
        } catch (WorkflowException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void offerDraft() {
        draftBanner.hide();
        work.draft(session.storyId()).ifPresent(draft -> {
            if (!session.differsFrom(draft)) {
                work.discardDraft(session.storyId());
                return;
            }
            draftBanner.offer(draft, session.loaded().revision(), () -> {
                session.restore(draft);
                headline.setValue(session.headline());
                byline.setValue(session.byline());
                changed();
            }, () -> work.discardDraft(session.storyId()));
        });
    }

    private void showLock(boolean mine) {
        if (mine) {
            lockBanner.hide();
        } else {
            lockBanner.heldBy(locks.heldByOther(session.storyId()), () -> {
                locks.takeOver(session.storyId());
                showLock(true);
            });
        }
    }

    private void heartbeat() {
        if (session.isLoaded()) {
            locks.heartbeat(session.storyId()).ifPresent(who -> {
                Notifications.error(who + " took over editing this story. Your unsaved text is kept as a draft.");
                showLock(false);
            });
        }
    }

    private void compare() {
        String current = editing ? bodyArea.getValue() : session.body();
        CompareDialog.open(stories.revision(session.storyId(), 1).body(),
                BlockTags.apply(Body.parse(current), session.tags()));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event, session::unload);
    }
}
