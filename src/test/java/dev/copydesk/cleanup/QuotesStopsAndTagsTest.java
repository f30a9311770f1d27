package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Safe fixes for a lost quotation mark, a lost final full stop and a feed tag glued to a paragraph, where the story
 * leaves only one place for them; hints or questions where it does not. None of these texts is the seed's or the
 * corpus's.
 */
class QuotesStopsAndTagsTest {

    private static final String HEADLINE = "Council votes to close the library";
    /** Paragraphs of prose that end properly, so that one that does not reads as a slip. */
    private static final String PROSE = "The council voted on Tuesday to close the library at the end of the year.\n\n"
            + "Residents who use it at weekends said they would start a petition against the change.\n\n"
            + "The library has opened on Sundays since 1998, when a local trust paid for its staff.\n\n";

    private final CleanupEngine engine = Engines.withoutGrammar();

    private List<Finding> found(String ruleId, String body) {
        return engine.analyze(HEADLINE, body).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private String cleaned(String body) {
        return engine.autoclean(HEADLINE, body).body();
    }

    // ---- unbalanced quotes --------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "“We will keep fighting for it, said Ann Patel, who runs the reading group.",
            "“It is the heart of the village, she said, and nobody asked us.",
            "“Why close it now? asked the Reverend Tom Hale at the meeting.",
            "\"We were never consulted, the residents' association said in a letter."})
    void a_quotation_left_open_closes_before_its_attribution(String paragraph) {
        String out = cleaned(PROSE + paragraph);
        String fixed = paragraph.replaceFirst("([,?]) ", "$1" + (paragraph.startsWith("\"") ? "\"" : "”") + " ");
        assertThat(out).endsWith(fixed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It is the heart of the village,” she said.",
            "The chairman said: This is a sad day for everyone in the town.”",
            "Why did nobody ask us what we wanted?” asked one resident at the meeting.",
            "We were never consulted,” the residents’ association said in a letter."})
    void a_quotation_with_no_opening_mark_opens_where_it_must(String paragraph) {
        String expected = paragraph.contains(": ") ? paragraph.replace(": ", ": “") : "“" + paragraph;
        assertThat(cleaned(PROSE + paragraph)).endsWith(expected);
    }

    @Test
    void a_quotation_running_to_the_end_of_a_one_sentence_paragraph_closes_there() {
        assertThat(cleaned(PROSE + "“This is a sad day for everyone in the town.")).endsWith("town.”");
        assertThat(cleaned(PROSE + "The chairman said: “This is a sad day for everyone in the town."))
                .endsWith("town.”");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // several sentences before the closing mark: where the quotation starts is a guess
            "The chairman paused. This is a sad day for everyone,” he said.",
            // a quotation inside a sentence, open at the paragraph's end: where it ends is a guess
            "He called the vote “a betrayal of the village and left the meeting early.",
            // a quotation running on into the next paragraph, by the newspaper convention
            "“This is a sad day for everyone in the town.\n\n“We will fight on,” he said.",
            // balanced, straight and curly, and inches
            "“It is over,” she said. \"We lost,\" he added. The shelf is 5'10\" tall.",
            "The shop sold a 40” television for half its price on Friday, the manager said."})
    void where_the_place_of_the_mark_is_not_certain_nothing_is_fixed(String paragraphs) {
        assertThat(cleaned(PROSE + paragraphs)).isEqualTo(PROSE + paragraphs);
    }

    @Test
    void a_paragraph_carrying_a_quotation_on_opens_with_a_mark_by_the_convention() {
        String first = "“If you cover the roof with this mirror, you can save power.\n\n";
        String second = "You can offset the air conditioning,” said the scientist who led the work.";
        assertThat(cleaned(PROSE + first + second)).isEqualTo(PROSE + first + "“" + second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AD: Harbour Cafe Weekend Offers", "Read more: Library hours to change in spring",
            "Share this story on Facebook"})
    void a_quotation_carried_on_across_an_ad_or_a_share_line_is_left_as_the_convention_has_it(String between) {
        String first = "“This is a sad day for everyone in the town.\n\n";
        String second = "“We will fight on,” said the chairman of the residents’ group.";
        assertThat(cleaned(PROSE + first + between + "\n\n" + second)).isEqualTo(PROSE + first + second);
    }

    @Test
    void a_closing_mark_typed_where_the_quotation_opens_is_turned_round() {
        String body = PROSE + "The number of members has risen to 198, the survey showed.” This is very encouraging,” "
                + "said the chairman.";
        assertThat(cleaned(body)).endsWith("the survey showed. “This is very encouraging,” said the chairman.");
        String kept = PROSE + "“The number of members has risen to 198,” the survey showed. It is the highest yet.";
        assertThat(cleaned(kept)).isEqualTo(kept);
    }

    @Test
    void a_closing_mark_at_the_end_of_a_paragraph_with_no_attribution_is_only_a_hint() {
        String body = PROSE + "There was a time when the library was the only warm room in the village.”";
        assertThat(cleaned(body)).as("the quotation may have opened in an earlier paragraph").isEqualTo(body);
        assertThat(found("unbalanced-quote", body)).singleElement().satisfies(f -> assertThat(f.safe()).isFalse());
    }

    @Test
    void an_uncertain_place_is_still_reported() {
        String body = PROSE + "The chairman paused. This is a sad day for everyone,” he said.";
        assertThat(found("unbalanced-quote", body)).singleElement()
                .satisfies(f -> assertThat(f.safe()).isFalse())
                .satisfies(f -> assertThat(f.replacement()).as("the likelier place: the sentence the mark ends")
                        .isEqualTo("“This"));
    }

    // ---- missing final stop ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "A spokesman for the council said the decision had not been taken lightly",
            "Opening hours will be cut from next month while the sale goes through",
            "The trust said it had spent more than £200,000 on the building since 2004"})
    void the_one_paragraph_without_a_full_stop_gets_one(String paragraph) {
        String body = PROSE + paragraph + "\n\nThe sale is expected to be completed in the spring.";
        assertThat(cleaned(body)).isEqualTo(PROSE + paragraph + ".\n\nThe sale is expected to be completed in the spring.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Liberia", "Gallant", "Lalueza-Fox"})
    void a_name_the_story_uses_elsewhere_ends_its_paragraph_with_a_stop(String name) {
        String body = PROSE.replace("the library", "the library of " + name) + "The report was written by a team at "
                + name + "\n\nFish farming experts said the findings were new to them.";
        assertThat(cleaned(body)).contains(name + ".\n\nFish farming");
    }

    @Test
    void a_name_that_runs_on_into_the_next_paragraph_elsewhere_keeps_its_end() {
        String body = PROSE.replace("said they", "told Rachel Swift they") + "Nobody will be turned away, said Rachel"
                + "\n\nSwift, head of the residents' group, at the meeting.";
        assertThat(cleaned(body)).as("Rachel Swift elsewhere: the paragraph is broken in the name").isEqualTo(body);
        String union = PROSE.replace("the change", "the European Union rules") + "The money came from the European"
                + "\n\nUnion\u2019s fund for rural libraries, which closes next year.";
        assertThat(cleaned(union)).as("a possessive runs the name on too").doesNotContain("European.");
        String once = PROSE + "The report was written by a team led by Rachel\n\nSwift, head of the residents' group.";
        assertThat(cleaned(once)).as("a name seen once may run on").isEqualTo(once);
    }

    @Test
    void lists_headings_and_names_that_run_on_keep_their_ends() {
        String list = PROSE + "What it involves: checking every book on the shelves by hand\n\n"
                + "What it pays: a little more than the minimum wage for most staff\n\n"
                + "Who can apply: anyone who has worked in a library before";
        assertThat(cleaned(list)).as("a story written as a list").isEqualTo(list);
        assertThat(found("missing-final-stop", list)).as("a list is written that way").isEmpty();
        String two = PROSE + "A spokesman for the council said the decision had not been taken lightly\n\n"
                + "Opening hours will be cut from next month while the sale goes through";
        assertThat(found("missing-final-stop", two)).hasSize(2).noneMatch(Finding::safe);

        String heading = PROSE + "What happens next\n\nThe sale is expected to be completed in the spring.";
        assertThat(found("missing-final-stop", heading)).as("a heading").isEmpty();

        String name = PROSE + "The last play staged in the hall was a production of Titus\n\nAndronicus, in 2019.";
        assertThat(cleaned(name)).as("a name that may run on").isEqualTo(name);
    }

    @Test
    void a_story_with_too_little_prose_gets_a_hint_only() {
        String body = "Opening hours will be cut from next month while the sale goes through";
        assertThat(found("missing-final-stop", body)).singleElement().satisfies(f -> assertThat(f.safe()).isFalse());
    }

    // ---- glued tags ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "libraryDuring the meeting, residents asked why the trust had not been told.",
            "councilNobody at the meeting had seen the report before Tuesday.",
            "patel“We will keep fighting,” said Ann Patel, who runs the reading group.",
            "ukBe careful what you wish for, the chairman told the meeting on Tuesday.",
            "thatAlthough the trust offered to pay, the council did not reply to it."})
    void a_tag_the_story_itself_explains_is_removed(String paragraph) {
        String out = cleaned(PROSE + paragraph + "\n\nAnn Patel has lived in the village for 30 years.");
        assertThat(out).contains("\n\n" + paragraph.replaceFirst("^\\p{Ll}+", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "easyJet Holidays will sponsor the new reading room, the council said.",
            "libraryWorks, a charity, will run the building from next year.",
            "eBay listings for the old shelves went up on Friday.",
            "onYourMarks, a running club, will use the hall on Sundays.",
            "myWay Travel will take the readers to the coast in June."})
    void a_word_or_brand_keeps_its_letters(String paragraph) {
        String body = PROSE + paragraph + "\n\nThe charity libraryWorks said it would keep the Sunday hours.";
        assertThat(found("glued-label", body)).isEmpty();
    }

    // ---- a lost full stop before a name -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "The review of the accounts had already begunPatel told the meeting she had seen no figures.",
            "Attendance has fallen sharply since the changeCouncillors say the trust was never asked.",
            "The trust has been run by Dr Ann PatelShe said on Tuesday the building needs a new roof."})
    void a_full_stop_lost_before_a_name_the_story_uses_is_restored(String paragraph) {
        String body = PROSE + paragraph + "\n\nAnn Patel and the Councillors met again on Friday.";
        String out = cleaned(body);
        assertThat(out).contains(paragraph.replaceFirst("(\\p{Ll})(\\p{Lu}\\p{Ll}+ \\p{Ll})", "$1. $2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The delegation flew to the summitGeneva talks resume in May.",
            "Residents met with theCouncillors before the vote on Tuesday.",
            "The charity libraryWorks said it would keep the Sunday hours."})
    void where_only_a_space_may_be_lost_it_is_a_hint(String paragraph) {
        String body = PROSE + paragraph + "\n\nThe Councillors met again on Friday.";
        assertThat(cleaned(body)).isEqualTo(body);
        assertThat(found("glued-words", body)).singleElement().satisfies(f -> assertThat(f.safe()).isFalse());
    }
}
