package dev.copydesk.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Merges two edits of the same base text line by line (paragraph by paragraph in wire copy). Edits to different
 * lines combine; edits to the same lines (or inserts at the same place) are a conflict for a person to resolve.
 */
final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    static Optional<String> merge(String base, String mine, String theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return Optional.of(mine);
        }
        if (mine.equals(base)) {
            return Optional.of(theirs);
        }
        List<String> baseLines = lines(base);
        List<AbstractDelta<String>> all = new ArrayList<>();
        List<AbstractDelta<String>> ours = DiffUtils.diff(baseLines, lines(mine)).getDeltas();
        List<AbstractDelta<String>> others = DiffUtils.diff(baseLines, lines(theirs)).getDeltas();
        for (AbstractDelta<String> a : ours) {
            for (AbstractDelta<String> b : others) {
                if (clash(a, b)) {
                    return Optional.empty();
                }
            }
        }
        all.addAll(ours);
        all.addAll(others);
        all.sort(Comparator.comparingInt((AbstractDelta<String> d) -> d.getSource().getPosition()).reversed());
        List<String> merged = new ArrayList<>(baseLines);
        for (AbstractDelta<String> d : all) {
            int at = d.getSource().getPosition();
            merged.subList(at, at + d.getSource().size()).clear();
            merged.addAll(at, d.getTarget().getLines());
        }
        return Optional.of(String.join("", merged));
    }

    /** Two changes clash if they touch the same base lines, or insert at the same place. */
    private static boolean clash(AbstractDelta<String> a, AbstractDelta<String> b) {
        int aStart = a.getSource().getPosition();
        int aEnd = aStart + a.getSource().size();
        int bStart = b.getSource().getPosition();
        int bEnd = bStart + b.getSource().size();
        if (aStart == aEnd || bStart == bEnd) {
            return aStart <= bEnd && bStart <= aEnd;
        }
        return aStart < bEnd && bStart < aEnd;
    }

    /** Lines with their line breaks, so joining them gives the text back exactly. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(pos, end));
            pos = end;
        }
        return out.isEmpty() ? new ArrayList<>(Arrays.asList("")) : out;
    }
}
