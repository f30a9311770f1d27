package dev.copydesk.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A story body: an ordered list of {@link Block}s. Its canonical string is the blocks' texts joined by one blank
 * line ({@link #SEPARATOR}); every offset (findings, the API's {@code body}, diffs) refers to that string.
 * <p>
 * Parsing takes each non-blank line as a block (wire copy marks paragraphs with one newline, two or three, so a
 * line is the only unit that is always a paragraph), unifies line endings and trims white space at the line's
 * ends; white space inside a line is kept exactly, defects included, for the cleanup engine to find.
 * {@code parse(x).text()} is the canonical form of {@code x}, and {@code parse(b.text())} equals {@code b} for
 * every parsed body. {@link #edit} re-parses new text against this body so that each block keeps its id (and
 * kind) while its text changes. Immutable.
 */
public final class Body {

    public static final String SEPARATOR = "\n\n";
    static final String ID_PREFIX = "b";

    private final List<Block> blocks;
    private final String text;
    private final int[] starts;

    private Body(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
        Set<String> ids = new HashSet<>();
        this.starts = new int[this.blocks.size()];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < this.blocks.size(); i++) {
            Block b = this.blocks.get(i);
            if (!ids.add(b.id())) {
                throw new IllegalArgumentException("Two blocks share the id " + b.id());
            }
            if (i > 0) {
                out.append(SEPARATOR);
            }
            starts[i] = out.length();
            out.append(b.text());
        }
        this.text = out.toString();
    }

    public static Body of(List<Block> blocks) {
        return new Body(blocks);
    }

    /** A body from text: one TEXT block per non-blank line, with ids b1, b2, … in order. */
    public static Body parse(String text) {
        List<String> lines = paragraphs(text);
        List<Block> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(new Block(ID_PREFIX + (i + 1), BlockKind.TEXT, lines.get(i)));
        }
        return new Body(out);
    }

    /** The canonical form of {@code text}: its non-blank lines, trimmed, joined by one blank line. */
    public static String canonical(String text) {
        String canonical = String.join(SEPARATOR, paragraphs(text));
        return canonical.equals(text) ? text : canonical; // an already canonical text stays the one instance
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The canonical string. */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public int size() {
        return blocks.size();
    }

    /** Where block {@code index} starts in {@link #text()}. */
    public int start(int index) {
        return starts[index];
    }

    /** Where block {@code index} ends (exclusive) in {@link #text()}. */
    public int end(int index) {
        return starts[index] + blocks.get(index).text().length();
    }

    /** The index of the block that holds {@code offset} (a separator belongs to no block), or -1. */
    public int indexAt(int offset) {
        for (int i = 0; i < blocks.size(); i++) {
            if (offset >= start(i) && offset < end(i)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Block> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** This body with block {@code id} of kind {@code kind}; its text is untouched. */
    public Body withKind(String id, BlockKind kind) {
        if (block(id).isEmpty()) {
            throw new IllegalArgumentException("No block " + id);
        }
        return new Body(blocks.stream().map(b -> b.id().equals(id) ? b.withKind(kind) : b).toList());
    }

    /**
     * Block {@code id} cut so that its text [from, to) becomes a block of its own, of {@code kind}; the parts
     * before and after stay blocks of the old kind (the part before keeps the id). Blank parts are dropped.
     */
    public Body split(String id, int from, int to, BlockKind kind) {
        int index = blocks.indexOf(block(id).orElseThrow(() -> new IllegalArgumentException("No block " + id)));
        Block b = blocks.get(index);
        String before = trimLine(b.text().substring(0, from));
        String middle = trimLine(b.text().substring(from, to));
        String after = trimLine(b.text().substring(to));
        if (middle.isEmpty()) {
            return this;
        }
        int next = nextIdNumber();
        List<Block> parts = new ArrayList<>();
        if (!before.isEmpty()) {
            parts.add(b.withText(before));
        }
        parts.add(new Block(before.isEmpty() ? b.id() : ID_PREFIX + next++, kind, middle));
        if (!after.isEmpty()) {
            parts.add(new Block(ID_PREFIX + next, b.kind(), after));
        }
        List<Block> out = new ArrayList<>(blocks);
        out.remove(index);
        out.addAll(index, parts);
        return new Body(out);
    }

    /** The publish-ready paragraphs: the texts of the publishable blocks, in order. */
    public List<String> publishParagraphs() {
        return blocks.stream().filter(b -> b.kind().publishable()).map(Block::text).toList();
    }

    /** The publish-ready text: the publishable blocks joined by one blank line. */
    public String publishText() {
        return String.join(SEPARATOR, publishParagraphs());
    }

    /**
     * {@code newText} as a successor of this body: unchanged blocks keep id and kind; a changed block keeps its
     * id and kind with its new text (matched in order within each changed stretch: position for position when
     * the stretch keeps its length, else by shared words); added blocks are new TEXT blocks with fresh ids.
     */
    public Body edit(String newText) {
        return BodyEdit.successor(this, paragraphs(newText));
    }

    /** A fresh id, unused in this body. */
    public String newId() {
        return ID_PREFIX + nextIdNumber();
    }

    /** An id unused in any of {@code bodies}, past {@code skip} other fresh ones already handed out. */
    public static String freshId(int skip, Body... bodies) {
        int next = 0;
        for (Body b : bodies) {
            next = Math.max(next, b.nextIdNumber());
        }
        return ID_PREFIX + (next + skip);
    }

    int nextIdNumber() {
        int max = 0;
        for (Block b : blocks) {
            if (b.id().startsWith(ID_PREFIX)) {
                try {
                    max = Math.max(max, Integer.parseInt(b.id().substring(ID_PREFIX.length())));
                } catch (NumberFormatException e) {
                    // an id from elsewhere: it can't collide with ours
                }
            }
        }
        return max + 1;
    }

    /** Where a paragraph's line lies in a text as given: [start, end), the line break excluded. */
    public record Line(int start, int end) {
    }

    /**
     * The paragraphs of {@code text} as it is, before any canonical form: every line that is not blank, with its
     * offsets into {@code text} (white space at its ends included). The one rule for what a paragraph is; the
     * cleanup engine uses it to analyse raw text with offsets into that text.
     */
    public static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        int n = text == null ? 0 : text.length();
        while (pos < n) {
            int nl = pos;
            while (nl < n && text.charAt(nl) != '\n' && text.charAt(nl) != '\r') {
                nl++;
            }
            if (!isBlankLine(text.substring(pos, nl))) {
                out.add(new Line(pos, nl));
            }
            pos = nl + (nl + 1 < n && text.charAt(nl) == '\r' && text.charAt(nl + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    private static List<String> paragraphs(String text) {
        return lines(text).stream().map(l -> trimLine(text.substring(l.start(), l.end()))).toList();
    }

    /** White space for the purpose of a line's ends and blank lines: also no-break and zero-width spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static String trimLine(String line) {
        int s = 0;
        int e = line.length();
        while (s < e && isSpace(line.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(line.charAt(e - 1))) {
            e--;
        }
        return line.substring(s, e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && blocks.equals(other.blocks);
    }

    @Override
    public int hashCode() {
        return blocks.hashCode();
    }

    @Override
    public String toString() {
        return "Body" + blocks;
    }
}
