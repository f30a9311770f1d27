package dev.copydesk.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.copydesk.text.Block;
import dev.copydesk.text.BlockKind;
import dev.copydesk.text.Body;

/**
 * Merges two edits of the same base body block by block, by block id. A block's text and its kind merge
 * separately (one editor tags a paragraph while another fixes a word in it: both land). Edits to the same
 * block's text, an edit against a deletion, and inserts at the same place are conflicts for a person to resolve.
 * A side that moved paragraphs merges only with a side that changed text or kinds, never with one that added,
 * deleted or moved paragraphs too.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /** Texts in, text out: the bodies are parsed, and each side's blocks matched to the base's. */
    public static Optional<String> merge(String base, String mine, String theirs) {
        Body b = Body.parse(base);
        return merge(b, b.edit(mine), b.edit(theirs)).map(Body::text);
    }

    public static Optional<Body> merge(Body base, Body mine, Body theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return Optional.of(mine);
        }
        if (mine.equals(base)) {
            return Optional.of(theirs);
        }
        Map<String, Block> ours = byId(mine);
        Map<String, Block> others = byId(theirs);
        Map<String, Optional<Block>> merged = new HashMap<>(); // per base block: its merged state, empty = deleted
        for (Block b : base.blocks()) {
            Optional<Block> m = mergeBlock(b, ours.get(b.id()), others.get(b.id()));
            if (m == null) {
                return Optional.empty();
            }
            merged.put(b.id(), m);
        }
        boolean mineMoved = reordered(base, mine);
        boolean theirsMoved = reordered(base, theirs);
        if (mineMoved || theirsMoved) {
            Body mover = mineMoved ? mine : theirs;
            Body other = mineMoved ? theirs : mine;
            if (mineMoved && theirsMoved || structural(base, other)) {
                return Optional.empty();
            }
            return Optional.of(Body.of(mover.blocks().stream().map(x -> merged.containsKey(x.id())
                    ? merged.get(x.id()).orElseThrow() : x).toList()));
        }
        List<List<Block>> mineInserts = inserts(base, mine);
        List<List<Block>> theirInserts = inserts(base, theirs);
        Set<String> theirIds = new HashSet<>(others.keySet());
        int renamed = 0;
        List<Block> out = new ArrayList<>();
        for (int p = 0; p <= base.size(); p++) {
            List<Block> m = mineInserts.get(p);
            List<Block> t = theirInserts.get(p);
            if (!m.isEmpty() && !t.isEmpty() && !texts(m).equals(texts(t))) {
                return Optional.empty();
            }
            out.addAll(t);
            if (t.isEmpty()) {
                for (Block x : m) { // an id both sides made up for different blocks gets a fresh one
                    out.add(theirIds.contains(x.id())
                            ? new Block(Body.freshId(renamed++, mine, theirs), x.kind(), x.text()) : x);
                }
            }
            if (p < base.size()) {
                merged.get(base.blocks().get(p).id()).ifPresent(out::add);
            }
        }
        return Optional.of(Body.of(out));
    }

    /** The merged block, empty if deleted, or null for a conflict. */
    private static Optional<Block> mergeBlock(Block base, Block mine, Block theirs) {
        if (mine == null || theirs == null) {
            Block kept = mine == null ? theirs : mine;
            return kept == null || kept.equals(base) ? Optional.empty() : null;
        }
        String text = field(base.text(), mine.text(), theirs.text());
        BlockKind kind = field(base.kind(), mine.kind(), theirs.kind());
        return text == null || kind == null ? null : Optional.of(new Block(base.id(), kind, text));
    }

    /** One field's three-way merge: whichever side changed it wins; both changing it differently is a conflict. */
    private static <T> T field(T base, T mine, T theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return mine;
        }
        return mine.equals(base) ? theirs : null;
    }

    /** For each place 0..n among the base's blocks, the new blocks a side put there, in order. */
    private static List<List<Block>> inserts(Body base, Body side) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < base.size(); i++) {
            position.put(base.blocks().get(i).id(), i);
        }
        List<List<Block>> out = new ArrayList<>();
        for (int i = 0; i <= base.size(); i++) {
            out.add(new ArrayList<>());
        }
        int slot = 0;
        for (Block b : side.blocks()) {
            Integer at = position.get(b.id());
            if (at != null) {
                slot = at + 1;
            } else {
                out.get(slot).add(b);
            }
        }
        return out;
    }

    /** True if the side keeps base blocks in another order than the base. */
    private static boolean reordered(Body base, Body side) {
        Set<String> sideIds = byId(side).keySet();
        List<String> expected = base.blocks().stream().map(Block::id).filter(sideIds::contains).toList();
        Set<String> baseIds = byId(base).keySet();
        List<String> actual = side.blocks().stream().map(Block::id).filter(baseIds::contains).toList();
        return !expected.equals(actual);
    }

    /** True if the side added or deleted blocks (as opposed to only changing texts and kinds). */
    private static boolean structural(Body base, Body side) {
        return !byId(base).keySet().equals(byId(side).keySet());
    }

    private static Map<String, Block> byId(Body body) {
        Map<String, Block> out = new HashMap<>();
        body.blocks().forEach(b -> out.put(b.id(), b));
        return out;
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).map(Objects::toString).toList();
    }
}
