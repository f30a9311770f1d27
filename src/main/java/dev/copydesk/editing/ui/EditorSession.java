package dev.copydesk.editing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.cleanup.Bylines;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.cleanup.FindingType;
import dev.copydesk.cleanup.Rule;
import dev.copydesk.editing.SavedDraft;
import dev.copydesk.story.BlockTags;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import dev.copydesk.text.Body;

/**
 * What one editor has done to one story since the last save, in plain Java: the working headline, byline, text
 * and tags, the open findings on that text, and the log that becomes the revision message. The view shows it and
 * calls the services; this class only changes text, so it is tested without a UI (and imports no Vaadin).
 */
final class EditorSession {

    private final EditMessages edits = new EditMessages();
    private StoryDetails loaded;
    private String headline = "";
    private String byline = "";
    private String body = "";
    private List<Tag> tags = new ArrayList<>();
    private List<Finding> open = List.of();
    private int selected = -1;

    /** Starts over from a saved revision: nothing is changed, nothing logged. */
    void load(StoryDetails story) {
        loaded = story;
        headline = story.headline();
        byline = Objects.requireNonNullElse(story.byline(), "");
        body = Body.canonical(story.body());
        tags = new ArrayList<>(story.tags());
        edits.clear();
    }

    /** Forgets the story, e.g. when the editor leaves with unsaved work (the draft keeps it). */
    void unload() {
        loaded = null;
    }

    boolean isLoaded() {
        return loaded != null;
    }

    /** The loaded story's source (whose learned boilerplate the engine flags); null before a story is loaded. */
    String source() {
        return loaded == null ? null : loaded.source();
    }

    StoryDetails loaded() {
        return loaded;
    }

    long storyId() {
        return loaded.id();
    }

    String headline() {
        return headline;
    }

    void headline(String value) {
        headline = value;
    }

    String byline() {
        return byline;
    }

    void byline(String value) {
        byline = value;
    }

    String body() {
        return body;
    }

    List<Tag> tags() {
        return tags;
    }

    /** The text as the editor typed it by hand. */
    void typed(String text) {
        body = text;
        edits.editedByHand();
    }

    /** The text as it stands in the text area, or as a conflict was resolved: no entry in the log of its own. */
    void text(String text) {
        body = text;
    }

    /** The working text as blocks, with the tags as their kinds. */
    Body document() {
        return BlockTags.apply(Body.parse(body), tags);
    }

    boolean isDirty() {
        return loaded != null && (!headline.strip().equals(loaded.headline())
                || !byline.strip().equals(Objects.requireNonNullElse(loaded.byline(), ""))
                || !Body.canonical(body).equals(Body.canonical(loaded.body())) || !tags.equals(loaded.tags()));
    }

    /** The revision message as the log says it, e.g. "Fixed 2 spacing issues; tagged 1 ad insert". */
    String suggestedMessage() {
        return edits.message();
    }

    /** The save of this work on top of the loaded revision; a blank message becomes the suggested one. */
    StoryEdit edit(String message) {
        return editOnTopOf(loaded.revision(), message.isBlank() ? edits.message() : message);
    }

    /** The save on top of another revision, e.g. the one a conflict was resolved against. */
    StoryEdit editOnTopOf(int revision, String message) {
        return new StoryEdit(revision, headline, byline, body, message, tags);
    }

    // ---- drafts

    /** Whether a server-side draft holds anything the loaded revision does not. */
    boolean differsFrom(SavedDraft draft) {
        return !(draft.body().equals(loaded.body()) && draft.headline().equals(loaded.headline())
                && draft.tags().equals(loaded.tags()));
    }

    void restore(SavedDraft draft) {
        headline = draft.headline();
        byline = Objects.requireNonNullElse(draft.byline(), "");
        body = draft.body();
        tags = new ArrayList<>(draft.tags());
        edits.editedByHand();
    }

    // ---- findings

    /** The findings still open on the working text (not ignored, not inside a tagged block); clears the selection. */
    void findings(List<Finding> stillOpen) {
        open = List.copyOf(stillOpen);
        selected = -1;
    }

    List<Finding> findings() {
        return open;
    }

    int selected() {
        return selected;
    }

    boolean select(int index) {
        if (index < 0 || index >= open.size()) {
            return false;
        }
        selected = index;
        return true;
    }

    /** The index a step forward or back from the selection lands on, wrapping round; -1 if there is none. */
    int step(int step) {
        if (open.isEmpty()) {
            return -1;
        }
        return selected < 0 ? (step > 0 ? 0 : open.size() - 1) : Math.floorMod(selected + step, open.size());
    }

    Optional<Finding> finding(int index) {
        return index < 0 || index >= open.size() ? Optional.empty() : Optional.of(open.get(index));
    }

    /** Applies these findings' fixes together (one, or a row of near-identical ones); queries have nothing to apply. */
    boolean accept(List<Integer> indices) {
        return apply(indices.stream().map(this::finding).flatMap(Optional::stream).filter(f -> !f.query()).toList());
    }

    /** Applies every open fix of one type. */
    void acceptType(FindingType type) {
        apply(open.stream().filter(f -> f.type() == type && !f.query()).toList());
    }

    private boolean apply(List<Finding> fixes) {
        Autoclean.Applied applied = Autoclean.applyAll(body, fixes);
        applied.applied().forEach(f -> movedByline(f, body));
        body = applied.text();
        applied.applied().forEach(edits::accepted);
        return !applied.applied().isEmpty();
    }

    /** A byline taken out of the text goes into the byline field, unless the story has one: no word is lost. */
    private void movedByline(Finding finding, String text) {
        if (finding.rule().effect() == Rule.Effect.MOVES_BYLINE && byline.isBlank()) {
            byline = Bylines.clean(text.substring(finding.start(), finding.end()));
        }
    }


    /** Takes an autoclean run over the working text; false if it changed nothing. */
    boolean autocleaned(Autoclean.Result result) {
        if (!result.changed(body)) {
            return false;
        }
        body = result.body();
        if (result.byline() != null && byline.isBlank()) {
            byline = result.byline();
        }
        result.applied().forEach(edits::accepted);
        return true;
    }

    // ---- tags

    /** Tags the passage a finding covers. */
    boolean tag(int index, TagKind kind) {
        Finding f = open.get(index);
        return tag(body.substring(f.start(), f.end()).strip(), kind);
    }

    /** Tags a passage; false if it is blank. */
    boolean tag(String text, TagKind kind) {
        if (text.isBlank()) {
            return false;
        }
        tags.add(new Tag(kind, text));
        // A kind belongs to a whole block: tagging part of a paragraph makes that part a paragraph of its own.
        Body tagged = document();
        body = tagged.text();
        tags = new ArrayList<>(BlockTags.of(tagged));
        edits.tagged(kind);
        return true;
    }

    /** The tag on the paragraph at [start, end) of the working text, if any. */
    Optional<Tag> tagOn(int start, int end) {
        String text = paragraph(start, end);
        return tags.stream().filter(t -> t.text().strip().equals(text)).findFirst();
    }

    String paragraph(int start, int end) {
        return body.substring(start, end).strip();
    }

    void untag(Tag tag) {
        tags.remove(tag);
        edits.untagged();
    }
}
