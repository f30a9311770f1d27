package dev.copydesk.story.ui;

import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import dev.copydesk.security.Role;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StaleRevisionException;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import jakarta.annotation.security.RolesAllowed;

/**
 * Edit a story's headline, byline and body; Save (or Ctrl+S) writes a new revision. If someone else saved
 * since this view loaded, the save is refused and the editor's text stays in the fields.
 */
@Route("stories/:storyId")
@RolesAllowed(Role.EDITOR_NAME)
public class StoryEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    static final String STORY_ID = "storyId";

    private final StoryService stories;
    private final CleanupService cleanup;
    private final FindingsPanel findings;
    private final TextField headline = new TextField("Headline");
    private final TextField byline = new TextField("Byline");
    private final TextArea body = new TextArea("Story");
    private final TextField message = new TextField("What changed (optional)");
    private final Button save = new Button("Save");
    private final Span status = new Span();
    private final RouterLink history = new RouterLink();

    private StoryDetails loaded;

    public StoryEditorView(StoryService stories, CleanupService cleanup) {
        this.stories = stories;
        this.cleanup = cleanup;
        this.findings = new FindingsPanel(this::autoclean);
        addClassName("copydesk-page");
        setSizeFull();

        headline.setWidthFull();
        headline.setMaxLength(StoryLimits.MAX_HEADLINE_LENGTH);
        headline.setId("headline");
        byline.setWidthFull();
        byline.setMaxLength(StoryLimits.MAX_BYLINE_LENGTH);
        byline.setId("byline");
        body.setWidthFull();
        body.setMinHeight("24rem");
        body.addClassName("copydesk-body");
        body.setId("body");
        message.setWidthFull();
        message.setMaxLength(StoryLimits.MAX_MESSAGE_LENGTH);
        message.setId("message");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        save.addClickListener(click -> save());
        // Ctrl+S (Cmd+S on a Mac) saves; focus is reset first so the field being typed in sends its value.
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.addClickShortcut(Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();
        status.setId("editor-status");

        HorizontalLayout actions = new HorizontalLayout(message, save, status, history);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWidthFull();
        actions.expand(message);
        VerticalLayout text = new VerticalLayout(actions, headline, byline, body);
        text.setPadding(false);
        text.setSizeFull();
        text.expand(body);
        HorizontalLayout columns = new HorizontalLayout(text, findings);
        columns.setSizeFull();
        columns.expand(text);
        add(columns);
        expand(columns);
        body.addValueChangeListener(e -> analyze());
        headline.addValueChangeListener(e -> analyze());
        // While LanguageTool warms up, poll so its findings appear without a reload.
        addAttachListener(e -> e.getUI().addPollListener(poll -> {
            if (cleanup.grammarReady()) {
                e.getUI().setPollInterval(-1);
                analyze();
            }
        }));
        warnBeforeClosingTabWithUnsavedChanges();
    }

    public static RouteParameters params(long storyId) {
        return new RouteParameters(STORY_ID, Long.toString(storyId));
    }

    static Optional<Long> storyId(BeforeEnterEvent event) {
        return event.getRouteParameters().get(STORY_ID).flatMap(StoryEditorView::parseId);
    }

    private static Optional<Long> parseId(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = storyId(event);
        try {
            show(stories.get(id.orElseThrow(() -> new StoryNotFoundException("No such story"))));
        } catch (StoryNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (loaded == null ? "Story" : loaded.headline()) + " · Copydesk";
    }

    private void show(StoryDetails story) {
        loaded = story;
        headline.setValue(story.headline());
        byline.setValue(Objects.requireNonNullElse(story.byline(), ""));
        body.setValue(story.body());
        message.clear();
        history.setText("History (" + story.revision() + " revisions)");
        history.setRoute(StoryHistoryView.class, params(story.id()));
        status.setText("Revision " + story.revision() + " · " + story.status().label());
        markClean();
        analyze();
    }

    private void analyze() {
        Analysis analysis = cleanup.analyze(headline.getValue(), body.getValue());
        findings.show(body.getValue(), analysis, this::apply);
        if (analysis.grammar() == Analysis.GrammarStatus.LOADING) {
            getUI().ifPresent(ui -> ui.setPollInterval(2000));
        }
    }

    /** Applies one finding to the text in the editor (not saved until Save). */
    private void apply(Finding f) {
        String text = body.getValue();
        if (f.end() > text.length()) {
            analyze();
            return;
        }
        body.setValue(text.substring(0, f.start()) + (f.replacement() == null ? "" : f.replacement())
                + text.substring(f.end()));
        markDirty();
    }

    private void autoclean() {
        Autoclean.Result result = cleanup.autoclean(headline.getValue(), body.getValue());
        if (result.changed(body.getValue())) {
            body.setValue(result.body());
            markDirty();
            Notifications.success("Autoclean applied " + result.applied().size() + " safe fixes. Review, then save.");
        }
        if (result.deletionsHeldBack()) {
            Notifications.error("Autoclean left some deletions for you to review: together they would remove "
                    + "more than a quarter of the story.");
        }
    }

    private boolean isDirty() {
        return loaded != null && (!headline.getValue().strip().equals(loaded.headline())
                || !byline.getValue().strip().equals(Objects.requireNonNullElse(loaded.byline(), ""))
                || !StoryTextEquality.sameBody(body.getValue(), loaded.body()));
    }

    private void save() {
        if (loaded == null) {
            return;
        }
        if (!isDirty()) {
            Notifications.success("Nothing to save: no changes since revision " + loaded.revision() + ".");
            return;
        }
        try {
            StoryDetails saved = stories.save(loaded.id(), new StoryEdit(loaded.revision(), headline.getValue(),
                    byline.getValue(), body.getValue(), message.getValue()));
            show(saved);
            Notifications.success("Saved as revision " + saved.revision() + ".");
        } catch (StaleRevisionException e) {
            status.setText("Not saved: your text is kept here.");
            Notifications.error(e.getMessage() + " Your text was not saved and is still here: copy what you need, "
                    + "then reload the story to see the newer revision.");
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Unsaved changes",
                "You have changes that are not saved. Leave and lose them?", "Leave", ok -> {
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
        getElement().executeJs("this.__copydeskDirty = true");
    }
}
