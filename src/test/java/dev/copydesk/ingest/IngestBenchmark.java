package dev.copydesk.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.copydesk.cleanup.CleanupEngine;
import dev.copydesk.cleanup.HouseStyle;
import dev.copydesk.cleanup.corpus.Corpora;
import dev.copydesk.cleanup.corpus.NGrams;
import dev.copydesk.cleanup.corpus.WebPages;
import dev.copydesk.ingest.format.HtmlReader;
import dev.copydesk.ingest.format.ImportedItem;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's web-page measure: Mozilla Readability's 130 test pages, each imported as a page, body against the text
 * of {@code expected.html} (word 4-gram precision, recall, F1, before and after autoclean), headline and byline against
 * {@code expected-metadata.json} (exact, white space collapsed). The runners-up are measured in the same run: bare
 * Readability4J, its "extended" variant, and the page's visible text through the cleanup engine (issue 11's path).
 * {@code ./mvnw -Pbench test -Dtest=IngestBenchmark}; the report is also written to target/bench-ingest.txt.
 */
@Tag("bench")
class IngestBenchmark {

    private final StringBuilder report = new StringBuilder();

    private record Extracted(String headline, String byline, String body) {
    }

    private record Scored(WebPages.Page page, NGrams raw, NGrams cleaned, boolean headline, boolean byline, long nanos) {
    }

    @Test
    void measure() throws Exception {
        Optional<Path> root = Corpora.root();
        Assumptions.assumeTrue(root.isPresent(), () -> "Ingest benchmark skipped: no corpora at " + Corpora.searched());
        List<WebPages.Page> pages = WebPages.pages(root.get());
        CleanupEngine engine = new CleanupEngine(HouseStyle.AUTO, null);
        line("Copydesk ingest benchmark (issue 12), %s, %d cores, Java %s; %d pages of %s", java.time.LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), pages.size(),
                WebPages.class.getSimpleName());
        line("engine for \"after autoclean\": safe fixes, without LanguageTool (as in the corpus benchmark)");
        // warm-up, so the first extractor measured does not pay for class loading
        for (WebPages.Page p : pages.subList(0, 10)) {
            copydesk(p);
            readability(p);
        }
        List<Scored> ours = score(pages, IngestBenchmark::copydesk, engine);
        List<Scored> bare = score(pages, IngestBenchmark::readability, engine);
        List<Scored> extended = score(pages, IngestBenchmark::extended, engine);
        List<Scored> visible = score(pages, p -> new Extracted(p.sourceTitle(), null, p.scrapedText()), engine);
        line("");
        line("%-44s %6s %6s %6s | %6s %6s %6s | %8s %8s | %6s", "extractor (130 pages)", "P", "R", "F1", "P", "R",
                "F1", "headline", "byline", "ms/pg");
        line("%-44s %6s %6s %6s | %6s %6s %6s |", "", "raw", "", "", "after", "autoclean", "");
        row("Copydesk: Readability4J + page metadata", ours);
        row("Readability4J 1.0.8 alone", bare);
        row("Readability4JExtended 1.0.8", extended);
        row("visible text + cleanup engine (issue 11)", visible);
        line("goal: F1 >= 0.95, headline exact >= 0.9");
        line("");
        line("Copydesk's lowest F1 after autoclean (page: P / R / F1):");
        ours.stream().sorted(Comparator.comparingDouble(s -> s.cleaned().f1())).limit(10).forEach(s -> line(
                "  %-36s %.2f / %.2f / %.2f", s.page().name(), s.cleaned().precision(), s.cleaned().recall(),
                s.cleaned().f1()));
        line("Copydesk's headlines that differ (page: ours | expected):");
        for (Scored s : ours) {
            if (!s.headline() && s.page().metadata().title() != null) {
                line("  %-28s %s | %s", s.page().name(), cut(copydesk(s.page()).headline()),
                        cut(s.page().metadata().title()));
            }
        }
        Files.writeString(Path.of("target/bench-ingest.txt"), report);
    }

    private List<Scored> score(List<WebPages.Page> pages, Function<WebPages.Page, Extracted> extractor,
            CleanupEngine engine) {
        List<Scored> out = new ArrayList<>();
        for (WebPages.Page p : pages) {
            long t0 = System.nanoTime();
            Extracted e = extractor.apply(p);
            long nanos = System.nanoTime() - t0;
            String expected = p.expectedText();
            String cleaned = engine.autoclean(e.headline() == null ? "" : e.headline(), e.body()).body();
            out.add(new Scored(p, NGrams.of(e.body(), expected, 4), NGrams.of(cleaned, expected, 4),
                    same(e.headline(), p.metadata().title()), same(e.byline(), p.metadata().byline()), nanos));
        }
        return out;
    }

    private void row(String label, List<Scored> runs) {
        long titled = runs.stream().filter(s -> s.page().metadata().title() != null).count();
        long headlines = runs.stream().filter(s -> s.page().metadata().title() != null && s.headline()).count();
        long bylines = runs.stream().filter(Scored::byline).count();
        line("%-44s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %3d/%-3d %3d/%-3d | %6.1f", label,
                mean(runs, s -> s.raw().precision()), mean(runs, s -> s.raw().recall()), mean(runs, s -> s.raw().f1()),
                mean(runs, s -> s.cleaned().precision()), mean(runs, s -> s.cleaned().recall()),
                mean(runs, s -> s.cleaned().f1()), headlines, titled, bylines, runs.size(),
                runs.stream().mapToLong(Scored::nanos).average().orElse(0) / 1e6);
    }

    private static Extracted copydesk(WebPages.Page p) {
        ImportedItem item = HtmlReader.read(p.sourceHtml().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return new Extracted(item.headline(), item.byline(), item.body());
    }

    private static Extracted readability(WebPages.Page p) {
        return fromArticle(new Readability4J("https://page.invalid/", p.sourceHtml()).parse());
    }

    private static Extracted extended(WebPages.Page p) {
        return fromArticle(new Readability4JExtended("https://page.invalid/", p.sourceHtml()).parse());
    }

    private static Extracted fromArticle(Article a) {
        String content = a.getContent() == null ? "" : a.getContent();
        return new Extracted(a.getTitle(), a.getByline(), String.join("\n\n", WebPages.visibleBlocks(content)));
    }

    /** Exact after collapsing white space; two missing values are the same. */
    private static boolean same(String got, String expected) {
        return Objects.equals(norm(got), norm(expected));
    }

    private static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[\\s\\u00a0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String cut(String s) {
        return s == null ? "(none)" : s.length() > 70 ? s.substring(0, 70) + "\u2026" : s;
    }

    private static double mean(List<Scored> runs, java.util.function.ToDoubleFunction<Scored> f) {
        return runs.stream().mapToDouble(f).average().orElse(0);
    }

    private void line(String format, Object... args) {
        String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        System.out.println("BENCH " + s);
        report.append(s).append('\n');
    }
}
