package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The rule catalogue: ids, word lists, and that every finding names a rule the engine can describe. */
class RulesTest {

    private static final Path LISTS = Path.of("src/main/resources/cleanup");
    /** Lists read outside the rule catalogue: the sentence splitter's and LanguageTool's profile. */
    private static final Set<String> READ_ELSEWHERE = Set.of("stopwords", "abbreviations",
            "languagetool-off-categories", "languagetool-off-rules", "languagetool-safe-rules");

    @Test
    void every_rule_has_an_id_of_its_own() {
        List<String> ids = new Rules(HouseStyle.BRITISH).all().stream().map(Rule::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates()
                .noneMatch(id -> id.startsWith(GrammarChecker.RULE_PREFIX));
        assertThat(Engines.withoutGrammar().rules()).extracting(Rule::id).containsExactlyElementsOf(ids);
    }

    @Test
    void every_word_list_loads_is_not_empty_and_is_read_by_something() throws IOException {
        Rules rules = new Rules(HouseStyle.AMERICAN);
        assertThat(rules.wordLists()).isNotEmpty().allSatisfy((name, entries) ->
                assertThat(entries).as(name).isNotEmpty().noneMatch(e -> e.isBlank() || e.startsWith("#")));
        Set<String> files;
        try (Stream<Path> paths = Files.list(LISTS)) {
            files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).collect(Collectors.toSet());
        }
        for (String name : files) {
            assertThat(WordLists.load(name)).as(name).isNotEmpty();
        }
        Set<String> read = new HashSet<>(rules.wordLists().keySet());
        read.addAll(READ_ELSEWHERE);
        assertThat(read).as("lists read by the rules or elsewhere").containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void a_missing_word_list_fails_at_once() {
        assertThatThrownBy(() -> WordLists.load("no-such-list")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cleanup/no-such-list.txt");
    }

    @Test
    void every_finding_of_the_seed_and_the_fixtures_names_a_rule_the_engine_knows() throws IOException {
        CleanupEngine engine = Engines.british();
        List<String[]> stories = new ArrayList<>();
        Seed seed = Seed.load();
        stories.add(new String[] {seed.headline(), seed.body()});
        FixtureTest.fixtures().forEach(f -> stories.add(new String[] {f.headline(), f.body()}));
        Set<String> seen = new HashSet<>();
        for (String[] story : stories) {
            List<Finding> findings = new ArrayList<>(engine.analyze(story[0], story[1]).findings());
            findings.addAll(engine.autoclean(story[0], story[1]).applied());
            for (Finding f : findings) {
                seen.add(f.ruleId());
                assertThat(engine.rule(f.ruleId())).as("rule of %s", f).contains(f.rule());
                if (f.safe()) {
                    assertThat(f.rule().nature()).as("a safe finding of %s", f.ruleId()).isEqualTo(Rule.Nature.SAFE);
                }
                if (!f.ruleId().startsWith(GrammarChecker.RULE_PREFIX)) {
                    assertThat(f.query()).as("query %s", f.ruleId()).isEqualTo(f.rule().nature() == Rule.Nature.QUERY);
                }
            }
        }
        assertThat(seen).as("LanguageTool's rules too").anyMatch(id -> id.startsWith(GrammarChecker.RULE_PREFIX));
        assertThat(engine.rule("no-such-rule")).isEmpty();
    }

    @Test
    void a_finding_made_outside_the_engine_has_the_rule_its_id_and_type_describe() {
        Finding ad = new Finding(FindingType.AD_INSERT, 0, 4, "Ad insert", null, "ad-marked", 0.97, true, false);
        assertThat(ad.rule()).isEqualTo(Engines.withoutGrammar().rule("ad-marked").orElseThrow());
        assertThat(ad.rule().effect()).isEqualTo(Rule.Effect.REMOVES_AD);
        assertThat(Engines.withoutGrammar().rule("repeated-headline").orElseThrow().effect())
                .isEqualTo(Rule.Effect.REMOVES_REPEATED_HEADLINE);
    }
}
