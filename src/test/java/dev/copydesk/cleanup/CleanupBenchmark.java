package dev.copydesk.cleanup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Speed figures for BENCHMARKS.md, measured in one run so their ratios are comparable on a noisy machine.
 * Not a test: it asserts nothing about time. Run with {@code ./mvnw -Pbench test}; figures go to stdout and
 * {@code target/bench-cleanup.txt}.
 */
@Tag("bench")
class CleanupBenchmark {

    private static final int ITERATIONS = 30;
    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        Seed seed = Seed.load();
        String text = seed.body();
        line("Copydesk cleanup benchmark, %s, %d cores, Java %s", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        long t0 = System.nanoTime();
        GrammarChecker cold = new GrammarChecker(HouseStyle.BRITISH, 1);
        Analysis first = new CleanupEngine(HouseStyle.BRITISH, cold).analyze(seed.headline(), text);
        line("first analysis before LanguageTool is warm: %.1f ms, grammar %s (not blocked)",
                ms(System.nanoTime() - t0), first.grammar());
        long w0 = System.nanoTime();
        cold.warmUpNow();
        line("LanguageTool warm-up (1 instance, incl. first check): %.0f ms", ms(System.nanoTime() - w0));

        JLanguageTool bare = new JLanguageTool(Languages.getLanguageForShortCode("en-GB"));
        for (int i = 0; i < 10; i++) {
            bareCheck(bare, text);
        }
        double bareMs = median(() -> bareCheck(bare, text), null);
        line("bare LanguageTool check of the seed body (default en-GB rules): %.1f ms (median of %d)", bareMs, ITERATIONS);

        GrammarChecker grammar = new GrammarChecker(HouseStyle.BRITISH, 2);
        grammar.warmUpNow();
        // Cold caches with a warm JVM and a warm LanguageTool: a fresh engine (its caches) on the same checker.
        CleanupEngine[] engine = {new CleanupEngine(HouseStyle.BRITISH, grammar)};
        Runnable coldEngine = () -> engine[0] = new CleanupEngine(HouseStyle.BRITISH, grammar);
        for (int i = 0; i < 10; i++) {
            coldEngine.run();
            engine[0].analyze(seed.headline(), text);
        }
        double fullMs = median(() -> engine[0].analyze(seed.headline(), text), coldEngine);
        line("full analysis of the seed, caches cleared, warm JVM: %.1f ms = %.2f x bare (goal <= 1.25)", fullMs,
                fullMs / bareMs);

        String edited = text.replace("planes halted strikes", "planes stopped strikes");
        double editMs = median(() -> engine[0].analyze(seed.headline(), edited), () -> {
            coldEngine.run();
            engine[0].analyze(seed.headline(), text);
        });
        line("re-analysis after a one-paragraph edit: %.1f ms = %.2f x full (goal <= 0.25)", editMs, editMs / fullMs);

        List<String[]> stories = stories(1000, seed);
        double avgChars = stories.stream().mapToInt(s -> s[1].length()).average().orElse(0);
        CleanupEngine shared = new CleanupEngine(HouseStyle.BRITISH, grammar);
        int threads = Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (String[] s : stories) {
                results.add(pool.submit(() -> {
                    shared.analyze(s[0], s[1]);
                    return shared.autoclean(s[0], s[1]).applied().size();
                }));
            }
            for (Future<Integer> f : results) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line("analyse + autoclean of %d distinct stories (avg %.0f chars) on %d threads: %.1f s = %.1f stories/s (goal >= 20)",
                stories.size(), avgChars, threads, seconds, stories.size() / seconds);

        Files.writeString(Path.of("target/bench-cleanup.txt"), report);
    }

    /** Seed-sized stories that share no paragraph: paragraphs drawn from the seed and the fixtures, each made unique. */
    private static List<String[]> stories(int count, Seed seed) throws IOException {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(seed.body().split("\n+")));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/cleanup/fixtures"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".expected.txt")).toList()) {
                paragraphs.addAll(Arrays.asList(Files.readString(p).split("\n+")));
            }
        }
        paragraphs.removeIf(p -> p.isBlank() || !Text.looksEnglish(p + " the of and"));
        Random random = new Random(7);
        String[] places = {"Lyon", "Tromso", "Basra", "Cork", "Durban", "Quito", "Perth", "Oslo", "Riga", "Nagpur"};
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < seed.body().length()) {
                String p = paragraphs.get(random.nextInt(paragraphs.size()));
                body.append(p.replaceFirst("\\.(\\s|$)", " in " + places[random.nextInt(places.length)] + " on day "
                        + (i * 31 + body.length()) + ".$1")).append("\n\n");
            }
            out.add(new String[] {"Story " + i + " headline", body.toString().strip()});
        }
        return out;
    }

    /** A plain LanguageTool check with the default rules: the baseline the engine is measured against. */
    private static void bareCheck(JLanguageTool lt, String text) {
        try {
            lt.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(Runnable work, Runnable before) {
        double[] times = new double[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            if (before != null) {
                before.run();
            }
            long t = System.nanoTime();
            work.run();
            times[i] = ms(System.nanoTime() - t);
        }
        Arrays.sort(times);
        return times[ITERATIONS / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println("BENCH " + s);
        report.append(s).append('\n');
    }
}
