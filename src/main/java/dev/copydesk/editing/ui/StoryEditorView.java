package dev.copydesk.editing.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.details.Details;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.copydesk.base.ui.Notifications;
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.cleanup.Analysis;
import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.cleanup.FindingType;
import dev.copydesk.editing.DraftService;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.events.ui.LiveUpdates;
import dev.copydesk.review.CommentService;
import dev.copydesk.review.CommentView;
import dev.copydesk.review.ui.CommentsThread;
import dev.copydesk.story.HoldService;
import dev.copydesk.review.IgnoreService;
import dev.copydesk.review.IgnoredFindingView;
import dev.copydesk.review.ReviewService;
import dev.copydesk.review.SettledFindings;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.security.Role;
import dev.copydesk.story.BlockTags;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
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
@Route(StoryRoutes.EDITOR)
@RolesAllowed(Role.EDITOR_NAME)
public class StoryEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle, StoryMarkup.Listener, FindingsPanel.Actions, BlockEditor.Actions {

    /** How often the open editor polls: its heartbeat keeps its presence and hold alive. */
    static final int HEARTBEAT_MILLIS = (int) HoldService.HEARTBEAT.toMillis();

    private final StoryService stories;
    private final CleanupService cleanup;
    private final IgnoreService ignores;
    private final ReviewService workflow;
    private final HoldService holds;
    private final CommentService comments;
    private final EditorSession session = new EditorSession();
    /** This open editor, as presence and holds know it (one per browser tab). */
    private final String viewerId = UUID.randomUUID().toString();
    /** The story open here, read by the event bus's thread to pick this story's events. */
    private volatile long openStory = -1;
    private StoryMarkup.Beside beside = StoryMarkup.Beside.NONE;
    /** The saved paragraph this editor holds while its paragraph editor is open, or null. */
    private String heldBlock;
    private final CoEditors coEditors = new CoEditors();
    private final BlockEditor blockEditor = new BlockEditor(this);
    /** The story's comments, built when the editor opens them. */
    private CommentsThread thread;
    private final Div duplicateNote = new Div();

    private final HeadlineFields fields = new HeadlineFields(session, this::changed);
    private final EditorToolbar toolbar = new EditorToolbar(this::save, this::submit, this::toggleEditing,
            this::compare);
    private final DraftBanner draftBanner;
    private final StoryText text = new StoryText(typed -> {
        session.typed(typed);
        changed();
    });
    private final ParagraphTools paragraphTools = new ParagraphTools();
    private final FindingsPanel panel = new FindingsPanel(this);
    private final UnsavedChangesGuard guard = new UnsavedChangesGuard(this, session::isDirty);
    private final SaveFlow saves;

    public StoryEditorView(StoryService stories, CleanupService cleanup, DraftService drafts,
            IgnoreService ignores, ReviewService workflow, HoldService holds, CommentService comments,
            DeskEvents events) {
        this.stories = stories;
        this.cleanup = cleanup;
        this.ignores = ignores;
        this.workflow = workflow;
        this.holds = holds;
        this.comments = comments;
        this.draftBanner = new DraftBanner(drafts);
        this.saves = new SaveFlow(stories, session, draftBanner, this::show, toolbar::notSaved, text::follow);
        addClassName("copydesk-editor");
        setSizeFull();
        setPadding(false);
        layOut();
        // With nothing selected, accept and ignore find no finding at -1 and do nothing.
        KeyboardHelp.bind(this, () -> select(session.step(1)), () -> select(session.step(-1)),
                () -> accept(panel.sameAs(session.selected())), () -> ignore(panel.sameAs(session.selected())),
                this::toggleEditing);
        addAttachListener(e -> {
            pollWhileGrammarLoads(e.getUI());
            heartbeat(e.getUI());
            live(); // who is here already
        });
        addDetachListener(e -> holds.leave(viewerId));
        LiveUpdates.follow(this, events, e -> e.storyId() == openStory && !(e instanceof DeskEvent.ImportFinished),
                this::live);
    }

