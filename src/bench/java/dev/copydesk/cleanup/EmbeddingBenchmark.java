package dev.copydesk.cleanup;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.copydesk.cleanup.corpus.Corpora;
import dev.copydesk.cleanup.corpus.OneStopEnglish;
import dev.copydesk.cleanup.corpus.OneStopEnglish.Story;
import dev.copydesk.cleanup.corpus.Restatements;
import dev.copydesk.cleanup.corpus.Words;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 6: would sentence embeddings (all-MiniLM-L6-v2, quantized, in process) find restatements that the
 * word-overlap rule misses, at what cost in false flags, start-up and time? Measured on the same restatement pairs
 * and controls as {@link CorpusBenchmark}, on the 189 clean stories and on the seed's four restatements. Only in
 * the {@code bench} profile: the model is not part of the app unless this says it earns its place.
 */
@Tag("bench")
class EmbeddingBenchmark {

    private static final double[] THRESHOLDS = {0.70, 0.75, 0.80, 0.85, 0.90};
    private static final String RULE = "possible-repetition";

    private final StringBuilder report = new StringBuilder();
    private final Map<String, float[]> vectors = new HashMap<>();
    private EmbeddingModel model;
    private long embedNanos;

    private record Sentence(int start, int end, String text) {
    }

    /** A case scored: the best cosine of its sentence against any earlier one, and whether the rule flagged it. */
    private record Scored(double cosine, boolean rule, int words) {
    }

    @Test
    void embeddings_against_word_overlap() throws Exception {
        Optional<Path> found = Corpora.root();
        Assumptions.assumeTrue(found.isPresent(), () -> "Embedding benchmark skipped: no corpora at " + Corpora.searched());
        Path root = found.get();
        long t0 = System.nanoTime();
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        long loaded = System.nanoTime();
        model.embed("The council voted on Tuesday.");
        long first = System.nanoTime();
        line("Embedding benchmark (issue 11, point 6), %s, %d cores, Java %s", java.time.LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        line("model all-MiniLM-L6-v2 quantized (langchain4j 1.19.0-beta29): load %.0f ms, first sentence %.0f ms",
                (loaded - t0) / 1e6, (first - loaded) / 1e6);
        jarSizes();

        List<Story> adv = OneStopEnglish.stories(root, OneStopEnglish.Level.ADV);
        List<Story> ele = OneStopEnglish.stories(root, OneStopEnglish.Level.ELE);
        Restatements.Built built = Restatements.build(adv, ele, OneStopEnglish.pairs(root, "ADV-ELE.txt"), 11);
        CleanupEngine engine = new CleanupEngine(HouseStyle.AUTO, null);
        List<Scored> tests = built.tests().stream().map(c -> score(engine, c)).toList();
        List<Scored> controls = built.controls().stream().map(c -> score(engine, c)).toList();
        int controlWords = built.controls().stream().mapToInt(c -> Words.count(c.text())).sum();

        // Clean stories: every sentence against the ones before it; every flag is a false one.
        int cleanWords = 0;
        List<Double> cleanBest = new ArrayList<>();
        int cleanRule = 0;
        for (Story s : adv) {
            cleanWords += s.words();
            cleanRule += (int) engine.analyze(s.headline(), s.body()).findings().stream()
                    .filter(f -> f.ruleId().equals(RULE)).count();
            List<Sentence> all = sentences(s.body());
            for (int j = 1; j < all.size(); j++) {
                cleanBest.add(best(all.subList(0, j), all.get(j)));
            }
        }
        long sentencesEmbedded = vectors.size();

        line("");
        line("restatement pairs: %d tests, %d controls (%,d words); clean stories: %d sentences (%,d words)",
                tests.size(), controls.size(), controlWords, cleanBest.size(), cleanWords);
        line("word-overlap rule alone: recall %.3f, flags on the inserted control sentences %.2f per 1,000 words, clean flags %d",
                share(tests, Scored::rule), per1k(controls.stream().filter(Scored::rule).count(), controlWords), cleanRule);
        line("%-9s %-34s %-44s", "cosine >=", "embedding alone: recall / control flags", "rule OR embedding: recall / controls / clean");
        for (double t : THRESHOLDS) {
            long cleanOver = cleanBest.stream().filter(c -> c >= t).count();
            line("%-9.2f %.3f / %5.2f per 1,000 words        %.3f / %5.2f per 1,000 words / +%d on clean (%.2f per 1,000)",
                    t, share(tests, x -> x.cosine() >= t),
                    per1k(controls.stream().filter(x -> x.cosine() >= t).count(), controlWords),
                    share(tests, x -> x.rule() || x.cosine() >= t),
                    per1k(controls.stream().filter(x -> x.rule() || x.cosine() >= t).count(), controlWords), cleanOver,
                    per1k(cleanOver, cleanWords));
        }
        line("tests the rule misses (%d): cosine to the original's best match, quartiles %s",
                tests.stream().filter(x -> !x.rule()).count(),
                quartiles(tests.stream().filter(x -> !x.rule()).map(Scored::cosine).toList()));
        line("controls: best cosine quartiles %s; clean sentences: %s", quartiles(controls.stream().map(Scored::cosine)
                .toList()), quartiles(cleanBest));

        seed();
        line("");
        line("time: %,d distinct sentences embedded in %.1f s = %.1f ms a sentence (2 cores, the model's own threads)",
                sentencesEmbedded + 0L, embedNanos / 1e9, embedNanos / 1e6 / Math.max(1, vectors.size()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-embeddings.txt"), report);
    }

    private Scored score(CleanupEngine engine, Restatements.Case c) {
        List<Sentence> all = sentences(c.text());
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).start() < c.inserted().end() && c.inserted().start() < all.get(i).end()) {
                at = i;
                break;
            }
        }
        boolean rule = engine.analyze(c.story().headline(), c.text()).findings().stream()
                .anyMatch(f -> f.ruleId().equals(RULE) && f.start() < c.inserted().end() && c.inserted().start() < f.end());
        double cos = at <= 0 ? 0 : best(all.subList(0, at), all.get(at));
        return new Scored(cos, rule, Words.count(c.text()));
    }

