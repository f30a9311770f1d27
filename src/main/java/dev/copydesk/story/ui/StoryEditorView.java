package dev.copydesk.story.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
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
import dev.copydesk.security.Role;
import dev.copydesk.story.BlockTags;
import dev.copydesk.story.EditLockService;
import dev.copydesk.story.EditorWorkService;
import dev.copydesk.story.IgnoredFindingView;
import dev.copydesk.story.SettledFindings;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.MergeConflictException;
import dev.copydesk.story.ReviewGate;
import dev.copydesk.story.SavedDraft;
import dev.copydesk.story.StaleRevisionException;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.StoryWorkflowService;
import dev.copydesk.story.WorkflowException;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import dev.copydesk.text.Body;
import jakarta.annotation.security.RolesAllowed;

/**
 * The desk's main screen: the story with every finding marked in place, the findings beside it, one-click
 * fixes, ignores and ad/boilerplate tags, and an edit mode for the text. Everything done since the last save
 * becomes one revision on Save (or Ctrl+S) with a message saying what happened; unsaved work is kept on the
 * server as a draft every few seconds.
 */
@Route("stories/:storyId")
@RolesAllowed(Role.EDITOR_NAME)
public class StoryEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle, StoryMarkup.Listener, FindingsPanel.Actions {

    static final String STORY_ID = "storyId";
    private static final int HEARTBEAT_MILLIS = 30_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final StoryService stories;
    private final CleanupService cleanup;
    private final EditorWorkService work;
    private final StoryWorkflowService workflow;
    private final EditLockService locks;
    private final Div lockBanner = new Div();
    private final Button submit = new Button("Submit for review");

    private final TextField headline = new TextField("Headline");
    private final TextField byline = new TextField("Byline");
    private final TextField message = new TextField();
    private final Button save = new Button("Save");
    private final Button mode = new Button("Edit text");
    private final Span status = new Span();
    private final RouterLink history = new RouterLink();
    private final Div banner = new Div();
    private final StoryMarkup markup = new StoryMarkup();
    private final StoryMarkup markupScroller = markup;
    private final TextArea bodyArea = new TextArea();
    private final HorizontalLayout paragraphTools = new HorizontalLayout();
    private final FindingsPanel panel;
    private final EditMessages edits = new EditMessages();

    private StoryDetails loaded;
    private String body = "";
    private List<Tag> tags = new ArrayList<>();
    private List<Finding> visible = List.of();
    private int selected = -1;
    private int[] selectedParagraph;
    private boolean editing;
    private boolean messageTouched;

    public StoryEditorView(StoryService stories, CleanupService cleanup, EditorWorkService work,
            StoryWorkflowService workflow, EditLockService locks) {
        this.locks = locks;
        this.stories = stories;
        this.cleanup = cleanup;
        this.work = work;
        this.workflow = workflow;
        this.panel = new FindingsPanel(this);
        addClassName("copydesk-editor");
        setSizeFull();
        setPadding(false);

        headline.setWidthFull();
        headline.setMaxLength(StoryLimits.MAX_HEADLINE_LENGTH);
        headline.setId("headline");
        byline.setWidthFull();
        byline.setMaxLength(StoryLimits.MAX_BYLINE_LENGTH);
        byline.setId("byline");
        headline.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        byline.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        message.setPlaceholder("What changed (filled in for you; edit freely)");
        message.setMaxLength(StoryLimits.MAX_MESSAGE_LENGTH);
        message.setId("message");
        message.addValueChangeListener(e -> messageTouched = e.isFromClient() || messageTouched);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        save.addClickListener(click -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.addClickShortcut(Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();
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
        bodyArea.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                body = e.getValue();
                edits.editedByHand();
                changed();
            }
        });
        bodyArea.setVisible(false);
        markup.setSizeFull();
        markup.addClassName("copydesk-markup-scroller");

        paragraphTools.setId("paragraph-tools");
        paragraphTools.setAlignItems(Alignment.BASELINE);
        paragraphTools.setVisible(false);
        banner.setId("draft-banner");
        banner.addClassName("copydesk-banner");
        banner.setVisible(false);

        submit.setId("submit");
        submit.addClickListener(click -> submit());
        HorizontalLayout actions = new HorizontalLayout(message, save, submit, mode, compare, help, status, history);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWidthFull();
        actions.expand(message);
        actions.setWrap(true);
        lockBanner.setId("lock-banner");
        lockBanner.addClassName("copydesk-banner");
        lockBanner.setVisible(false);
        VerticalLayout text = new VerticalLayout(actions, lockBanner, banner, headline, byline, paragraphTools, markupScroller,
                bodyArea);
        text.setSizeFull();
        text.expand(markupScroller, bodyArea);
        HorizontalLayout columns = new HorizontalLayout(text, panel);
        columns.setSizeFull();
        columns.expand(text);
        columns.setSpacing(false);
        add(columns);
        expand(columns);

