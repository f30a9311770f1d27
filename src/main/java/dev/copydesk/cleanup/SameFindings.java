package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Near-identical findings: one rule saying the same thing about the same words with the same change, in several
 * places of a story (a misspelt name five times, one ad line pasted twice). The editor shows each such group as one
 * row that is accepted or ignored as a whole, so a story with one habit does not bury the rest of its findings.
 */
public final class SameFindings {

    private SameFindings() {
    }

    /** The findings' indices grouped, each group in text order, the groups in the order of their first member. */
    public static List<List<Integer>> groups(String text, List<Finding> findings) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            groups.computeIfAbsent(key(text, findings.get(i)), k -> new ArrayList<>()).add(i);
        }
        return List.copyOf(groups.values());
    }

    /**
     * Same rule, same nature (a safe fix and a hint of one rule never share a row), same message, the same words and
     * the same change, letter case aside ("Colour" at a sentence start and "colour" mid-sentence are one habit). Findings whose span is empty or runs past the text never group.
     */
    static String key(String text, Finding f) {
        if (f.start() >= f.end() || f.end() > text.length()) {
            return "\u0000" + f.start() + ":" + f.end() + ":" + f.ruleId();
        }
        // the ignore fingerprint (rule and words) is part of the key, so ignoring one member ignores the whole row
        return String.join("\u0000", f.fingerprint(text), f.safe() ? "safe" : f.query() ? "query" : "hint",
                lower(f.message()), f.replacement() == null ? "-" : "+" + lower(f.replacement()));
    }

    private static String lower(String s) {
        return Objects.requireNonNull(s).toLowerCase(Locale.ROOT);
    }
}
