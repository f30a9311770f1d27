package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality bar of the cleanup engine, measured on the seed story against the copy editor's version. */
class SeedQualityTest {

    /** Defect types autoclean must fix on its own. */
    private static final Set<String> REQUIRED = Set.of("DUPLICATE_HEADLINE", "AD_INSERT", "BOILERPLATE",
            "SPACING_MISSING", "SPACING_DOUBLE", "GLUED_TOKEN", "BYLINE_PUNCTUATION", "PARAGRAPH_BREAK");
    /** The safe rules that fix those types; any other safe rule must bring the text closer to the gold. */
    private static final Set<String> REQUIRED_RULES = Set.of("repeated-headline", "ad-marked", "ad-echo",
            "boilerplate", "boilerplate-link-list", "missing-space", "double-space", "edge-space", "glued-label",
            "byline-line", "paragraph-break");

    private static Seed seed;
    private static Analysis analysis;
    private static Autoclean.Result cleaned;

    @BeforeAll
    static void analyseSeed() {
        seed = Seed.load();
        analysis = Engines.british().analyze(seed.headline(), seed.body());
        cleaned = Engines.british().autoclean(seed.headline(), seed.body());
    }

    private static boolean overlaps(Finding f, Seed.Defect d) {
        return f.start() < Math.max(d.end(), d.start() + 1) && d.start() < Math.max(f.end(), f.start() + 1);
    }

    @Test
    void grammar_and_spelling_took_part() {
        assertThat(analysis.grammar()).isEqualTo(Analysis.GrammarStatus.CHECKED);
        assertThat(analysis.findings()).anyMatch(f -> f.ruleId().startsWith("LT:"));
    }

    @Test
    void at_least_80_percent_of_the_defects_are_covered_by_a_finding() {
        List<String> covered = seed.defects().stream()
                .filter(d -> analysis.findings().stream().anyMatch(f -> overlaps(f, d))).map(Seed.Defect::id).toList();
        assertThat(seed.defects()).hasSize(56);
        assertThat(covered.size()).as("covered: %s", covered).isGreaterThanOrEqualTo(45);
    }

    @Test
    void at_most_three_findings_match_no_defect() {
        List<Finding> unmatched = analysis.findings().stream()
                .filter(f -> seed.defects().stream().noneMatch(d -> overlaps(f, d))).toList();
        assertThat(unmatched).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void no_finding_sits_on_a_proper_name() {
        Set<String> names = properNamesOfTheGold();
        assertThat(names).contains("Churkin", "Deir", "al-Zour", "Samantha", "Power", "Vitaly");
        for (Finding f : analysis.findings()) {
            String covered = seed.body().substring(f.start(), f.end()).strip();
            assertThat(names).as("finding %s covers a name", f).doesNotContain(covered);
        }
    }

    @Test
    void autoclean_fixes_every_defect_of_the_required_types() {
        String out = cleaned.body();
        for (Seed.Defect d : seed.defects()) {
            if (!REQUIRED.contains(d.type()) || !d.uniqueInFile() || d.original().strip().length() < 4) {
                continue;
            }
            assertThat(out).as("%s %s is still there", d.id(), d.original()).doesNotContain(d.original());
            if (d.type().equals("BYLINE_PUNCTUATION")) {
                // the byline moves to its field, where the fix must be
                assertThat(cleaned.byline()).as("%s fix, in the byline field", d.id()).contains(d.fix().strip());
            } else if (d.fix() != null && d.fix().strip().length() >= 4) {
                assertThat(out).as("%s fix", d.id()).contains(d.fix());
            }
        }
        assertThat(out).as("no double or no-break spaces (SPACING_DOUBLE)").doesNotContain("\u00A0").doesNotContain("  ");
        assertThat(out).as("no repeated headline").doesNotContain(seed.headline());
        Matcher single = Pattern.compile("(?<!\n)\n(?!\n)|\n{3,}").matcher(out);
        assertThat(single.find()).as("every paragraph break is one blank line (PARAGRAPH_BREAK)").isFalse();
    }

    @Test
    void every_other_safe_fix_brings_the_text_closer_to_the_gold() {
        int before = Levenshtein.distance(seed.body(), seed.goldBody());
        List<Finding> others = analysis.safeFindings().stream().filter(f -> !REQUIRED_RULES.contains(f.ruleId())).toList();
        assertThat(others).as("the seed exercises some non-required safe rules").isNotEmpty();
        for (Finding f : others) {
            int after = Levenshtein.distance(Autoclean.apply(seed.body(), List.of(f)), seed.goldBody());
            assertThat(after).as("%s moves away from the gold", f).isLessThan(before);
        }
        assertThat(Levenshtein.distance(cleaned.body(), seed.goldBody())).isLessThan(before);
    }

    @Test
    void autoclean_is_idempotent() {
        Autoclean.Result again = Engines.british().autoclean(seed.headline(), cleaned.body());
        assertThat(again.body()).isEqualTo(cleaned.body());
        assertThat(again.applied()).isEmpty();
    }

    @Test
    void rewordings_are_flagged_for_the_editor_but_never_fixed() {
        List<Finding> rewordings = analysis.findings().stream().filter(f -> f.ruleId().equals("possible-repetition")).toList();
        assertThat(rewordings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.safe()).isFalse();
            assertThat(f.message()).startsWith("Possible repetition of: \u201c");
        });
    }

    @Test
    void keep_entries_are_never_changed_by_autoclean() {
        for (Seed.Defect d : seed.defects()) {
            if (d.action().equals("keep")) {
                assertThat(cleaned.body()).contains(d.original().strip().replace("\u00A0", " ").replaceAll(" {2,}", " "));
            }
        }
    }

    /** Words capitalised in the middle of the gold's sentences, never written in lower case there. */
    private static Set<String> properNamesOfTheGold() {
        Set<String> lower = new HashSet<>();
        Set<String> names = new HashSet<>();
        Matcher words = Pattern.compile("(?<=[\\p{L}\\p{P}] )([\\p{L}-]+)").matcher(seed.goldBody());
        while (words.find()) {
            String w = words.group(1);
            if (w.chars().anyMatch(Character::isUpperCase)) {
                names.add(w);
            } else {
                lower.add(w);
            }
        }
        names.removeIf(n -> lower.contains(n.toLowerCase()) || Set.of("Mr", "Ms", "Mrs", "Dr").contains(n));
        return names;
    }
}
