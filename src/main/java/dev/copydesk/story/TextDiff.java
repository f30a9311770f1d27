package dev.copydesk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A word-level diff of two texts (java-diff-utils), as runs of kept, inserted and deleted text, that reads like an
 * editor's: a run of white space equals any other run of white space, so re-spacing alone is no change.
 * <p>
 * SAME and INSERTED runs concatenate to the new text exactly. SAME and DELETED runs concatenate to the old text with
 * its white space as in the new: exactly the old text when no spacing changed.
 */
public final class TextDiff {

    /** Words, runs of white space, and single punctuation marks: the units a copy editor changes. */
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}'\u2019-]*|\\p{N}+|(?<space>[\\s\\p{Z}]+)|.", Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final String SPACE = " ";
    private static final String BREAK = "\n\n";

    public enum Kind { SAME, INSERTED, DELETED }

    public record Run(Kind kind, String text) {
    }

    /**
     * A token and what it is compared by: its text, or for white space only whether it breaks a paragraph (a blank
     * line) or not. Splitting or joining paragraphs is a change; double spaces, NBSP, line wraps, extra blank lines
     * are not.
     */
    private record Token(String text, String key) {

        static Token of(String text, boolean space) {
            if (!space) {
                return new Token(text, text);
            }
            return new Token(text, LINE_BREAK.matcher(text).results().count() >= 2 ? BREAK : SPACE);
        }

        boolean isSpace() {
            return key.equals(SPACE);
        }
    }

    private TextDiff() {
    }

    public static List<Run> of(String before, String after) {
        List<Token> a = tokens(before);
        List<Token> b = tokens(after);
        Patch<Token> patch = DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key()));
        List<Run> runs = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<Token> delta : patch.getDeltas()) {
            add(runs, Kind.SAME, b.subList(next, delta.getTarget().getPosition()));
            if (spacingOnly(delta, a.size())) {
                add(runs, Kind.SAME, delta.getTarget().getLines());
            } else {
                add(runs, Kind.DELETED, delta.getSource().getLines());
                add(runs, Kind.INSERTED, delta.getTarget().getLines());
            }
            next = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        add(runs, Kind.SAME, b.subList(next, b.size()));
        return runs;
    }

    /**
     * White space added or taken away (not a paragraph break: that splits or joins paragraphs), or any white space at
     * the very start or end of the text: spacing, shown as the new text has it.
     */
    private static boolean spacingOnly(AbstractDelta<Token> delta, int oldSize) {
        List<Token> changed = new ArrayList<>(delta.getSource().getLines());
        changed.addAll(delta.getTarget().getLines());
        boolean atEdge = delta.getSource().getPosition() == 0 || delta.getSource().last() == oldSize - 1;
        return changed.stream().allMatch(t -> t.isSpace() || atEdge && t.key().equals(BREAK));
    }

    private static void add(List<Run> runs, Kind kind, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(t.text()));
        if (!runs.isEmpty() && runs.getLast().kind() == kind) {
            runs.set(runs.size() - 1, new Run(kind, runs.getLast().text() + text));
        } else {
            runs.add(new Run(kind, text.toString()));
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(Token.of(m.group(), m.group("space") != null));
        }
        return out;
    }
}
