package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Copydesk's own LanguageTool pattern rules ({@code cleanup/languagetool-rules.xml}), on text that is not the seed. */
class LanguageToolRulesTest {

    private static final String AGREEMENT = "LT:COPYDESK_RELATIVE_CLAUSE_AGREEMENT";

    private static final String COMMA = "LT:" + SubjectVerbComma.ID;

    /** What one of these rules finds in a paragraph, as the engine's LanguageTool check reports it. */
    private static List<Finding> found(String ruleId, String paragraph) {
        return Engines.grammar().check(paragraph).orElseThrow().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"It was a fatal mistake that express extreme negligence on the part of the pilots.",
            "He described a policy that show little sign of working after two years.",
            "It is an old law which allow landlords to evict tenants without notice.",
            "She met a farmer who grow barley on the hills above the town."})
    void a_plural_verb_after_a_singular_noun_and_a_relative_pronoun_is_a_hint(String paragraph) {
        assertThat(found(AGREEMENT, paragraph)).singleElement().satisfies(f -> {
            assertThat(f.safe()).isFalse();
            assertThat(f.type()).isEqualTo(FindingType.GRAMMAR);
            assertThat(f.replacement()).as("the singular form").endsWith("s");
            assertThat(f.message()).contains("\u201c" + f.replacement() + "\u201d");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"They are a team that work hard and win often.", "It rests on the idea that work pays.",
            "It is one of the reasons that show the plan is working.", "It was a mistake that could express anger.",
            "The people who live there were moved on Monday.", "It is a policy that shows results.",
            "A report that express delivery fell by a third was denied.", "It was the couple who live next door.",
            "He gazed upon a sight that even he found startling.", "The fumes in the air that catch in the throat rose."})
    void collective_nouns_that_clauses_and_agreeing_verbs_are_left_alone(String paragraph) {
        assertThat(found(AGREEMENT, paragraph)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The decision by the regional government in March, came as a surprise to the farmers.",
            "The company's shares, rose by five per cent in early trading.",
            "The council in the north of the county, meets again next week.",
            "A spokesman for the ministry, said the report was wrong."})
    void a_comma_between_a_subject_and_its_verb_is_a_hint_that_removes_it(String paragraph) {
        assertThat(found(COMMA, paragraph)).singleElement().satisfies(f -> {
            assertThat(f.safe()).isFalse();
            assertThat(paragraph.substring(f.start(), f.end())).endsWith(",");
            assertThat(f.replacement()).isEqualTo(paragraph.substring(f.start(), f.end() - 1));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"The deal, brokered by both sides in March, went into effect on Monday.",
            "In London, police said the march had passed off peacefully.",
            "If the vote fails, members will ask for more time.",
            "The former chairman of the club, Tony Smith, said he would stand again.",
            "Apples, pears and plums were on sale at the market.",
            "“We will win,” said the captain of the team.",
            "He met the minister, who was angry about the leak.", "The cats, dogs and birds were rescued.",
            "The old shed, the garden walls and the gate need repairs.",
            "The artist had placed huge, sculpted heads on the wall.", "The view reveals a varied, complex terrain.",
            "It was a chance to read the news websites, communicate with friends and see films.",
            "Presents such as silver plates, dried fruit or sweets were sent.", "Writing in the journal, Fan puts the cost at $4.",
            "The share for this age group, compared to 70% for adults, fell."})
    void commas_around_insertions_after_clauses_and_in_lists_are_left_alone(String paragraph) {
        assertThat(found(COMMA, paragraph)).isEmpty();
    }
}
