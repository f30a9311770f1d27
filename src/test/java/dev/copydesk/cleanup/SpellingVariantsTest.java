package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** House style AUTO: a story keeps its own spelling variant; a mixed one has the odd words flagged. */
class SpellingVariantsTest {

    private final SpellingVariants variants = new SpellingVariants(new WordLists());
    private final CleanupEngine auto = new CleanupEngine(HouseStyle.AUTO, null);

    @Test
    void inflected_forms_are_known_in_both_variants() {
        assertThat(variants.form("centred")).hasValueSatisfying(f -> {
            assertThat(f.variant()).isEqualTo(SpellingVariants.Variant.BRITISH);
            assertThat(f.other()).isEqualTo("centered");
        });
        assertThat(variants.form("analysed")).map(SpellingVariants.Form::other).contains("analyzed");
        assertThat(variants.form("organizing")).as("-ize is British (Oxford) spelling too").isEmpty();
        assertThat(variants.form("realisation")).isEmpty();
        assertThat(variants.form("colors")).map(SpellingVariants.Form::other).contains("colours");
        assertThat(variants.form("travelled")).map(SpellingVariants.Form::other).contains("traveled");
        assertThat(variants.form("center")).map(SpellingVariants.Form::variant).contains(SpellingVariants.Variant.AMERICAN);
        assertThat(variants.form("color")).isPresent();
        for (String same : List.of("four", "hour", "meter", "center-left", "programme", "axes", "the", "court")) {
            assertThat(variants.form(same)).as(same).isEmpty();
        }
    }

    @Test
    void a_story_consistent_in_either_variant_gets_no_variant_flag() {
        for (String story : List.of(
                "The defense secretary said the center would open. Its color scheme was criticized by neighbors.",
                "The defence secretary said the centre would open. Its colour scheme was criticised by neighbours.",
                "Officials traveled to the theater, where the mayor apologized for the delay.")) {
            assertThat(auto.analyze("Headline", story).findings()).as(story)
                    .noneMatch(f -> f.ruleId().equals("mixed-spelling"));
        }
    }

    @Test
    void a_mixed_story_has_its_minority_variant_flagged_with_the_majority_form() {
        String story = "The defence secretary said the centre would open.\n\nIts colour scheme was analyzed by "
                + "neighbours, who favour grey.";
        List<Finding> mixed = auto.analyze("Headline", story).findings().stream()
                .filter(f -> f.ruleId().equals("mixed-spelling")).toList();
        assertThat(mixed).singleElement().satisfies(f -> {
            assertThat(story.substring(f.start(), f.end())).isEqualTo("analyzed");
            assertThat(f.replacement()).isEqualTo("analysed");
            assertThat(f.safe()).isFalse();
        });
        CleanupEngine british = new CleanupEngine(HouseStyle.BRITISH, null);
        assertThat(british.analyze("Headline", story).findings())
                .as("under a fixed house style LanguageTool's speller decides").noneMatch(f -> f.ruleId().equals("mixed-spelling"));
    }

    @Test
    void names_are_learned_from_the_story_and_a_lone_sentence_initial_word_is_not_one() {
        StoryNames names = new StoryNames(new WordLists());
        String text = "Teh minister met Churkin on Monday. Churkin said little. Mr. Smtih left. NATO and iPhone too.";
        assertThat(names.isName("Teh", text, 0)).as("sentence-initial, once, no title").isFalse();
        assertThat(names.isName("Churkin", text, text.indexOf("Churkin said"))).as("recurs").isTrue();
        assertThat(names.isName("Smtih", text, text.indexOf("Smtih"))).as("follows a title").isTrue();
        assertThat(names.isName("NATO", text, text.indexOf("NATO"))).isTrue();
        assertThat(names.isName("iPhone", text, text.indexOf("iPhone"))).isTrue();
        String once = "The talks in Geneva ended. Wrold leaders left.";
        assertThat(names.isName("Geneva", once, once.indexOf("Geneva"))).as("inside a sentence").isTrue();
        assertThat(names.isName("Wrold", once, once.indexOf("Wrold"))).isFalse();
    }

    @Test
    void with_languagetool_a_consistent_american_story_keeps_its_spelling_and_a_misspelt_capital_is_flagged() {
        CleanupEngine withGrammar = new CleanupEngine(HouseStyle.AUTO, Engines.grammar());
        String american = "The mayor said the color of the new center was chosen by neighbors.\n\n"
                + "Teh council will vote on the plan in the fall, Garfield Okonkwo said.";
        List<Finding> spelling = withGrammar.analyze("Headline", american).findings().stream()
                .filter(f -> f.type() == FindingType.SPELLING).toList();
        assertThat(spelling).extracting(f -> american.substring(f.start(), f.end()))
                .as("the lone sentence-initial misspelling, not the American words nor the name").containsExactly("Teh");
        CleanupEngine british = new CleanupEngine(HouseStyle.BRITISH, Engines.grammar());
        assertThat(british.analyze("Headline", american).findings()).extracting(f -> american.substring(f.start(), f.end()))
                .as("a British house style flags American spelling").contains("color");
    }

    @Test
    void with_languagetool_loanwords_in_names_and_compounds_differing_only_in_case_stand_but_a_typo_is_flagged() {
        CleanupEngine withGrammar = new CleanupEngine(HouseStyle.AUTO, Engines.grammar());
        String text = "Her hit single Show das Poderosas topped the charts.\n\nShe uses wi-fi at home.\n\n"
                + "The singer said the recieved wisdom was wrong.";
        assertThat(withGrammar.analyze("Headline", text).findings()).filteredOn(f -> f.type() == FindingType.SPELLING)
                .extracting(f -> text.substring(f.start(), f.end())).containsExactly("recieved");
    }

    @Test
    void under_auto_the_other_variants_vocabulary_and_a_word_in_quotes_of_its_own_stand() {
        String text = "She rented an apartment near the old harbour for the summer.\n\n"
                + "Locals call the dish \u201Cfeijoada\u201D and eat it on Saturdays; the recieved view is that it is best cold.";
        List<String> auto = new CleanupEngine(HouseStyle.AUTO, Engines.grammar()).analyze("Headline", text).findings()
                .stream().filter(f -> f.ruleId().startsWith("LT:")).map(f -> text.substring(f.start(), f.end())).toList();
        assertThat(auto).contains("recieved").noneMatch(w -> w.contains("apartment") || w.contains("feijoada"));
        assertThat(new CleanupEngine(HouseStyle.BRITISH, Engines.grammar()).analyze("Headline", text).findings())
                .as("a British house style still suggests the British word")
                .anyMatch(f -> f.ruleId().equals("LT:APARTMENT-FLAT") && text.substring(f.start(), f.end()).contains("apartment"));
    }
}