    private void layOut() {
        duplicateNote.setId("duplicate-note");
        duplicateNote.addClassName("copydesk-banner");
        duplicateNote.setVisible(false);
        Details discussion = new Details("Comments");
        discussion.setId("editor-comments");
        discussion.addOpenedChangeListener(e -> {
            if (e.isOpened() && thread == null) {
                thread = new CommentsThread(comments);
                discussion.add(thread);
                if (session.isLoaded()) {
                    thread.show(session.storyId(), session.loaded().blockIds());
                }
            }
        });
        VerticalLayout story = new VerticalLayout(toolbar, coEditors, draftBanner, duplicateNote, fields,
                paragraphTools, blockEditor, text, discussion);
        story.setSizeFull();
        story.addClassName("copydesk-story");
        text.addClassName("copydesk-story-text");
        story.expand(text);
        HorizontalLayout columns = new HorizontalLayout(story, panel);
        columns.setSizeFull();
        columns.expand(story);
        columns.setSpacing(false);
        add(columns);
        expand(columns);
    }

    /** The grammar checker loads in the background: findings are refreshed when it is ready. */
    private void pollWhileGrammarLoads(UI ui) {
        var grammar = ui.addPollListener(poll -> {
            if (cleanup.grammarReady() && ui.getPollInterval() != HEARTBEAT_MILLIS) {
                ui.setPollInterval(HEARTBEAT_MILLIS); // back to the heartbeat's pace
                reanalyze();
            }
        });
        addDetachListener(d -> {
            grammar.remove();
            d.unregisterListener();
        });
    }

