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
import dev.copydesk.text.Block;
import dev.copydesk.text.Body;
import dev.copydesk.text.ThreeWayMerge;

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
    /**
     * The working text as blocks, kept in step with {@link #body}: each change is taken as a successor of the
     * last one (not re-derived from the loaded revision), and a paragraph typed in the paragraph editor is
     * replaced by its id, so a paragraph keeps its id for as long as the editor works on it.
     */
    private Body working = Body.parse("");
    private List<Tag> tags = new ArrayList<>();
    private List<Finding> open = List.of();
    private int selected = -1;

    /** Starts over from a saved revision: nothing is changed, nothing logged. */
    void load(StoryDetails story) {
        loaded = story;
        headline = story.headline();
        byline = Objects.requireNonNullElse(story.byline(), "");
        body = Body.canonical(story.body());
        working = loadedDocument();
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
        setBody(text);
        edits.editedByHand();
    }

    /** The text as it stands in the text area, or as a conflict was resolved: no entry in the log of its own. */
    void text(String text) {
        setBody(text);
    }

    private void setBody(String text) {
        body = text;
        working = working.edit(text);
    }

    /**
     * The working text as blocks, with the tags as their kinds. Blocks keep the ids they have in the loaded
     * revision (an edited paragraph keeps its id), so holds and comments name the same paragraph for everyone.
     */
    Body document() {
        return BlockTags.apply(working, tags);
    }

    /** The loaded revision's text as blocks with their stored ids (positional ids if the revision gave none). */
    Body loadedDocument() {
        Body parsed = BlockTags.apply(Body.parse(loaded == null ? "" : loaded.body()),
                loaded == null ? List.of() : loaded.tags());
        List<String> ids = loaded == null ? List.of() : loaded.blockIds();
        if (ids.size() != parsed.size()) {
            return parsed;
        }
        List<Block> withIds = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            Block b = parsed.blocks().get(i);
            withIds.add(new Block(ids.get(i), b.kind(), b.text()));
        }
        return Body.of(withIds);
    }

    /** The id of the working text's paragraph that starts at {@code start}, or null. */
    String blockIdAt(int start) {
        Body doc = document();
        int index = doc.indexAt(start);
        return index < 0 ? null : doc.blocks().get(index).id();
    }

    /** Where paragraph {@code id} is in the working text (0-based), or -1 if it is gone. */
    int blockIndex(String id) {
        Body doc = document();
        return doc.block(id).map(doc.blocks()::indexOf).orElse(-1);
    }

    /** The working text of paragraph {@code id}, or "" if it is gone. */
    String blockText(String id) {
        return document().block(id).map(Block::text).orElse("");
    }

    /**
     * Paragraph {@code id} as the editor typed it in the paragraph editor: one paragraph, so line breaks become
     * spaces. A blank text changes nothing (the paragraph editor keeps it; a paragraph is removed in the text
     * mode). False if the paragraph is gone, or the text is blank or unchanged.
     */
    boolean typedBlock(String id, String text) {
        String line = oneLine(text);
        if (line.isEmpty() || working.block(id).isEmpty() || working.block(id).get().text().equals(line)) {
            return false;
        }
        List<Block> blocks = new ArrayList<>(working.size());
        for (Block b : working.blocks()) {
            blocks.add(b.id().equals(id) ? b.withText(line) : b);
        }
        working = Body.of(blocks);
        body = working.text();
        edits.editedByHand();
        return true;
    }

    /** Text from the paragraph editor as one paragraph: line breaks as spaces, no white space at the ends. */
    static String oneLine(String text) {
        return text == null ? "" : Body.trimLine(text.replaceAll("[ \t]*[\r\n]+[ \t]*", " "));
    }

    /**
     * Where the paragraph the paragraph editor shows is now: {@code id} while it still holds {@code text}, else the
     * paragraph that holds exactly that text (a merge may have given it another id), else {@code id} if it is
     * still there (its text changed), else null (it is gone).
     */
    String anchor(String id, String text) {
        Optional<Block> same = working.block(id);
        if (same.isPresent() && same.get().text().equals(text)) {
            return id;
        }
        Optional<Block> moved = working.blocks().stream().filter(b -> b.text().equals(text)).findFirst();
        if (moved.isPresent()) {
            return moved.get().id();
        }
        return same.isPresent() ? id : null;
    }

    /** Whether paragraph {@code id} is in the loaded revision (a paragraph only added here is not: no one else has it). */
    boolean isSaved(String id) {
        return loaded != null && loaded.blockIds().contains(id);
    }

    /** A newer state of the loaded revision (its status moved): the text and the work on it stay as they are. */
    void statusChanged(StoryDetails sameRevision) {
        if (loaded != null && sameRevision.revision() == loaded.revision()) {
            loaded = sameRevision;
        }
    }

    /**
     * Takes a newer revision someone else saved: with nothing unsaved it is simply loaded; unsaved work is merged
     * onto it paragraph by paragraph. False (and nothing changed) where the unsaved work overlaps it.
     */
    boolean rebase(StoryDetails newer) {
        if (!isDirty()) {
            load(newer);
            return true;
        }
        Body base = loadedDocument();
        Body mine = document();
        StoryDetails old = loaded;
        loaded = newer;
        Body theirs = loadedDocument();
        var merged = ThreeWayMerge.merge(base, mine, theirs);
        String oldByline = Objects.requireNonNullElse(old.byline(), "");
        String newByline = Objects.requireNonNullElse(newer.byline(), "");
        // A field both changed conflicts only when they changed it differently.
        if (merged.isEmpty() || (!headline.strip().equals(old.headline()) && !old.headline().equals(newer.headline())
                && !headline.strip().equals(newer.headline()))
                || (!byline.strip().equals(oldByline) && !oldByline.equals(newByline)
                && !byline.strip().equals(newByline))) {
            loaded = old;
            return false;
        }
        if (headline.strip().equals(old.headline())) {
            headline = newer.headline();
        }
        if (byline.strip().equals(oldByline)) {
            byline = newByline;
        }
        working = merged.get();
        body = working.text();
        tags = new ArrayList<>(BlockTags.of(merged.get()));
        return true;
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
        setBody(draft.body());
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
        setBody(applied.text());
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
        setBody(result.body());
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
        working = tagged;
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