        Shortcuts.addShortcutListener(this, () -> move(1), Key.KEY_J, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.KEY_K, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> {
            if (selected >= 0) {
                accept(selected);
            }
        }, Key.KEY_A, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> {
            if (selected >= 0) {
                ignore(selected);
            }
        }, Key.KEY_I, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::toggleEditing, Key.KEY_E, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, KeyboardHelp::open, Key.KEY_H, KeyModifier.ALT);
        addAttachListener(e -> {
            var polling = e.getUI().addPollListener(poll -> {
                if (cleanup.grammarReady() && e.getUI().getPollInterval() != HEARTBEAT_MILLIS) {
                    e.getUI().setPollInterval(HEARTBEAT_MILLIS); // back to the lock heartbeat's pace
                    reanalyze();
                }
            });
            // The open editor's heartbeat keeps its soft lock alive (and learns of a take-over).
            var heartbeat = e.getUI().addPollListener(poll -> heartbeat());
            String user = dev.copydesk.security.CurrentUser.find().orElse("");
            e.getUI().setPollInterval(HEARTBEAT_MILLIS);
            addDetachListener(d -> {
                polling.remove();
                heartbeat.remove();
                if (loaded != null) {
                    locks.release(loaded.id(), user);
                }
                d.unregisterListener();
            });
        });
        warnBeforeClosingTabWithUnsavedChanges();
    }

    public static RouteParameters params(long storyId) {
        return new RouteParameters(STORY_ID, Long.toString(storyId));
    }

    static Optional<Long> storyId(BeforeEnterEvent event) {
        return event.getRouteParameters().get(STORY_ID).flatMap(raw -> {
            try {
                return Optional.of(Long.parseLong(raw));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(stories.get(storyId(event).orElseThrow(() -> new StoryNotFoundException("No such story"))));
            offerDraft();
            showLock(locks.acquire(loaded.id()));
        } catch (StoryNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (loaded == null ? "Story" : loaded.headline()) + " \u00b7 Copydesk";
    }

    private void show(StoryDetails story) {
        loaded = story;
        headline.setValue(story.headline());
        byline.setValue(Objects.requireNonNullElse(story.byline(), ""));
        body = Body.canonical(story.body());
        tags = new ArrayList<>(story.tags());
        if (editing) {
            bodyArea.setValue(body);
        }
        edits.clear();
        messageTouched = false;
        message.clear();
        history.setText("History (" + story.revision() + ")");
        history.setRoute(StoryHistoryView.class, params(story.id()));
        status.setText(story.workflowLine());
        submit.setEnabled(story.status() == StoryStatus.DRAFT || story.status() == StoryStatus.CHANGES_REQUESTED);
        selectedParagraph = null;
        paragraphTools.setVisible(false);
        markClean();
        reanalyze();
    }

    // ---- analysis and display

    private void reanalyze() {
        Analysis analysis = cleanup.analyze(headline.getValue(), body);
        List<IgnoredFindingView> ignored = loaded == null ? List.of() : work.ignored(loaded.id());
        visible = SettledFindings.of(ignored, tags).open(analysis.findings(), body);
        panel.show(body, visible, analysis.grammar(), ignored);
        if (!editing) {
            markup.show(document(), visible, this);
        }
        selected = -1;
        if (analysis.grammar() == Analysis.GrammarStatus.LOADING) {
            getUI().ifPresent(ui -> ui.setPollInterval(2000));
        }
    }

    @Override
    public void select(int index) {
        if (index < 0 || index >= visible.size()) {
            return;
        }
        selected = index;
        markup.selectFinding(index);
        panel.markSelected(index);
    }

    private void move(int step) {
        if (visible.isEmpty()) {
            return;
        }
        select(selected < 0 ? (step > 0 ? 0 : visible.size() - 1) : Math.floorMod(selected + step, visible.size()));
    }

    @Override
    public void findingClicked(int index) {
        select(index);
    }

    @Override
    public void paragraphClicked(int start, int end) {
        selectedParagraph = new int[] {start, end};
        markup.selectParagraph(start);
        paragraphTools.removeAll();
        String text = body.substring(start, end).strip();
        Optional<Tag> existing = tags.stream().filter(t -> t.text().strip().equals(text)).findFirst();
        Span label = new Span("Selected paragraph:");
        label.addClassName("copydesk-muted");
        paragraphTools.add(label);
        if (existing.isPresent()) {
            paragraphTools.add(toolButton("Untag (" + existing.get().kind().label() + ")", "untag", () -> {
                tags.remove(existing.get());
                edits.untagged();
                changed();
            }));
        } else {
            paragraphTools.add(toolButton("Tag as ad", "tag-ad", () -> tagText(text, TagKind.AD)),
                    toolButton("Tag as boilerplate", "tag-boilerplate", () -> tagText(text, TagKind.BOILERPLATE)));
        }
        paragraphTools.setVisible(true);
    }

    private static Button toolButton(String text, String id, Runnable action) {
        Button b = new Button(text, click -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setId(id);
        return b;
    }

    // ---- actions on findings

    @Override
    public void accept(int index) {
        if (index < 0 || index >= visible.size() || visible.get(index).query()) {
            return;
        }
        Finding f = visible.get(index);
        body = Autoclean.applyAll(body, List.of(f)).text();
        edits.accepted(f);
        changed();
        select(Math.min(index, visible.size() - 1));
    }

    @Override
    public void ignore(int index) {
        if (index < 0 || index >= visible.size()) {
            return;
        }
        Finding f = visible.get(index);
        String label = f.message() + " \u2014 " + Excerpts.context(body, f.start(), f.end());
        if (ReviewGate.blocks(f)) {
            IgnoreBlockingFindingDialog.open(label, reason -> ignore(index, f, label, reason));
        } else {
            ignore(index, f, label, null);
        }
    }

    private void ignore(int index, Finding f, String label, String reason) {
        try {
            work.ignore(loaded.id(), f, body, label, reason);
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
            return;
        }
        reanalyze();
        select(Math.min(index, visible.size() - 1));
    }

    @Override
    public void restore(String fingerprint) {
        work.unignore(loaded.id(), fingerprint);
        reanalyze();
    }

    @Override
    public void tag(int index, TagKind kind) {
        Finding f = visible.get(index);
        tagText(body.substring(f.start(), f.end()).strip(), kind);
    }

    private void tagText(String text, TagKind kind) {
        if (text.isBlank()) {
            return;
        }
        tags.add(new Tag(kind, text));
        // A kind belongs to a whole block: tagging part of a paragraph makes that part a paragraph of its own.
        Body tagged = document();
        body = tagged.text();
        tags = new ArrayList<>(BlockTags.of(tagged));
        edits.tagged(kind);
        paragraphTools.setVisible(false);
        changed();
    }

    @Override
    public void acceptAllSafe() {
        Autoclean.Result result = cleanup.autoclean(headline.getValue(), body, work.settled(loaded.id(), tags));
        if (result.changed(body)) {
            body = result.body();
            result.applied().forEach(edits::accepted);
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
        List<Finding> ofType = visible.stream().filter(f -> f.type() == type && !f.query()).toList();
        Autoclean.Applied applied = Autoclean.applyAll(body, ofType);
        body = applied.text();
        applied.applied().forEach(edits::accepted);
        changed();
    }

    // ---- editing, drafts, saving

    private void toggleEditing() {
        editing = !editing;
        if (editing) {
            bodyArea.setValue(body);
        } else {
            body = Body.canonical(bodyArea.getValue());
        }
        bodyArea.setVisible(editing);
        markupScroller.setVisible(!editing);
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
            message.setValue(edits.message());
        }
        if (editing && !bodyArea.getValue().equals(body)) {
            bodyArea.setValue(body);
        }
        reanalyze();
        markDirty();
        if (isDirty()) {
            try {
                work.saveDraft(loaded.id(), loaded.revision(), headline.getValue(), byline.getValue(), body, tags);
            } catch (InvalidStoryException e) {
                // An empty or oversized body is reported on Save; the last good draft stays.
            }
        }
    }

    private boolean isDirty() {
        return loaded != null && (!headline.getValue().strip().equals(loaded.headline())
                || !byline.getValue().strip().equals(Objects.requireNonNullElse(loaded.byline(), ""))
                || !Body.canonical(currentBody()).equals(Body.canonical(loaded.body())) || !tags.equals(loaded.tags()));
    }

    /** The working text as blocks, with the tags as their kinds. */
    private Body document() {
        return BlockTags.apply(Body.parse(body), tags);
    }

    private String currentBody() {
        return editing ? bodyArea.getValue() : body;
    }

    private void save() {
        if (loaded == null) {
            return;
        }
        body = currentBody();
        if (!isDirty()) {
            Notifications.success("Nothing to save: no changes since revision " + loaded.revision() + ".");
            return;
        }
        String text = message.getValue().isBlank() ? edits.message() : message.getValue();
        try {
            StoryDetails saved = stories.save(loaded.id(), new StoryEdit(loaded.revision(), headline.getValue(),
                    byline.getValue(), body, text, tags));
            work.discardDraft(loaded.id());
            banner.setVisible(false);
            boolean merged = saved.revision() > loaded.revision() + 1;
            show(saved);
            Notifications.success("Saved as revision " + saved.revision() + "."
                    + (merged ? " Someone saved in between; your changes were merged with theirs." : ""));
        } catch (MergeConflictException e) {
            status.setText("Not saved: your text is kept here and as a draft.");
            Notifications.error(e.getMessage() + " Your text was not saved and is still here: your changes overlap "
                    + "theirs, so choose what to keep.");
            ResolveConflictDialog.open(e.currentAuthor(), e.currentRevision(), e.theirs(), e.mine(), resolved -> {
                body = resolved;
                if (editing) {
                    bodyArea.setValue(resolved);
                }
                saveOnTopOf(e.currentRevision(), text);
            });
        } catch (StaleRevisionException e) {
            status.setText("Not saved: your text is kept here and as a draft.");
            Notifications.error(e.getMessage() + " Your text was not saved and is still here: reload the story to "
                    + "see the newer revision.");
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** After resolving a conflict: the resolved text becomes the revision after the one it was resolved against. */
    private void saveOnTopOf(int revision, String message) {
        try {
            StoryDetails saved = stories.save(loaded.id(), new StoryEdit(revision, headline.getValue(), byline.getValue(),
                    body, message, tags));
            work.discardDraft(loaded.id());
            show(saved);
            Notifications.success("Saved as revision " + saved.revision() + ".");
        } catch (StaleRevisionException | InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showLock(boolean mine) {
        lockBanner.removeAll();
        lockBanner.setVisible(!mine);
        if (!mine) {
            locks.heldByOther(loaded.id()).ifPresent(lock -> {
                Button takeOver = new Button("Take over", click -> {
                    locks.takeOver(loaded.id());
                    showLock(true);
                });
                takeOver.setId("take-over");
                takeOver.addThemeVariants(ButtonVariant.LUMO_SMALL);
                lockBanner.add(new Span(lock.holder() + " is editing this story (since "
                        + TIME.format(lock.since()) + "). Your saves are still safe: they merge or ask."), takeOver);
            });
        }
    }

    private void heartbeat() {
        if (loaded == null) {
            return;
        }
        locks.heartbeat(loaded.id()).ifPresent(who -> {
            Notifications.error(who + " took over editing this story. Your unsaved text is kept as a draft.");
            showLock(false);
        });
    }

    /** Submits the saved revision; unsaved work must be saved first, so the reviewer sees what was meant. */
    private void submit() {
        if (isDirty()) {
            Notifications.error("Save your changes first: a reviewer reviews a saved revision.");
            return;
        }
        try {
            show(workflow.submit(loaded.id(), message.getValue()));
            Notifications.success("Revision " + loaded.revision() + " submitted for review.");
        } catch (WorkflowException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void offerDraft() {
        Optional<SavedDraft> draft = work.draft(loaded.id());
        banner.removeAll();
        banner.setVisible(false);
        if (draft.isEmpty()) {
            return;
        }
        SavedDraft d = draft.get();
        boolean same = d.body().equals(loaded.body()) && d.headline().equals(loaded.headline())
                && d.tags().equals(loaded.tags());
        if (same) {
            work.discardDraft(loaded.id());
            return;
        }
        String based = d.baseRevision() == loaded.revision() ? ""
                : " It was based on revision " + d.baseRevision() + "; revision " + loaded.revision()
                        + " has been saved since, and restoring replaces its text with yours.";
        Span text = new Span("You have unsaved work on this story from " + TIME.format(d.updatedAt()) + "." + based);
        Button restore = new Button("Restore it", click -> {
            headline.setValue(d.headline());
            byline.setValue(Objects.requireNonNullElse(d.byline(), ""));
            body = d.body();
            tags = new ArrayList<>(d.tags());
            edits.editedByHand();
            banner.setVisible(false);
            changed();
        });
        restore.setId("restore-draft");
        Button discard = new Button("Discard it", click -> {
            work.discardDraft(loaded.id());
            banner.setVisible(false);
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL);
        banner.add(text, restore, discard);
        banner.setVisible(true);
    }

    private void compare() {
        CompareDialog.open(stories.revision(loaded.id(), 1).body(), BlockTags.apply(Body.parse(currentBody()), tags));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Unsaved changes",
                "You have changes that are not saved (a draft is kept and offered next time). Leave anyway?", "Leave",
                ok -> {
                    loaded = null;
                    action.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Closing or reloading the tab has no server round trip, so the browser is told to ask. */
    private void warnBeforeClosingTabWithUnsavedChanges() {
        getElement().executeJs("""
                const root = this;
                root.addEventListener('input', () => root.__copydeskDirty = true);
                window.addEventListener('beforeunload', e => {
                  if (root.isConnected && root.__copydeskDirty) { e.preventDefault(); e.returnValue = ''; }
                });""");
    }

    private void markClean() {
        getElement().executeJs("this.__copydeskDirty = false");
    }

    private void markDirty() {
        getElement().executeJs("this.__copydeskDirty = $0", isDirty());
    }
}
