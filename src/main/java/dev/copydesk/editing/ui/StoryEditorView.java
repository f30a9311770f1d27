package dev.copydesk.editing.ui;

import java.util.List;
import java.util.Optional;

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
import dev.copydesk.editing.EditLockService;
import dev.copydesk.review.IgnoreService;
import dev.copydesk.review.IgnoredFindingView;
import dev.copydesk.review.ReviewService;
import dev.copydesk.review.SettledFindings;
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
        HasDynamicTitle, StoryMarkup.Listener, FindingsPanel.Actions {

    private final StoryService stories;
    private final CleanupService cleanup;
    private final IgnoreService ignores;
    private final ReviewService workflow;
    private final EditorSession session = new EditorSession();
    private final Div duplicateNote = new Div();

    private final HeadlineFields fields = new HeadlineFields(session, this::changed);
    private final EditorToolbar toolbar = new EditorToolbar(this::save, this::submit, this::toggleEditing,
            this::compare);
    private final LockBanner lockBanner;
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
            IgnoreService ignores, ReviewService workflow, EditLockService locks) {
        this.stories = stories;
        this.cleanup = cleanup;
        this.ignores = ignores;
        this.workflow = workflow;
        this.lockBanner = new LockBanner(locks);
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
        addAttachListener(e -> pollWhileGrammarLoads(e.getUI()));
    }

    private void layOut() {
        duplicateNote.setId("duplicate-note");
        duplicateNote.addClassName("copydesk-banner");
        duplicateNote.setVisible(false);
        VerticalLayout story = new VerticalLayout(toolbar, lockBanner, draftBanner, duplicateNote, fields,
                paragraphTools, text);
        story.setSizeFull();
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
            if (cleanup.grammarReady() && ui.getPollInterval() != LockBanner.HEARTBEAT_MILLIS) {
                ui.setPollInterval(LockBanner.HEARTBEAT_MILLIS); // back to the lock heartbeat's pace
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
            lockBanner.acquire(session.storyId());
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
        text.show(session.document(), session.findings(), this);
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

    @Override
    public void paragraphClicked(int start, int end) {
        text.selectParagraph(start);
        String paragraph = session.paragraph(start, end);
        Optional<Tag> existing = session.tagOn(start, end);
        paragraphTools.show(existing, () -> {
            session.untag(existing.get());
            changed();
        }, kind -> tagged(session.tag(paragraph, kind)));
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
        if (text.editing()) {
            session.text(Body.canonical(text.current(session.body())));
        }
        text.toggle(session.body());
        paragraphTools.setVisible(false);
        toolbar.editing(text.editing());
        if (!text.editing()) {
            reanalyze();
        }
    }

    /** After any change: refresh findings, the suggested message and the server-side draft. */
    private void changed() {
        fields.show(); // a fix may have moved the byline into its field
        toolbar.suggest(session.suggestedMessage());
        text.follow(session.body());
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
            lockBanner.forget();
        });
    }
}