    /** The seed's four restatements (D24, D26, D29, D30): how they score, and how many of its sentences score as high. */
    private void seed() {
        Seed seed = Seed.load();
        List<Sentence> all = sentences(seed.body());
        List<Double> scores = new ArrayList<>();
        for (int j = 1; j < all.size(); j++) {
            scores.add(best(all.subList(0, j), all.get(j)));
        }
        line("");
        line("the seed: %d sentences; best cosine to an earlier sentence, quartiles %s", all.size(), quartiles(scores));
        for (Seed.Defect d : seed.defects()) {
            if (!d.id().matches("D2[469]|D30")) {
                continue;
            }
            for (int j = 0; j < all.size(); j++) {
                Sentence s = all.get(j);
                if (s.start() < d.end() && d.start() < s.end()) {
                    // the restating sentence against every other one (a restatement may come before what it restates)
                    double bestCos = 0;
                    int bestAt = -1;
                    for (int i = 0; i < all.size(); i++) {
                        double c = i == j ? 0 : cosine(vector(all.get(i).text()), vector(s.text()));
                        if (c > bestCos) {
                            bestCos = c;
                            bestAt = i;
                        }
                    }
                    final double b = bestCos;
                    line("  %s: best cosine %.3f with “%s”; sentences of the seed scoring at least as high: %d", d.id(),
                            bestCos, shorten(all.get(bestAt).text()), scores.stream().filter(x -> x >= b).count());
                    break;
                }
            }
        }
    }

    private static List<Sentence> sentences(String body) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : Block.split(body)) {
            for (Text.Sentence s : Text.sentences(b.text())) {
                if (Text.words(s.text()).size() >= 4) {
                    out.add(new Sentence(b.start() + s.start(), b.start() + s.end(), s.text().strip()));
                }
            }
        }
        return out;
    }

    private double best(List<Sentence> earlier, Sentence s) {
        float[] v = vector(s.text());
        double best = 0;
        for (Sentence e : earlier) {
            if (!e.text().equals(s.text())) {
                best = Math.max(best, cosine(vector(e.text()), v));
            }
        }
        return best;
    }

    private float[] vector(String text) {
        return vectors.computeIfAbsent(text, t -> {
            long t0 = System.nanoTime();
            float[] v = model.embed(t).content().vector();
            embedNanos += System.nanoTime() - t0;
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            float n = (float) Math.sqrt(norm);
            for (int i = 0; i < v.length; i++) {
                v[i] /= n;
            }
            return v;
        });
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private void jarSizes() {
        long total = 0;
        StringBuilder names = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.matches("(langchain4j|onnxruntime|tokenizers|api-).*\\.jar")) {
                long size = new File(entry).length();
                total += size;
                names.append(String.format(Locale.ROOT, " %s %.1f MB;", name, size / 1e6));
            }
        }
        line("jars the model brings (from the test class path):%s total %.1f MB", names, total / 1e6);
    }

    private static double share(List<Scored> xs, java.util.function.Predicate<Scored> p) {
        return xs.isEmpty() ? 0 : (double) xs.stream().filter(p).count() / xs.size();
    }

    private static double per1k(long n, int words) {
        return words == 0 ? 0 : 1000.0 * n / words;
    }

    private static String quartiles(List<Double> xs) {
        if (xs.isEmpty()) {
            return "-";
        }
        List<Double> s = xs.stream().sorted().toList();
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f (max %.2f)", s.get(s.size() / 4), s.get(s.size() / 2),
                s.get(3 * s.size() / 4), s.getLast());
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "…";
    }

    private void line(String format, Object... args) {
        String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        System.out.println("BENCH " + s);
        report.append(s).append('\n');
    }
}
