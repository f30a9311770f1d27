package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two autoclean levels: safe fixes only, and "accept all suggestions", which leaves judgement calls. */
class AutocleanLevelsTest {

    private final CleanupEngine engine = Engines.withoutGrammar();

    private static final String BODY = """
            The council met in the vicinity of the town hall  to discuss the budget for the coming year.

            In the event that the vote fails, members will ask for more time to read the figures.

            Ticket prices rose by a fifth, the operator said on Monday.""";

    @Test
    void the_safe_level_applies_only_safe_fixes() {
        Autoclean.Result safe = engine.autoclean("Budget", BODY, (f, t) -> false, Autoclean.Level.SAFE);
        assertThat(safe.body()).contains("met in the vicinity of the town hall to discuss").as("the wordy phrase is only a suggestion")
                .contains("In the event that the vote fails");
        assertThat(safe.applied()).allMatch(Finding::safe).isNotEmpty();
    }

    @Test
    void the_suggested_level_also_takes_every_suggestion_with_its_first_replacement() {
        Autoclean.Result all = engine.autoclean("Budget", BODY, (f, t) -> false, Autoclean.Level.SUGGESTED);
        assertThat(all.body()).contains("met near the town hall to discuss the budget").contains("If the vote fails");
        assertThat(all.applied()).anyMatch(f -> !f.safe());
        assertThat(engine.analyze("Budget", all.body()).findings()).noneMatch(Finding::suggested);
    }

    @Test
    void the_suggested_level_leaves_queries_and_judgement_calls() {
        String body = """
                Flood water reached the high street on Tuesday, and shops closed early as the river rose.

                This is shocking news for the town.

                Shops on the high street shut early on Tuesday as flood water from the river rose.""";
        Analysis before = engine.analyze("Floods", body);
        assertThat(before.findings()).anyMatch(Finding::query);
        Autoclean.Result all = engine.autoclean("Floods", body, (f, t) -> false, Autoclean.Level.SUGGESTED);
        assertThat(all.body()).as("a query and a possible restatement stay for an editor")
                .contains("This is shocking news for the town.")
                .contains("Shops on the high street shut early on Tuesday");
        assertThat(all.applied()).noneMatch(f -> f.query() || f.rule().nature() == Rule.Nature.JUDGEMENT);
    }

    @Test
    void levels_parse_from_the_api_parameter() {
        assertThat(Autoclean.Level.parse("suggested")).contains(Autoclean.Level.SUGGESTED);
        assertThat(Autoclean.Level.parse(" SAFE ")).contains(Autoclean.Level.SAFE);
        assertThat(Autoclean.Level.parse("everything")).isEmpty();
        assertThat(Autoclean.Level.parse(null)).isEmpty();
    }
}