    public static RouteParameters params(long storyId) {
        return StoryRoutes.params(storyId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(stories.get(StoryRoutes.storyId(event).orElseThrow(() -> new StoryNotFoundException("No such story"))));
            draftBanner.offer(session, () -> {
                fields.show();
                changed();
            });
            openStory = session.storyId();
            holds.join(openStory, viewerId);
            live();
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
        showDuplicate(story);
        fields.show();
        text.follow(session.body());
        toolbar.show(story);
        paragraphTools.setVisible(false);
        if (thread != null) {
            thread.show(story.id(), story.blockIds());
        }
        followBlock();
        guard.markClean();
        reanalyze();
    }

    /** The import found this story nearly the same as an earlier one: say which, with a link; never blocking. */
    private void showDuplicate(StoryDetails story) {
        duplicateNote.removeAll();
        duplicateNote.setVisible(story.duplicateOf() != null);
        if (story.duplicateOf() == null) {
            return;
        }
        String other;
        try {
            other = "\u201c" + stories.get(story.duplicateOf()).headline() + "\u201d";
        } catch (StoryNotFoundException e) {
            other = "story " + story.duplicateOf();
        }
        Anchor open = new Anchor(StoryRoutes.editor(story.duplicateOf()), "Open it");
        open.getElement().setAttribute("router-link", true);
        duplicateNote.add(new Span("Possible duplicate: this story is " + story.duplicateScore() + "% alike "
                + other + " (story " + story.duplicateOf() + "), already on the desk. "), open);
    }

    // ---- findings

    private void reanalyze() {
        Analysis analysis = cleanup.analyze(session.headline(), session.body(), session.source());
        List<IgnoredFindingView> ignored = session.isLoaded() ? ignores.ignored(session.storyId()) : List.of();
        session.findings(SettledFindings.of(ignored, session.tags()).open(analysis.findings(), session.body()));
        panel.show(session.body(), session.findings(), analysis.grammar(), ignored);
        text.show(session.document(), session.findings(), this, beside);
        if (analysis.grammar() == Analysis.GrammarStatus.LOADING) {
            getUI().ifPresent(ui -> ui.setPollInterval(2000));
        }
    }

    @Override
    public void select(int index) {
        if (session.select(index)) {
            text.selectFinding(index);
            panel.markSelected(index);
        }
    }

    @Override
    public void findingClicked(int index) {
        select(index);
    }

    /**
     * A click (or Enter) on a paragraph opens it to edit, held for this editor, unless someone else holds it. A
     * paragraph only this editor has added (not yet saved) needs no hold: no one else has it.
     */
    @Override
    public void paragraphClicked(int start, int end) {
        text.selectParagraph(start);
        String id = session.blockIdAt(start);
        if (id == null || id.equals(blockEditor.editing())) {
            return;
        }
        flushBlock();
        if (session.isSaved(id)) {
            HoldService.HoldResult hold = holds.hold(session.storyId(), viewerId, id);
            if (!hold.granted()) {
                holds.release(viewerId); // the paragraph held before is let go, not left held by no one's box
                heldBlock = null;
                paragraphTools.setVisible(false);
                blockEditor.heldBy(id, hold.holder().holdsWholeStory() ? -1 : session.blockIndex(id),
                        hold.holder().user(), hold.holder().holdSince());
                return;
            }
            heldBlock = id;
        } else {
            holds.release(viewerId);
            heldBlock = null;
        }
        String paragraph = session.paragraph(start, end);
        Optional<Tag> existing = session.tagOn(start, end);
        paragraphTools.show(existing, () -> {
            session.untag(existing.get());
            changed();
        }, kind -> tagged(session.tag(paragraph, kind)));
        blockEditor.open(id, session.blockIndex(id), session.blockText(id), heldBlock != null);
    }

    // ---- one paragraph at a time (BlockEditor)

    @Override
    public void blockTyped(String blockId, String typed) {
        String line = EditorSession.oneLine(typed);
        if (session.typedBlock(blockId, line)) {
            blockEditor.synced(line);
            changed();
        }
    }

    /** What the paragraph editor holds and has not sent on yet goes into the working text. */
    private void flushBlock() {
        String pending = blockEditor.pending();
        if (pending != null) {
            blockTyped(blockEditor.blockId(), pending);
        }
    }

    /**
     * After anything changed the working text: the paragraph editor follows its paragraph (a merge may have given
     * it another id; the box shows the story's copy when it is untouched), and the hold follows the id.
     */
    private void followBlock() {
        String id = blockEditor.blockId();
        if (id == null || blockEditor.mode() == BlockEditor.Mode.HELD_BY_OTHER) {
            return;
        }
        String now = session.anchor(id, blockEditor.synced());
        if (now == null) {
            blockEditor.hide();
            paragraphTools.setVisible(false);
            holds.release(viewerId);
            heldBlock = null;
            Notifications.error("The paragraph you had open is no longer in the story (a fix or a save removed it).");
            return;
        }
        blockEditor.follow(now, session.blockText(now));
        if (blockEditor.mode() == BlockEditor.Mode.EDITING && session.isSaved(now) && !now.equals(heldBlock)) {
            heldBlock = holds.hold(session.storyId(), viewerId, now).granted() ? now : null;
        }
    }

    @Override
    public void saveBlock() {
        flushBlock();
        save();
        if (!session.isDirty()) {
            closeBlock();
        }
    }

    @Override
    public void closeBlock() {
        flushBlock();
        blockEditor.hide();
        paragraphTools.setVisible(false);
        holds.release(viewerId);
        heldBlock = null;
    }

    @Override
    public void takeOverBlock(String blockId) {
        if (text.editing() || blockId == null || session.blockIndex(blockId) < 0) {
            blockEditor.hide();
            return;
        }
        flushBlock();
        HoldService.Viewer mine = holds.takeOver(session.storyId(), viewerId, blockId);
        heldBlock = blockId;
        String typedHere = session.blockText(blockId);
        blockEditor.open(blockId, session.blockIndex(blockId), typedHere, true);
        Notifications.success("You hold paragraph " + (session.blockIndex(blockId) + 1) + " now"
                + (mine.takenFrom() == null ? "." : "; " + mine.takenFrom() + " was told."));
    }

    @Override
    public void commentOn(String blockId, String comment) {
        if (!session.isSaved(blockId)) {
            Notifications.error("This paragraph is not saved yet: save the story, then comment on it.");
            return;
        }
        try {
            comments.comment(session.storyId(), comment, blockId);
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
        live();
    }

    // ---- live: others' saves, presence, holds and comments

    /** Keeps presence and the hold alive; a hold that lapsed (a gap in the heartbeat) is taken again here only. */
    private void heartbeat(UI ui) {
        ui.setPollInterval(HEARTBEAT_MILLIS);
        var beat = ui.addPollListener(poll -> {
            if (session.isLoaded()) {
                boolean lost = holds.heartbeat(viewerId, session.storyId()).isPresent();
                String mine = text.editing() ? HoldService.WHOLE_STORY : heldBlock;
                if (lost && mine != null && !holds.hold(session.storyId(), viewerId, mine).granted()) {
                    live();
                }
            }
        });
        addDetachListener(d -> {
            beat.remove();
            d.getUI().setPollInterval(-1); // no more beats: an idle session may time out again
            d.unregisterListener();
        });
    }

    /**
     * Brings the view up to date with the desk: a newer revision someone saved is merged under the unsaved work
     * (the paragraph being edited and its caret stay as they are), and who is here, who holds what and the
     * comments are shown again. Never takes a hold: a browser that went quiet must not keep one alive.
     */
    void live() {
        if (!session.isLoaded() || !isAttached()) {
            return;
        }
        StoryDetails now;
        try {
            now = stories.get(session.storyId());
        } catch (StoryNotFoundException e) {
            return;
        }
        if (now.revision() != session.loaded().revision()) {
            takeNewer(now);
        } else if (now.status() != session.loaded().status()) {
            session.statusChanged(now);
            toolbar.update(now);
        }
        List<HoldService.Viewer> here = holds.present(session.storyId());
        coEditors.show(here, viewerId, CurrentUser.username(), this::where);
        checkOwnHold(here);
        Map<String, String> holders = new LinkedHashMap<>();
        for (HoldService.Viewer v : here) {
            if (!v.id().equals(viewerId) && v.blockId() != null && !v.holdsWholeStory()) {
                holders.put(v.blockId(), v.user() + " is editing");
            }
        }
        Map<String, String> notes = comments.comments(session.storyId()).stream()
                .filter(c -> c.blockId() != null)
                .collect(Collectors.groupingBy(CommentView::blockId, LinkedHashMap::new,
                        Collectors.mapping(c -> c.username() + ": " + c.text(), Collectors.joining(" \u00b7 "))));
        beside = new StoryMarkup.Beside(holders, notes);
        if (thread != null) {
            thread.show(session.storyId(), session.loaded().blockIds());
        }
        text.show(session.document(), session.findings(), this, beside);
    }

    private void takeNewer(StoryDetails now) {
        if (text.editing()) {
            session.text(text.current(session.body()));
        }
        flushBlock();
        boolean unsaved = session.isDirty();
        if (!session.rebase(now)) {
            coEditors.note("Revision " + now.revision() + " by " + now.lastEditor() + " changes what you changed: "
                    + "Save to choose what to keep.");
            return;
        }
        toolbar.update(now);
        showDuplicate(now);
        fields.show();
        text.follow(session.body());
        followBlock();
        if (session.isDirty()) {
            draftBanner.keep(session);
        } else {
            guard.markClean();
        }
        reanalyze();
        coEditors.note("Revision " + now.revision() + " by " + now.lastEditor() + " is in"
                + (unsaved ? "; your unsaved changes stay on top of it." : "."));
    }

    /** If this editor's paragraph (or whole-text) hold was taken over, says so and keeps what was typed. */
    private void checkOwnHold(List<HoldService.Viewer> here) {
        String mine = text.editing() ? HoldService.WHOLE_STORY : heldBlock;
        if (mine == null) {
            return;
        }
        HoldService.Viewer me = here.stream().filter(v -> v.id().equals(viewerId)).findFirst().orElse(null);
        if (me != null && mine.equals(me.blockId())) {
            return;
        }
        Optional<HoldService.Viewer> taker = here.stream().filter(v -> !v.id().equals(viewerId)
                && (mine.equals(v.blockId()) || v.holdsWholeStory() || HoldService.WHOLE_STORY.equals(mine)
                && v.blockId() != null)).findFirst();
        if (taker.isEmpty()) {
            return; // it lapsed and no one took it: the next heartbeat takes it again
        }
        String who = taker.get().user();
        heldBlock = null;
        if (!text.editing()) {
            flushBlock();
            blockEditor.takenOver(session.blockIndex(mine), who);
            paragraphTools.setVisible(false);
        }
        Notifications.error(who + " took over " + (HoldService.WHOLE_STORY.equals(mine) ? "the story"
                : "paragraph " + (session.blockIndex(mine) + 1)) + ". What you typed is kept in your unsaved "
                + "changes and your draft.");
    }

    /** "paragraph 3" for a block of the working text. */
    private String where(String blockId) {
        int index = session.blockIndex(blockId);
        return index < 0 ? "a paragraph being added" : "paragraph " + (index + 1);
    }

    @Override
    public void accept(List<Integer> indices) {
        if (session.accept(indices)) {
            changed();
            select(Math.min(indices.getFirst(), session.findings().size() - 1));
        }
    }

    @Override
    public void ignore(List<Integer> indices) {
        // a row's findings share their rule, nature and words, so their fingerprint: ignoring one ignores every place
        int index = indices.getFirst();
        session.finding(index).ifPresent(f -> {
            String label = f.message() + " \u2014 " + Excerpts.context(session.body(), f.start(), f.end());
            IgnoreBlockingFindingDialog.ignore(f, label, reason -> ignore(index, f, label, reason));
        });
    }

    private void ignore(int index, Finding f, String label, String reason) {
        try {
            ignores.ignore(session.storyId(), f, session.body(), label, reason);
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
            return;
        }
        reanalyze();
        select(Math.min(index, session.findings().size() - 1));
    }

    @Override
    public void restore(String fingerprint) {
        ignores.unignore(session.storyId(), fingerprint);
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
    public void acceptAll(Autoclean.Level level) {
        Autoclean.Result result = cleanup.autoclean(session.headline(), session.body(),
                ignores.settled(session.storyId(), session.tags()), level, session.source());
        if (session.autocleaned(result)) {
            changed();
            Notifications.success("Applied " + result.applied().size() + (level == Autoclean.Level.SAFE ? " safe fixes"
                    : " suggestions") + ". Review, then save; to undo, leave without saving.");
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
        if (!text.editing()) {
            HoldService.HoldResult hold = holds.hold(session.storyId(), viewerId, HoldService.WHOLE_STORY);
            if (!hold.granted()) {
                HoldService.Viewer other = hold.holder();
                Notifications.error(other.user() + " is editing " + (other.holdsWholeStory() ? "the whole text"
                        : where(other.blockId())) + ". The text mode holds the whole story, so edit one paragraph "
                        + "instead (click it), or wait until they are done.");
                return;
            }
            flushBlock();
            blockEditor.hide();
            heldBlock = null; // the whole story is held now
        }
        if (text.editing()) {
            session.text(Body.canonical(text.current(session.body())));
        }
        text.toggle(session.body());
        paragraphTools.setVisible(false);
        toolbar.editing(text.editing());
        if (!text.editing()) {
            holds.release(viewerId);
            reanalyze();
        }
    }

    /** After any change: refresh findings, the suggested message and the server-side draft. */
    private void changed() {
        fields.show(); // a fix may have moved the byline into its field
        toolbar.suggest(session.suggestedMessage());
        text.follow(session.body());
        followBlock();
        reanalyze();
        guard.markChanged();
        draftBanner.keep(session);
    }

    private void save() {
        if (session.isLoaded()) {
            session.text(text.current(session.body()));
            saves.save(toolbar.message());
        }
    }

    /** Submits the saved revision; unsaved work must be saved first, so the reviewer sees what was meant. */
    private void submit() {
        if (session.isDirty()) {
            Notifications.error("Save your changes first: a reviewer reviews a saved revision.");
            return;
        }
        try {
            show(workflow.submit(session.storyId(), toolbar.message()));
            Notifications.success("Revision " + session.loaded().revision() + " submitted for review.");
        } catch (WorkflowException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void compare() {
        CompareDialog.open(stories.revision(session.storyId(), 1).body(),
                BlockTags.apply(Body.parse(text.current(session.body())), session.tags()));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event, () -> {
            session.unload();
            openStory = -1;
        });
    }
}
