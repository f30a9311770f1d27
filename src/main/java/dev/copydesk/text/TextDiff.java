package dev.copydesk.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A diff of two texts that reads like an editor's: paragraphs first, then words (java-diff-utils) inside each group
 * of changed paragraphs. A run of white space equals any other run of white space, so re-spacing alone is no change;
 * a paragraph break is not mere spacing, so splitting or joining paragraphs is. A paragraph taken out at one place
 * and put in at another, with the same words, is MOVED where it now stands and MOVED_AWAY where it stood. A
 * paragraph moved <em>and</em> edited shows as deleted and inserted.
 * <p>
 * SAME, INSERTED and MOVED runs concatenate to the new text exactly. SAME, DELETED and MOVED_AWAY runs concatenate to
 * the old text re-spaced as the new text is (kept text shows the new spacing): exactly the old text when no spacing
 * changed, moves or not. A moved paragraph's runs carry the paragraph break that went with it.
 */
public final class TextDiff {

    /** Words, runs of white space, and single punctuation marks: the units a copy editor changes. */
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}'\u2019-]*|\\p{N}+|(?<space>[\\s\\p{Z}]+)|.", Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final String SPACE = " ";
    private static final String BREAK = "\n\n";

    public enum Kind { SAME, INSERTED, DELETED, MOVED, MOVED_AWAY }

    /**
     * @param counterpart for MOVED the number (from 1) of the paragraph in the old text it came from, for MOVED_AWAY
     *                    the number of the paragraph in the new text it went to; 0 for other runs
     */
    public record Run(Kind kind, String text, int counterpart) {

        public Run(Kind kind, String text) {
            this(kind, text, 0);
        }
    }

    private TextDiff() {
    }

    public static List<Run> of(String before, String after) {
        Side old = new Side(before);
        Side now = new Side(after);
        Patch<String> paragraphs = DiffUtils.diff(old.keys, now.keys);
        markMoves(paragraphs, old, now);
        Runs runs = new Runs();
        runs.add(Kind.SAME, now.lead);
        int o = 0;
        int n = 0;
        for (int[] pair : equalParagraphs(paragraphs, old.keys.size())) {
            int[] was = old.paragraphs.get(pair[0]);
            int[] is = now.paragraphs.get(pair[1]);
            changed(runs, old.units(o, was[0]), now.units(n, is[0]));
            runs.add(Kind.SAME, now.units(is[0], is[1]));
            o = was[1];
            n = is[1];
        }
        changed(runs, old.units(o, old.tokens.size()), now.units(n, now.tokens.size()));
        runs.add(Kind.SAME, now.trail);
        return runs.list();
    }

    /** Pairs (old index, new index) of the paragraphs the paragraph diff kept. */
    private static List<int[]> equalParagraphs(Patch<String> patch, int oldCount) {
        List<int[]> pairs = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; o < delta.getSource().getPosition(); o++, n++) {
                pairs.add(new int[] {o, n});
            }
            o += delta.getSource().size();
            n += delta.getTarget().size();
        }
        for (; o < oldCount; o++, n++) {
            pairs.add(new int[] {o, n});
        }
        return pairs;
    }

    /** A deleted paragraph and an inserted one with the same words are a move; repeats pair up in order. */
    private static void markMoves(Patch<String> patch, Side old, Side now) {
        Map<String, Queue<Integer>> deleted = new HashMap<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (int i = delta.getSource().getPosition(); i <= delta.getSource().last(); i++) {
                deleted.computeIfAbsent(old.keys.get(i), k -> new ArrayDeque<>()).add(i);
            }
        }
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (int j = delta.getTarget().getPosition(); j <= delta.getTarget().last(); j++) {
                Queue<Integer> same = deleted.get(now.keys.get(j));
                Integer i = same == null ? null : same.poll();
                if (i != null) {
                    old.movedTo[i] = j + 1;
                    now.movedTo[j] = i + 1;
                }
            }
        }
        old.claimBreaks();
        now.claimBreaks();
    }

    /** The word diff of a group of changed paragraphs; spacing added or taken away shows as the new text has it. */
    private static void changed(Runs runs, List<Unit> a, List<Unit> b) {
        Patch<Unit> patch = DiffUtils.diff(a, b, Unit::same);
        int next = 0;
        for (AbstractDelta<Unit> delta : patch.getDeltas()) {
            runs.add(Kind.SAME, b.subList(next, delta.getTarget().getPosition()));
            List<Unit> gone = delta.getSource().getLines();
            List<Unit> come = delta.getTarget().getLines();
            if (Stream.concat(gone.stream(), come.stream()).allMatch(Unit::isSpace)) {
                runs.add(Kind.SAME, come);
            } else {
                runs.add(Kind.DELETED, gone);
                runs.add(Kind.INSERTED, come);
            }
            next = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        runs.add(Kind.SAME, b.subList(next, b.size()));
    }

    /**
     * A token compared by its text, or for white space only by whether it breaks a paragraph (a blank line) or not;
     * or a whole moved paragraph (counterpart &gt; 0), which equals nothing.
     */
    private record Unit(String text, String key, int counterpart) {

        static Unit token(String text, boolean space) {
            if (!space) {
                return new Unit(text, text, 0);
            }
            return new Unit(text, LINE_BREAK.matcher(text).results().count() >= 2 ? BREAK : SPACE, 0);
        }

        boolean isSpace() {
            return counterpart == 0 && key.equals(SPACE);
        }

        boolean isWhite() {
            return isSpace() || key.equals(BREAK);
        }

        static boolean same(Unit x, Unit y) {
            return x.counterpart == 0 && y.counterpart == 0 && x.key.equals(y.key);
        }
    }

    /** One text: white space at either end, its tokens between, and those tokens cut into paragraphs at breaks. */
    private static final class Side {

        final String lead;
        final String trail;
        final List<Unit> tokens;
        final List<int[]> paragraphs = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final int[] movedTo;
        /** A moved paragraph's first token (or the break before it) to {its end, counterpart}. */
        private final Map<Integer, int[]> moves = new HashMap<>();

        Side(String text) {
            List<Unit> all = new ArrayList<>();
            Matcher m = TOKEN.matcher(text == null ? "" : text);
            while (m.find()) {
                all.add(Unit.token(m.group(), m.group("space") != null));
            }
            lead = !all.isEmpty() && all.getFirst().isWhite() ? all.removeFirst().text() : "";
            trail = !all.isEmpty() && all.getLast().isWhite() ? all.removeLast().text() : "";
            tokens = all;
            int start = 0;
            for (int t = 0; t <= tokens.size(); t++) {
                if (t == tokens.size() || tokens.get(t).key().equals(BREAK)) {
                    if (t > start) {
                        paragraphs.add(new int[] {start, t});
                        keys.add(String.join("", tokens.subList(start, t).stream().map(Unit::key).toList()));
                    }
                    start = t + 1;
                }
            }
            movedTo = new int[paragraphs.size()];
        }

        /** Each moved paragraph takes one break along, the one before it where it is free, so none is left over. */
        void claimBreaks() {
            int free = 0;
            for (int p = 0; p < paragraphs.size(); p++) {
                if (movedTo[p] > 0) {
                    int start = paragraphs.get(p)[0];
                    int end = paragraphs.get(p)[1];
                    if (start > free) {
                        start--;
                    } else if (end < tokens.size()) {
                        end++;
                    }
                    moves.put(start, new int[] {end, movedTo[p]});
                    free = end;
                }
            }
        }

        List<Unit> units(int from, int to) {
            List<Unit> out = new ArrayList<>();
            for (int t = from; t < to;) {
                int[] move = moves.get(t);
                if (move == null) {
                    out.add(tokens.get(t++));
                } else {
                    StringBuilder text = new StringBuilder();
                    tokens.subList(t, move[0]).forEach(u -> text.append(u.text()));
                    out.add(new Unit(text.toString(), "", move[1]));
                    t = move[0];
                }
            }
            return out;
        }
    }

    /** Collects runs, joining neighbours of one kind; each moved paragraph stays a run of its own. */
    private static final class Runs {

        private final List<Run> done = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Kind kind;

        void add(Kind k, List<Unit> units) {
            for (Unit u : units) {
                if (u.counterpart() > 0) {
                    flush();
                    done.add(new Run(k == Kind.DELETED ? Kind.MOVED_AWAY : Kind.MOVED, u.text(), u.counterpart()));
                } else {
                    add(k, u.text());
                }
            }
        }

        void add(Kind k, String s) {
            if (s.isEmpty()) {
                return;
            }
            if (k != kind) {
                flush();
                kind = k;
            }
            text.append(s);
        }

        List<Run> list() {
            flush();
            return done;
        }

        private void flush() {
            if (!text.isEmpty()) {
                done.add(new Run(kind, text.toString()));
                text.setLength(0);
            }
            kind = null;
        }
    }
}
