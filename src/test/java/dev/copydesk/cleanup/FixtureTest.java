package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stories of different shapes, each with the text autoclean must produce ({@code NAME.expected.txt}).
 * The first line of a fixture is its headline; the body starts at the next non-empty line.
 */
class FixtureTest {

    private static final Path DIR = Path.of("src/test/resources/cleanup/fixtures");

    record Fixture(String name, String headline, String body, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> !p.toString().endsWith(".expected.txt")).sorted().map(FixtureTest::load).toList().stream();
        }
    }

    static Fixture load(Path file) {
        try {
            String raw = Files.readString(file);
            int nl = raw.indexOf('\n');
            int bodyStart = nl;
            while (bodyStart < raw.length() && raw.charAt(bodyStart) == '\n') {
                bodyStart++;
            }
            String name = file.getFileName().toString().replace(".txt", "");
            Path expected = DIR.resolve(name + ".expected.txt");
            return new Fixture(name, raw.substring(0, nl), raw.substring(bodyStart),
                    Files.exists(expected) ? Files.readString(expected) : null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void autoclean_produces_the_expected_text_and_a_second_run_changes_nothing(Fixture f) throws IOException {
        Autoclean.Result result = Engines.british().autoclean(f.headline(), f.body());
        // the expected text is the story as published: the byline (moved to its field by autoclean), then the body
        String story = (result.byline() == null ? "" : result.byline() + "\n\n") + result.body();
        if (f.expected() == null) {
            Path actual = Path.of("target/fixtures-actual", f.name() + ".expected.txt");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, story);
        }
        assertThat(f.expected()).as("expected output for %s (actual written to target/fixtures-actual)", f.name())
                .isNotNull();
        assertThat(story).isEqualTo(f.expected());
        assertThat(Engines.british().autoclean(f.headline(), result.body()).body()).isEqualTo(result.body());
    }

    @Test
    void there_are_at_least_twelve_fixtures() throws IOException {
        assertThat(fixtures().count()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void a_clean_professional_story_gets_no_safe_fix() {
        Fixture f = load(DIR.resolve("03-clean-professional.txt"));
        assertThat(Engines.british().analyze(f.headline(), f.body()).safeFindings())
                .as("nothing but its byline, which moves to the byline field").singleElement()
                .satisfies(s -> assertThat(f.body().substring(s.start(), s.end()).strip()).isEqualTo("By Priya Natarajan"));
        assertThat(f.expected()).isEqualTo(f.body());
    }

    @Test
    void non_english_text_gets_no_english_grammar_or_spelling_findings() {
        for (String name : List.of("04-non-english.txt", "10-cjk.txt", "11-rtl.txt")) {
            Fixture f = load(DIR.resolve(name));
            Analysis a = Engines.british().analyze(f.headline(), f.body());
            assertThat(a.grammar()).as(name).isEqualTo(Analysis.GrammarStatus.NOT_ENGLISH);
            assertThat(a.findings()).as(name).allMatch(x -> x.type() == FindingType.SPACING);
        }
    }

    @Test
    void interview_questions_repeated_on_purpose_are_kept() {
        Fixture f = load(DIR.resolve("05-interview-repeated-questions.txt"));
        Autoclean.Result r = Engines.british().autoclean(f.headline(), f.body());
        assertThat(r.body().split("What did you see from the tower", -1)).hasSize(3);
    }

    @Test
    void autoclean_never_removes_a_large_share_of_a_story_without_review() {
        Fixture f = load(DIR.resolve("14-mostly-repeated.txt"));
        Autoclean.Result r = Engines.british().autoclean(f.headline(), f.body());
        assertThat(r.deletionsHeldBack()).isTrue();
        assertThat(r.body().length()).isGreaterThan((int) (f.body().length() * (1 - Autoclean.MAX_DELETED_SHARE)));
        assertThat(Engines.british().analyze(f.headline(), r.body()).findings())
                .anyMatch(x -> x.type() == FindingType.DUPLICATE && x.safe());
    }
}
