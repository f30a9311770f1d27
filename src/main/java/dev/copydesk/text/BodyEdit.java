package dev.copydesk.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * How a new text succeeds a body so that blocks keep their ids: unchanged lines keep id and kind; within each
 * changed stretch a line continues a block position for position when the stretch keeps its length, else by
 * shared words; a line that left one place and arrived at another is the same block, moved; the rest are new
 * TEXT blocks with fresh ids.
 */
final class BodyEdit {

    private BodyEdit() {
    }

    static Body successor(Body body, List<String> lines) {
        List<Block> blocks = body.blocks();
        List<String> old = blocks.stream().map(Block::text).toList();
        List<Block> out = new ArrayList<>(lines.size());
        Set<String> kept = new HashSet<>();
        List<Integer> fresh = new ArrayList<>(); // positions in out of blocks that got no id of their own
        int pos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, lines).getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            for (int i = pos; i < from; i++) {
                out.add(blocks.get(i)); // unchanged stretch before the delta
            }
            List<Block> source = blocks.subList(from, from + delta.getSource().size());
            List<String> target = lines.subList(to, to + delta.getTarget().size());
            int[] match = match(source, target);
            for (int j = 0; j < target.size(); j++) {
                if (match[j] >= 0) {
                    out.add(source.get(match[j]).withText(target.get(j)));
                } else {
                    fresh.add(out.size());
                    out.add(null);
                }
            }
            pos = from + delta.getSource().size();
        }
        for (int i = pos; i < blocks.size(); i++) {
            out.add(blocks.get(i));
        }
        out.stream().filter(Objects::nonNull).forEach(b -> kept.add(b.id()));
        // A line that left one place and arrived at another is the same block, moved: it keeps id and kind.
        List<Block> gone = new ArrayList<>(blocks.stream().filter(b -> !kept.contains(b.id())).toList());
        int next = body.nextIdNumber();
        for (int at : fresh) {
            String line = lines.get(at);
            Block moved = gone.stream().filter(b -> b.text().equals(line)).findFirst().orElse(null);
            if (moved != null) {
                gone.remove(moved);
                out.set(at, moved);
            } else {
                out.set(at, new Block(Body.ID_PREFIX + next++, BlockKind.TEXT, line));
            }
        }
        return Body.of(out);
    }

    /** For each target line, the index of the source block it continues, or -1; in order, each used once. */
    private static int[] match(List<Block> source, List<String> target) {
        int[] match = new int[target.size()];
        if (source.size() == target.size()) {
            for (int j = 0; j < match.length; j++) {
                match[j] = j;
            }
            return match;
        }
        int after = -1;
        for (int j = 0; j < target.size(); j++) {
            match[j] = -1;
            double best = 0.3; // below this share of words, a line is new text, not an edit
            for (int i = after + 1; i < source.size(); i++) {
                double s = similarity(source.get(i).text(), target.get(j));
                if (s >= best) {
                    best = s;
                    match[j] = i;
                }
            }
            if (match[j] >= 0) {
                after = match[j];
            }
        }
        return match;
    }

    private static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / Math.max(x.size(), y.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

}
