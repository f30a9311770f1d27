package dev.copydesk.cleanup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A story as the whole-story checks see it: headline, body, its blocks, the blocks that earlier checks delete whole
 * (later checks leave those alone) and the blocks they join to the next (a paragraph broken mid-sentence: it has no
 * end of its own).
 */
record StoryText(String headline, String body, List<Block> blocks, Set<Integer> removed, Set<Integer> joinedToNext,
        Set<String> learned) {

    static StoryText of(String headline, String body) {
        return of(headline, body, Set.of());
    }

    /** {@code learned}: the source's boilerplate lines, normalised ({@link LearnedLines#normalise}). */
    static StoryText of(String headline, String body, Set<String> learned) {
        return new StoryText(headline, body, Block.split(body), new HashSet<>(), new HashSet<>(), learned);
    }

    boolean isRemoved(int block) {
        return removed.contains(block);
    }

    /** True if an earlier check joins block {@code block} to the next one. */
    boolean joinsNext(int block) {
        return joinedToNext.contains(block);
    }

    /** A finding that deletes block {@code i} with its separator; later checks skip the block. */
    Finding deleteBlock(Rule rule, int i, String message, double confidence) {
        int[] span = deletion(i);
        removed.add(i);
        return rule.finding(span[0], span[1], message, null, confidence);
    }

    /** The span that deletes block i cleanly: the block and the separator after it (or before it, if last). */
    int[] deletion(int i) {
        Block b = blocks.get(i);
        if (i + 1 < blocks.size()) {
            return new int[] {b.start(), blocks.get(i + 1).start()};
        }
        return new int[] {i > 0 ? blocks.get(i - 1).end() : b.start(), b.end()};
    }
}
