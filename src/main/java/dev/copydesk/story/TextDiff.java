package dev.copydesk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/** A word-level diff of two texts (java-diff-utils), as runs of kept, inserted and deleted text. */
public final class TextDiff {

    /** Words, runs of white space, and single punctuation marks: the units a copy editor changes. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'\u2019-]*|\\p{N}+|\\s+|.",
            Pattern.DOTALL);

    public enum Kind { SAME, INSERTED, DELETED }

    public record Run(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Run> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> runs = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int at = delta.getSource().getPosition();
            add(runs, Kind.SAME, a.subList(pos, at));
            add(runs, Kind.DELETED, delta.getSource().getLines());
            add(runs, Kind.INSERTED, delta.getTarget().getLines());
            pos = at + delta.getSource().size();
        }
        add(runs, Kind.SAME, a.subList(pos, a.size()));
        return runs;
    }

    private static void add(List<Run> runs, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!runs.isEmpty() && runs.getLast().kind() == kind) {
            runs.set(runs.size() - 1, new Run(kind, runs.getLast().text() + text));
        } else {
            runs.add(new Run(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
