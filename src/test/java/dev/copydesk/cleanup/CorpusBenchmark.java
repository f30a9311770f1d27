package dev.copydesk.cleanup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.copydesk.cleanup.corpus.Corpora;
import dev.copydesk.cleanup.corpus.Garbler.Defect;
import dev.copydesk.cleanup.corpus.Garbler.Garbled;
import dev.copydesk.cleanup.corpus.Garbler.Kind;
import dev.copydesk.cleanup.corpus.Garbler;
import dev.copydesk.cleanup.corpus.NGrams;
import dev.copydesk.cleanup.corpus.OneStopEnglish.Story;
import dev.copydesk.cleanup.corpus.OneStopEnglish;
import dev.copydesk.cleanup.corpus.Restatements;
import dev.copydesk.cleanup.corpus.WebPages;
import dev.copydesk.cleanup.corpus.Words.Span;
import dev.copydesk.cleanup.corpus.Words;
import dev.copydesk.text.Body;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quality figures for issue 11 on text nobody on the team wrote ({@code ../shared/corpora}, see its README): clean
 * stories, garbled stories with exact gold, restatement pairs and scraped web pages. Not a test: it asserts nothing
 * about the engine (only that the garbler's gold is exact), and skips itself when the corpora are absent. Run with
 * {@code ./mvnw -o -Pbench test -Dtest=CorpusBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; figures go to
 * stdout and {@code target/bench-corpus.txt}. {@code -Dcorpus.stories=N} measures the first N stories only, and
 * {@code -Dcorpus.singleKindStories=N} (default: all) sets the stories per kind of the one-defect runs.
 */
@Tag("bench")
class CorpusBenchmark {

    private static final long SEED = 11;
    private static final int TOP_RULES = 15;
    private final StringBuilder report = new StringBuilder();
    private final int threads = Runtime.getRuntime().availableProcessors();

    @Test
    void measure() throws Exception {
        Optional<Path> found = Corpora.root();
        Assumptions.assumeTrue(found.isPresent(),
                () -> "Corpus benchmark skipped: no corpora at " + Corpora.searched() + " (set -D" + Corpora.PROPERTY + ")");
        Path root = found.get();
        long t0 = System.nanoTime();
        CleanupEngine engine = new CleanupEngine(HouseStyle.AUTO, Engines.grammar()); // the desk's default style
        line("Copydesk corpus benchmark (issue 11), %s, %d cores, Java %s, house style %s, corpora at %s",
                LocalDate.now(), threads, System.getProperty("java.version"), engine.style(), root);
        line("LanguageTool warm-up: %.1f s", secs(System.nanoTime() - t0));
        line("Copydesk's rules (id type nature): %s", engine.rules().stream()
                .map(r -> r.id() + " " + r.type() + " " + r.nature()).collect(Collectors.joining("; ")));

        List<Story> all = OneStopEnglish.stories(root, OneStopEnglish.Level.ADV);
        int n = Math.min(all.size(), Integer.getInteger("corpus.stories", all.size()));
        List<Story> stories = all.subList(0, n);
        line("stories: %d of %d OneStopEnglish Advanced stories, %,d words", stories.size(), all.size(),
                stories.stream().mapToInt(Story::words).sum());

        timed("clean stories", () -> cleanStories(engine, stories));
        Garbler garbler = new Garbler(SEED, all.stream().map(Story::headline).toList());
        timed("garbled stories", () -> garbledStories(engine, garbler, stories));
        timed("one defect per story", () -> singleKind(engine, garbler, stories));
        timed("restatements", () -> restatements(root, all));
        timed("web pages", () -> webPages(root));
        line("");
        line("total: %.0f s", secs(System.nanoTime() - t0));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-corpus.txt"), report);
    }

    // ---- 1. clean stories ----------------------------------------------------------------------------------------

    private record CleanRun(Story story, Analysis analysis, Autoclean.Result cleaned) {
    }

    private void cleanStories(CleanupEngine engine, List<Story> stories) throws Exception {
        section("1. Clean stories: every finding is a false alarm; autoclean must change nothing");
        List<CleanRun> runs = parallel(stories, s -> new CleanRun(s, engine.analyze(s.headline(), s.body()),
                engine.autoclean(s.headline(), s.body())));
        int words = stories.stream().mapToInt(Story::words).sum();
        List<Found> findings = new ArrayList<>();
        for (CleanRun r : runs) {
            r.analysis().findings().forEach(f -> findings.add(new Found(r.story().name(), r.story().body(), f)));
        }
        Map<Analysis.GrammarStatus, Long> status = runs.stream()
                .collect(Collectors.groupingBy(r -> r.analysis().grammar(), TreeMap::new, Collectors.counting()));
        line("grammar check: %s", status);
        line("findings: %d in %d words = %.2f per 1,000 words (goal <= 2); stories with any finding: %d of %d",
                findings.size(), words, per1k(findings.size(), words),
                runs.stream().filter(r -> !r.analysis().findings().isEmpty()).count(), runs.size());
        long artefacts = findings.stream().filter(CorpusBenchmark::onConversionArtefact).count();
        line("  of which on the corpus's own PDF-conversion artefacts (ligatures such as “ﬁve”, hyphen + space such as "
                + "“middle- class”): %d, so on edited prose: %d = %.2f per 1,000 words", artefacts,
                findings.size() - artefacts, per1k(findings.size() - artefacts, words));
        int rows = runs.stream().mapToInt(r -> SameFindings.groups(r.story().body(), r.analysis().findings()).size()).sum();
        line("  rows in the editor, near-identical findings grouped: %d = %.2f per 1,000 words", rows, per1k(rows, words));
        line("  safe %d, hint %d, query %d", findings.stream().filter(f -> f.f().safe()).count(),
                findings.stream().filter(f -> !f.f().safe() && !f.f().query()).count(),
                findings.stream().filter(f -> f.f().query()).count());
        line("by type (per 1,000 words):");
        for (FindingType t : FindingType.values()) {
            long c = findings.stream().filter(f -> f.f().type() == t).count();
            if (c > 0) {
                line("  %-12s %5d  %5.2f", t, c, per1k(c, words));
            }
        }
        ruleTable("by rule (top %d of %d rules with findings; count, per 1,000 words, stories, examples):", findings,
                words, TOP_RULES, 3);

        List<CleanRun> changed = runs.stream().filter(r -> !r.cleaned().body().equals(r.story().body())).toList();
        line("autoclean changed %d of %d stories (goal 0)", changed.size(), runs.size());
        Map<String, Long> appliedRules = changed.stream().flatMap(r -> r.cleaned().applied().stream())
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        line("  fixes applied, by rule: %s", sortedByCount(appliedRules));
        for (CleanRun r : changed.stream().limit(12).toList()) {
            line("  %s: %s", r.story().name(), diff(r.story().body(), r.cleaned().body()));
        }
    }

    // ---- 2. garbled stories ----------------------------------------------------------------------------------------

    /** Kinds whose fix needs an editor's judgement (where does the quote go? is the paragraph's end a sentence?). */
    private static final java.util.Set<Kind> NOT_STRUCTURAL = java.util.EnumSet.of(Kind.UNBALANCED_QUOTE,
            Kind.MISSING_FINAL_PERIOD);

    private record GarbledRun(Garbled g, Analysis analysis, Autoclean.Result cleaned, Autoclean.Result suggested,
            String cleanStoryCleaned) {

        /** The injected defects undone: the output equals what autoclean makes of the clean story itself. */
        boolean defectsUndone() {
            return Body.canonical(cleaned.body()).equals(cleanStoryCleaned);
        }

        boolean restored() {
            return Body.canonical(cleaned.body()).equals(g.gold());
        }

        boolean restoredBySuggestions() {
            return Body.canonical(suggested.body()).equals(g.gold());
        }

        /**
         * Every structural defect undone and nothing else changed: the output equals the garbled text with the undo
         * edits of all structural defects and of any subset of the others (unbalanced quotes, missing full stops).
         */
        boolean structureRestored() {
            String out = Body.canonical(cleaned.body());
            List<Defect> optional = g.defects().stream().filter(d -> NOT_STRUCTURAL.contains(d.kind())).toList();
            for (int mask = 0; mask < 1 << optional.size(); mask++) {
                List<Defect> undo = new ArrayList<>(g.defects().stream().filter(d -> !NOT_STRUCTURAL.contains(d.kind())).toList());
                for (int i = 0; i < optional.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        undo.add(optional.get(i));
                    }
                }
                if (Body.canonical(new Garbled(g.story(), g.headline(), g.text(), g.gold(), undo).undone()).equals(out)) {
                    return true;
                }
            }
            return false;
        }
    }

    private void garbledStories(CleanupEngine engine, Garbler garbler, List<Story> stories) throws Exception {
        section("2. Garbled stories (seeded garbler, exact gold)");
        List<GarbledRun> runs = parallel(stories, s -> {
            Garbled g = garbler.garble(s);
            return new GarbledRun(g, engine.analyze(g.headline(), g.text()), engine.autoclean(g.headline(), g.text()),
                    engine.autoclean(g.headline(), g.text(), (f, t) -> false, Autoclean.Level.SUGGESTED),
                    Body.canonical(engine.autoclean(s.headline(), s.body()).body()));
        });
        int words = runs.stream().mapToInt(r -> r.g().words()).sum();
        int defects = runs.stream().mapToInt(r -> r.g().defects().size()).sum();
        line("defects injected: %d in %d stories (%,d words), gold checked exact for every story", defects, runs.size(),
                words);

        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        Map<String, int[]> byVariant = new TreeMap<>();
        Map<Kind, Map<String, Long>> foundBy = new EnumMap<>(Kind.class);
        Map<Kind, List<String>> misses = new EnumMap<>(Kind.class);
        Map<Kind, java.util.Set<String>> missedLines = new EnumMap<>(Kind.class);
        List<Found> falseAlarms = new ArrayList<>();
        int found = 0;
        for (GarbledRun r : runs) {
            List<Finding> fs = r.analysis().findings();
            for (Defect d : r.g().defects()) {
                List<Finding> on = fs.stream().filter(f -> touches(f, d)).toList();
                List<Finding> fitting = on.stream().filter(f -> about(f, d)).toList();
                boolean hit = !fitting.isEmpty();
                found += hit ? 1 : 0;
                int[] k = byKind.computeIfAbsent(d.kind(), x -> new int[3]);
                k[0]++;
                k[1] += hit ? 1 : 0;
                k[2] += !hit && !on.isEmpty() ? 1 : 0;
                int[] v = byVariant.computeIfAbsent(d.kind() + " / " + d.variant(), x -> new int[2]);
                v[0]++;
                v[1] += hit ? 1 : 0;
                if (hit) {
                    foundBy.computeIfAbsent(d.kind(), x -> new TreeMap<>()).merge(fitting.getFirst().ruleId(), 1L, Long::sum);
                } else {
                    if (d.kind() == Kind.AD_INSERT || d.kind() == Kind.BOILERPLATE || d.kind() == Kind.BYLINE) {
                        Span line = d.spans().getFirst();
                        missedLines.computeIfAbsent(d.kind(), x -> new java.util.LinkedHashSet<>())
                                .add(r.g().text().substring(line.start(), line.end()));
                    }
                    misses.computeIfAbsent(d.kind(), x -> new ArrayList<>()).add(r.g().story().name() + " [" + d.variant()
                            + "] " + d.excerpt() + (on.isEmpty() ? "" : "  (only " + on.stream()
                            .map(f -> f.ruleId() + "/" + f.type()).distinct().collect(Collectors.joining(", ")) + ")"));
                }
            }
            for (Finding f : fs) {
                if (r.g().defects().stream().noneMatch(d -> touches(f, d))) {
                    falseAlarms.add(new Found(r.g().story().name(), r.g().text(), f));
                }
            }
        }
        line("recall: %d of %d = %.3f (goal >= 0.97; every kind >= 0.95)", found, defects, ratio(found, defects));
        line("by kind (seed type; found / injected = recall; overlapped only by findings of another type; found by):");
        for (Map.Entry<Kind, int[]> e : byKind.entrySet()) {
            int[] k = e.getValue();
            line("  %-21s %4d / %4d = %.2f  other-type %3d  %s  [%s]", e.getKey(), k[1], k[0], ratio(k[1], k[0]), k[2],
                    sortedByCount(foundBy.getOrDefault(e.getKey(), Map.of())), e.getKey().seedType);
        }
        line("by variant (found / injected):");
        for (Map.Entry<String, int[]> e : byVariant.entrySet()) {
            line("  %-75s %3d / %3d", e.getKey(), e.getValue()[1], e.getValue()[0]);
        }
        line("missed, up to 3 examples per kind:");
        for (Map.Entry<Kind, List<String>> e : misses.entrySet()) {
            for (String m : e.getValue().stream().limit(3).toList()) {
                line("  %s: %s", e.getKey(), m);
            }
        }
        line("missed lines (distinct, up to 15 per kind):");
        for (Map.Entry<Kind, java.util.Set<String>> e : missedLines.entrySet()) {
            line("  %s: %s", e.getKey(), e.getValue().stream().limit(15).map(l -> "«" + l + "»")
                    .collect(Collectors.joining(" ")));
        }
        line("false alarms (findings on no injected defect): %d = %.2f per 1,000 words", falseAlarms.size(),
                per1k(falseAlarms.size(), words));
        ruleTable("  false alarms by rule (top 10):", falseAlarms, words, 10, 1);

        long restored = runs.stream().filter(GarbledRun::restored).count();
        line("exact restoration after autoclean: %d of %d = %.2f (goal >= 0.80); deletions held back in %d stories",
                restored, runs.size(), ratio(restored, runs.size()),
                runs.stream().filter(r -> r.cleaned().deletionsHeldBack()).count());
        line("  (restored = Body.canonical(autoclean body) equals the clean story; the repeated headline and the byline"
                + " must be gone from the body, as the engine has no byline field in its result)");
        long undone = runs.stream().filter(GarbledRun::defectsUndone).count();
        line("injected defects undone (autoclean output equals autoclean of the clean story, which fixes some of the "
                + "corpus's own defects): %d of %d = %.2f", undone, runs.size(), ratio(undone, runs.size()));
        long bySuggestions = runs.stream().filter(GarbledRun::restoredBySuggestions).count();
        line("exact restoration after \"accept all suggestions\" (level suggested): %d of %d = %.2f", bySuggestions,
                runs.size(), ratio(bySuggestions, runs.size()));
        long structure = runs.stream().filter(GarbledRun::structureRestored).count();
        line("structural defects restored (all but unbalanced quotes and missing full stops undone, nothing else "
                + "changed): %d of %d = %.2f", structure, runs.size(), ratio(structure, runs.size()));
        List<GarbledRun> failed = runs.stream().filter(r -> !r.restored()).toList();
        Map<Kind, long[]> leftIn = new EnumMap<>(Kind.class);
        for (GarbledRun r : failed) {
            for (Defect d : r.g().defects()) {
                leftIn.computeIfAbsent(d.kind(), x -> new long[1])[0]++;
            }
        }
        line("  kinds present in the %d stories not restored: %s", failed.size(), leftIn.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0]).collect(Collectors.joining(", ")));
        line("  first difference from the gold in the first 8 stories not restored (gold ⇒ autoclean output):");
        for (GarbledRun r : failed.stream().limit(8).toList()) {
            line("  %s: %s", r.g().story().name(), firstDifference(r.g().gold(), Body.canonical(r.cleaned().body())));
        }
    }

    // ---- 2b. one defect per story --------------------------------------------------------------------------------

    private record SingleRun(Kind kind, Garbled g, boolean found, boolean restored, String diff) {
    }

    private void singleKind(CleanupEngine engine, Garbler garbler, List<Story> stories) throws Exception {
        int per = Math.min(stories.size(), Integer.getInteger("corpus.singleKindStories", stories.size()));
        section("2b. One defect per story: recall and restoration of each kind alone (" + per + " stories per kind)");
        List<Object[]> work = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (int i = 0; i < per; i++) {
                work.add(new Object[] {k, stories.get(i * stories.size() / per)});
            }
        }
        List<SingleRun> runs = parallel(work, w -> {
            Kind k = (Kind) w[0];
            Garbled g = garbler.garble((Story) w[1], k);
            if (g.defects().isEmpty()) {
                return new SingleRun(k, g, false, false, null);
            }
            Defect d = g.defects().getFirst();
            boolean hit = engine.analyze(g.headline(), g.text()).findings().stream()
                    .anyMatch(f -> touches(f, d) && about(f, d));
            String out = Body.canonical(engine.autoclean(g.headline(), g.text()).body());
            return new SingleRun(k, g, hit, out.equals(g.gold()), out.equals(g.gold()) ? null : diff(g.gold(), out));
        });
        line("%-21s %9s %9s %9s  example of a story not restored", "kind", "stories", "found", "restored");
        for (Kind k : Kind.values()) {
            List<SingleRun> ks = runs.stream().filter(r -> r.kind() == k && !r.g().defects().isEmpty()).toList();
            long hit = ks.stream().filter(SingleRun::found).count();
            long ok = ks.stream().filter(SingleRun::restored).count();
            String example = ks.stream().filter(r -> !r.restored()).findFirst()
                    .map(r -> r.g().defects().getFirst().variant() + ": " + r.diff()).orElse("");
            line("%-21s %9d %9.2f %9.2f  %s", k, ks.size(), ratio(hit, ks.size()), ratio(ok, ks.size()), example);
        }
    }

    // ---- 3. restatements ---------------------------------------------------------------------------------------------

    private void restatements(Path root, List<Story> stories) throws Exception {
        section("3. Restatements (OneStopEnglish ADV-ELE pairs; engine without LanguageTool, whose findings are never of"
                + " this kind)");
        List<Story> ele = OneStopEnglish.stories(root, OneStopEnglish.Level.ELE);
        Restatements.Built b = Restatements.build(stories, ele,
                OneStopEnglish.pairs(root, "ADV-ELE.txt"), SEED);
        line("pairs: %d; identical words (left out): %d; original not found in an Advanced story: %d; tests: %d "
                + "(rewrite with the story file's punctuation: %d); controls: %d (no second pair in the story: %d)",
                b.pairs(), b.identical(), b.notFound(), b.tests().size(), b.rewritesFromStoryFile(), b.controls().size(),
                b.noControl());
        CleanupEngine engine = new CleanupEngine(HouseStyle.AUTO, null);
        Predicate<Finding> restatement = f -> f.type() == FindingType.DUPLICATE;
        List<boolean[]> tests = parallel(b.tests(), c -> {
            List<Finding> on = engine.analyze(c.story().headline(), c.text()).findings().stream()
                    .filter(f -> restatement.test(f) && overlaps(f, c.inserted())).toList();
            String start = Words.letters(c.original());
            String quoted = start.substring(0, Math.min(25, start.length()));
            return new boolean[] {!on.isEmpty(), on.stream().anyMatch(f -> Words.letters(f.message()).contains(quoted))};
        });
        long hits = tests.stream().filter(x -> x[0]).count();
        long quoting = tests.stream().filter(x -> x[1]).count();
        line("recall (a DUPLICATE-type finding on the rewrite): %d of %d = %.3f (goal >= 0.8); of which the message "
                + "quotes the original: %d = %.3f", hits, tests.size(), ratio(hits, tests.size()), quoting,
                ratio(quoting, tests.size()));
        double[][] bands = {{0, 0.2}, {0.2, 0.4}, {0.4, 0.6}, {0.6, 0.8}, {0.8, 1.01}};
        for (double[] band : bands) {
            int total = 0;
            int hit = 0;
            for (int i = 0; i < tests.size(); i++) {
                double o = b.tests().get(i).overlap();
                if (o >= band[0] && o < band[1]) {
                    total++;
                    hit += tests.get(i)[0] ? 1 : 0;
                }
            }
            if (total > 0) {
                line("  content-word overlap %.1f-%.1f: %4d of %4d = %.2f", band[0], Math.min(1, band[1]), hit, total,
                        ratio(hit, total));
            }
        }
        List<long[]> controls = parallel(b.controls(), c -> {
            List<Finding> fs = engine.analyze(c.story().headline(), c.text()).findings().stream().filter(restatement).toList();
            return new long[] {fs.size(), fs.stream().anyMatch(f -> overlaps(f, c.inserted())) ? 1 : 0,
                Words.count(c.text())};
        });
        long flags = controls.stream().mapToLong(x -> x[0]).sum();
        long words = controls.stream().mapToLong(x -> x[2]).sum();
        long onSentence = controls.stream().mapToLong(x -> x[1]).sum();
        line("controls: %d DUPLICATE-type flags in %,d words = %.2f per 1,000 words (goal <= 1); control sentence "
                + "flagged in %d of %d = %.3f", flags, words, per1k(flags, words), onSentence, controls.size(),
                ratio(onSentence, controls.size()));
        line("  missed, examples (content-word overlap; original → rewrite):");
        List<Restatements.Case> missed = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            if (!tests.get(i)[0]) {
                missed.add(b.tests().get(i));
            }
        }
        for (int i = 0; i < Math.min(5, missed.size()); i++) {
            Restatements.Case c = missed.get(i * missed.size() / Math.min(5, missed.size()));
            line("    %.2f; %s → %s", c.overlap(), clip(c.original(), 140), clip(c.rewrite(), 140));
        }
    }

    // ---- 4. web pages ------------------------------------------------------------------------------------------------

    private record PageRun(WebPages.Page page, NGrams raw, NGrams cleaned, boolean english, Autoclean.Result result,
            int chars) {
    }

    private void webPages(Path root) throws Exception {
        section("4. Web pages (Readability test pages): visible text, one block per paragraph-like element, autocleaned;"
                + " word 4-grams against the text of expected.html");
        // Without LanguageTool: its only safe rules (a/an, a repeated word) change a word inside a kept paragraph, and
        // checking 1.5 MB of page text took 7 of the benchmark's 12 minutes. The 2026-12-01 run with LanguageTool
        // gave the same figures (F1 0.821 after autoclean) and applied no LanguageTool fix on any page.
        CleanupEngine engine = new CleanupEngine(HouseStyle.AUTO, null);
        line("engine without LanguageTool (see the source for why)");
        List<WebPages.Page> pages = WebPages.pages(root);
        List<PageRun> runs = parallel(pages, p -> {
            String scraped = p.scrapedText();
            String expected = p.expectedText();
            Autoclean.Result r = engine.autoclean(p.sourceTitle(), scraped);
            String lang = p.metadata().lang();
            boolean english = lang != null ? lang.toLowerCase(Locale.ROOT).startsWith("en") : Text.looksEnglish(expected);
            return new PageRun(p, NGrams.of(scraped, expected, 4), NGrams.of(r.body(), expected, 4), english, r,
                    scraped.length());
        });
        report("all pages", runs);
        report("English pages", runs.stream().filter(PageRun::english).toList());
        Map<String, Long> applied = runs.stream().flatMap(r -> r.result().applied().stream())
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        line("fixes autoclean applied on the pages, by rule: %s", sortedByCount(applied));
        line("pages with deletions held back by the 25%% cap: %d", runs.stream().filter(r -> r.result().deletionsHeldBack()).count());
        line("lowest F1 after autoclean (name: P / R / F1, scraped chars):");
        runs.stream().sorted(Comparator.comparingDouble(r -> r.cleaned().f1())).limit(8).forEach(r -> line(
                "  %-32s %.2f / %.2f / %.2f  %,d", r.page().name(), r.cleaned().precision(), r.cleaned().recall(),
                r.cleaned().f1(), r.chars()));
    }

    private void report(String label, List<PageRun> runs) {
        line("%s (%d): scraped text P %.3f R %.3f F1 %.3f; after autoclean P %.3f R %.3f F1 %.3f (goal F1 >= 0.85); "
                + "pages F1 >= 0.85 after autoclean: %d", label, runs.size(),
                mean(runs, r -> r.raw().precision()), mean(runs, r -> r.raw().recall()), mean(runs, r -> r.raw().f1()),
                mean(runs, r -> r.cleaned().precision()), mean(runs, r -> r.cleaned().recall()),
                mean(runs, r -> r.cleaned().f1()), runs.stream().filter(r -> r.cleaned().f1() >= 0.85).count());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private record Found(String story, String text, Finding f) {
    }

    /** A finding on a defect the corpus itself has from its conversion from PDF: a ligature, or "middle- class". */
    private static boolean onConversionArtefact(Found found) {
        String t = found.text();
        String around = t.substring(Math.max(0, found.f().start() - 1), Math.min(t.length(), found.f().end() + 1));
        return around.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06) || around.matches("(?s).*\\p{L}- \\p{L}.*");
    }

    /** Findings grouped by rule: the top {@code top} rules, each with up to {@code examples} examples from different stories. */
    private void ruleTable(String title, List<Found> findings, int words, int top, int examples) {
        Map<String, List<Found>> byRule = findings.stream()
                .collect(Collectors.groupingBy(f -> f.f().ruleId(), LinkedHashMap::new, Collectors.toList()));
        line(title, top, byRule.size());
        byRule.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<Found>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey)).limit(top).forEach(e -> {
                    List<Found> fs = e.getValue();
                    Finding first = fs.getFirst().f();
                    line("  %-44s %-11s %4d  %5.2f  %3d stories  %s", e.getKey(), first.type(), fs.size(),
                            per1k(fs.size(), words), fs.stream().map(Found::story).distinct().count(),
                            first.safe() ? "safe" : first.query() ? "query" : "hint");
                    fs.stream().collect(Collectors.toMap(Found::story, f -> f, (a, b) -> a, LinkedHashMap::new)).values()
                            .stream().limit(examples).forEach(f -> line("      %s", example(f)));
                });
    }

    private static String example(Found found) {
        Finding f = found.f();
        String t = found.text();
        int s = Math.max(0, f.start() - 40);
        int e = Math.min(t.length(), f.end() + 40);
        String covered = t.substring(f.start(), f.end());
        if (covered.length() > 100) {
            covered = covered.substring(0, 70) + " … " + covered.substring(covered.length() - 20);
        }
        String fix = f.query() ? "(query)" : f.replacement() == null ? "(delete)" : "→ «" + f.replacement() + "»";
        return (found.story() + ": …" + t.substring(s, f.start()) + "«" + covered + "»" + t.substring(f.end(), e) + "… "
                + fix + " — " + clip(f.message(), 110)).replace("\n", "⏎").replace("\u00a0", "⍽");
    }

    /** Where two texts first differ: some context, then 60 chars of each from there. */
    private static String firstDifference(String expected, String actual) {
        int p = 0;
        while (p < expected.length() && p < actual.length() && expected.charAt(p) == actual.charAt(p)) {
            p++;
        }
        int from = Math.max(0, p - 30);
        return ("…" + expected.substring(from, p) + "[" + expected.substring(p, Math.min(expected.length(), p + 60))
                + " ⇒ " + actual.substring(p, Math.min(actual.length(), p + 60)) + "]…")
                .replace("\n", "⏎").replace("\u00a0", "⍽").replace("\t", "⇥");
    }

    /** The differing middle of two texts (common start and end cut off), with some context. */
    private static String diff(String expected, String actual) {
        int p = 0;
        while (p < expected.length() && p < actual.length() && expected.charAt(p) == actual.charAt(p)) {
            p++;
        }
        int se = expected.length();
        int sa = actual.length();
        while (se > p && sa > p && expected.charAt(se - 1) == actual.charAt(sa - 1)) {
            se--;
            sa--;
        }
        int from = Math.max(0, p - 35);
        String was = expected.substring(p, se);
        String now = actual.substring(p, sa);
        return ("…" + expected.substring(from, p) + "[" + clip(was, 90) + " ⇒ " + clip(now, 90) + "]"
                + expected.substring(se, Math.min(expected.length(), se + 25)) + "…")
                .replace("\n", "⏎").replace("\u00a0", "⍽").replace("\t", "⇥");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 20) + " … " + s.substring(s.length() - 15);
    }

    /**
     * Whether a finding that overlaps a defect is about it: its type fits the kind, and for paragraph breaks it is
     * about the break (a query, or for two paragraphs on one line a fix that puts a line break back, for a break
     * mid-sentence a fix across the break that joins the lines), not a spacing or full-stop fix next to it.
     */
    static boolean about(Finding f, Defect d) {
        if (!d.kind().fits.contains(f.type())) {
            return false;
        }
        return switch (d.kind()) {
            case MERGED_PARAGRAPHS -> f.query() || f.replacement() != null && f.replacement().contains("\n");
            case SPLIT_PARAGRAPH -> {
                int breakStart = d.spans().get(0).end();
                int breakEnd = d.spans().get(1).start();
                yield f.query() || f.start() <= breakStart && f.end() >= breakEnd
                        && (f.replacement() == null || !f.replacement().contains("\n"));
            }
            default -> true;
        };
    }

    /**
     * Whether a finding touches a defect: overlaps one of its spans, or, for a paragraph split in two, lies in the
     * break between the two halves (a fix of exactly the separator touches neither half).
     */
    private static boolean touches(Finding f, Defect d) {
        if (d.spans().stream().anyMatch(s -> overlaps(f, s))) {
            return true;
        }
        return d.kind() == Kind.SPLIT_PARAGRAPH && d.spans().size() >= 2
                && overlaps(f, new Span(d.spans().get(0).end(), d.spans().get(1).start()));
    }

    /** Overlap of a finding with a span; a zero-width finding overlaps a span it lies in (or at whose end it sits). */
    private static boolean overlaps(Finding f, Span s) {
        if (f.start() == f.end()) {
            return s.start() <= f.start() && f.start() <= s.end();
        }
        return f.start() < Math.max(s.end(), s.start() + 1) && s.start() < f.end();
    }

    private static String sortedByCount(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static <T> double mean(List<T> items, java.util.function.ToDoubleFunction<T> f) {
        return items.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private <T, R> List<R> parallel(List<T> items, Function<T, R> work) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private void timed(String what, Step step) throws Exception {
        long t = System.nanoTime();
        step.run();
        line("(%s: %.1f s)", what, secs(System.nanoTime() - t));
    }

    private static double per1k(long count, long words) {
        return words == 0 ? 0 : 1000.0 * count / words;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    private void section(String title) {
        line("");
        line("== %s", title);
    }

    private void line(String format, Object... args) {
        String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        System.out.println("BENCH " + s);
        report.append(s).append('\n');
    }
}
