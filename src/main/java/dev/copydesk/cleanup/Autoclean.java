package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Applies every safe fix, re-analysing until nothing safe is left (so a second run changes nothing).
 * Deletions are capped: if they would remove more than {@link #MAX_DELETED_SHARE} of the story's prose
 * (repeated passages, or any deleted paragraph of {@value #LONG_PASSAGE_WORDS}+ words), none of those is
 * applied and they wait for an editor's review. Short marked lines (ads, share prompts, credits) are not
 * prose: they do not count and are still removed.
 */
public final class Autoclean {

    public static final double MAX_DELETED_SHARE = 0.25;
    static final int LONG_PASSAGE_WORDS = 20;
    private static final int PROSE_WORDS = 8;
    private static final int MAX_ROUNDS = 5;
    private static final Set<FindingType> PASSAGE_TYPES = Set.of(FindingType.DUPLICATE, FindingType.AD_INSERT,
            FindingType.BOILERPLATE);

    private Autoclean() {
    }

    /** How far autoclean goes: the API's {@code level} and the editor's two "accept all" buttons. */
    public enum Level {
        /** Safe fixes only, deletions capped (the default). */
        SAFE,
        /**
         * "Accept all suggestions": every fix the engine proposes, each replacement its first suggestion, deletions
         * with no cap since a person asked; queries and hints that need judgement are left.
         */
        SUGGESTED;

        /** The level of an API parameter ({@code safe}, {@code suggested}, any case); empty if unknown. */
        public static java.util.Optional<Level> parse(String value) {
            for (Level level : values()) {
                if (level.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return java.util.Optional.of(level);
                }
            }
            return java.util.Optional.empty();
        }

        boolean takes(Finding finding) {
            return this == SAFE ? finding.safe() : finding.suggested();
        }
    }

    /**
     * The cleaned text, what was applied (offsets refer to the text each round started from), whether the cap held
     * back deletions, and the byline taken out of the body (cleaned; null if none was).
     */
    public record Result(String body, List<Finding> applied, boolean deletionsHeldBack, String byline) {

        public boolean changed(String original) {
            return !body.equals(original);
        }
    }

    /** Safe fixes only, leaving out findings the editor ignored or tagged ({@code skip}). */
    static Result run(CleanupEngine engine, String headline, String body, BiPredicate<Finding, String> skip) {
        return run(engine, headline, body, skip, Level.SAFE, Set.of());
    }

    static Result run(CleanupEngine engine, String headline, String body, BiPredicate<Finding, String> skip,
            Level level, Set<String> learned) {
        String current = body == null ? "" : body;
        int prose = Math.max(1, Block.split(current).stream().filter(b -> b.wordCount() >= PROSE_WORDS)
                .mapToInt(b -> b.text().length()).sum());
        int deleted = 0;
        boolean heldBack = false;
        List<Finding> applied = new ArrayList<>();
        String byline = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String text = current;
            List<Finding> candidates = engine.analyze(headline, current, learned).findings().stream()
                    .filter(f -> level.takes(f) && !skip.test(f, text)).toList();
            int passageChars = nonOverlapping(candidates).stream().filter(f -> countsAsProse(f, text))
                    .mapToInt(f -> f.end() - f.start()).sum();
            if (level == Level.SAFE && (heldBack || (deleted + passageChars) > MAX_DELETED_SHARE * prose)) {
                heldBack |= passageChars > 0;
                candidates = candidates.stream().filter(f -> !countsAsProse(f, text)).toList();
            } else {
                deleted += passageChars;
            }
            List<Finding> safe = nonOverlapping(candidates);
            if (safe.isEmpty()) {
                break;
            }
            for (Finding f : safe) {
                if (byline == null && f.rule().effect() == Rule.Effect.MOVES_BYLINE) {
                    byline = Bylines.clean(text.substring(f.start(), f.end()));
                }
            }
            current = apply(current, safe);
            applied.addAll(safe);
        }
        return new Result(current, List.copyOf(applied), heldBack, byline);
    }

    /** A repeated passage, or a deleted paragraph of prose length (a run of menu lines is no prose, however long). */
    private static boolean countsAsProse(Finding f, String text) {
        return PASSAGE_TYPES.contains(f.type()) && (f.type() == FindingType.DUPLICATE
                || Block.split(text.substring(f.start(), f.end())).stream()
                        .anyMatch(b -> b.wordCount() >= LONG_PASSAGE_WORDS));
    }

    /** Keeps the widest finding where safe fixes overlap; the rest come back in the next round if still needed. */
    static List<Finding> nonOverlapping(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start)
                .thenComparing(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed()));
        List<Finding> kept = new ArrayList<>();
        int reached = -1;
        for (Finding f : sorted) {
            if (f.start() >= reached && (kept.isEmpty() || !kept.getLast().overlaps(f))) {
                kept.add(f);
                reached = Math.max(reached, f.end());
            }
        }
        return kept;
    }

    /** Applies the given findings' fixes at once; where they overlap, the widest wins. */
    public static Applied applyAll(String text, List<Finding> findings) {
        List<Finding> fixes = nonOverlapping(findings.stream().filter(f -> !f.query()).toList());
        return new Applied(apply(text, fixes), fixes);
    }

    /** The text after {@link #applyAll} and the findings that were applied. */
    public record Applied(String text, List<Finding> applied) {
    }

    /** Applies non-overlapping fixes from the end backwards, so earlier offsets stay valid. */
    static String apply(String text, List<Finding> fixes) {
        StringBuilder out = new StringBuilder(text);
        List<Finding> reversed = new ArrayList<>(fixes);
        reversed.sort(Comparator.comparingInt(Finding::start).reversed());
        for (Finding f : reversed) {
            out.replace(f.start(), f.end(), f.replacement() == null ? "" : f.replacement());
        }
        return out.toString();
    }
}
