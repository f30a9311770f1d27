package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Near-identical findings share a row in the editor; findings that differ in rule, words or change do not. */
class SameFindingsTest {

    private static final Rule SPELLING = new Rule("LT:MORFOLOGIK_RULE_EN_GB", FindingType.SPELLING, Rule.Nature.HINT);
    private static final Rule WORDY = new Rule("wordy-phrase", FindingType.STYLE, Rule.Nature.HINT);
    private static final Rule AD = new Rule("ad-marked", FindingType.AD_INSERT, Rule.Nature.SAFE);

    private static Finding at(Rule rule, String text, String words, int nth, String replacement) {
        int start = -1;
        for (int i = 0; i <= nth; i++) {
            start = text.indexOf(words, start + 1);
        }
        return new Finding(rule, start, start + words.length(), "msg", replacement, 0.8, false, false);
    }

    @Test
    void one_misspelling_repeated_is_one_group_in_text_order() {
        String text = "The goverment said on Monday. A goverment spokesman agreed. Critics of the goverment did not.";
        List<Finding> f = List.of(at(SPELLING, text, "goverment", 0, "government"),
                at(SPELLING, text, "goverment", 1, "government"), at(SPELLING, text, "goverment", 2, "government"));
        assertThat(SameFindings.groups(text, f)).containsExactly(List.of(0, 1, 2));
        assertThat(f.stream().map(x -> x.fingerprint(text)).distinct())
                .as("one row, one ignore fingerprint: ignoring its first finding ignores every place").hasSize(1);
    }

    @Test
    void letter_case_aside_a_sentence_start_joins_the_group() {
        String text = "In the vicinity of the port, boats waited. Police searched in the vicinity of the pier.";
        List<Finding> f = List.of(at(WORDY, text, "In the vicinity of", 0, "Near"),
                at(WORDY, text, "in the vicinity of", 0, "near"));
        assertThat(SameFindings.groups(text, f)).containsExactly(List.of(0, 1));
    }

    @Test
    void a_pasted_twice_ad_line_is_one_group_and_other_findings_keep_their_order() {
        String text = "AD: Harbour Cafe\n\nThe ferry left.\n\nAD: Harbour Cafe\n\nIt was recieved late.";
        List<Finding> f = List.of(at(AD, text, "AD: Harbour Cafe", 0, null), at(SPELLING, text, "recieved", 0, "received"),
                at(AD, text, "AD: Harbour Cafe", 1, null));
        assertThat(SameFindings.groups(text, f)).containsExactly(List.of(0, 2), List.of(1));
    }

    @Test
    void the_same_word_with_another_change_is_not_the_same_finding() {
        String text = "He read the lead story. The lead pipe burst.";
        List<Finding> f = List.of(at(SPELLING, text, "lead", 0, "led"), at(SPELLING, text, "lead", 1, "lede"));
        assertThat(SameFindings.groups(text, f)).containsExactly(List.of(0), List.of(1));
    }

    @Test
    void another_rule_or_other_words_or_another_message_stay_apart() {
        String text = "prior to the vote, and prior to the count, the teh result";
        Finding wordy = at(WORDY, text, "prior to", 0, "before");
        Finding otherRule = new Finding(SPELLING, wordy.start(), wordy.end(), "msg", "before", 0.8, false, false);
        Finding otherMessage = new Finding(WORDY, text.indexOf("prior to", 5), text.indexOf("prior to", 5) + 8,
                "another message", "before", 0.8, false, false);
        Finding otherWords = at(SPELLING, text, "teh", 0, "before");
        assertThat(SameFindings.groups(text, List.of(wordy, otherRule, otherMessage, otherWords)))
                .containsExactly(List.of(0), List.of(1), List.of(2), List.of(3));
    }

    @Test
    void insertions_at_a_point_never_group() {
        String text = "It rained.The match was off.Fans went home";
        Rule space = new Rule("missing-space", FindingType.SPACING, Rule.Nature.SAFE);
        List<Finding> f = List.of(new Finding(space, 10, 10, "msg", " ", 0.9, true, false),
                new Finding(space, 28, 28, "msg", " ", 0.9, true, false));
        assertThat(SameFindings.groups(text, f)).containsExactly(List.of(0), List.of(1));
    }

    @Test
    void a_safe_fix_and_a_hint_of_one_rule_never_share_a_row() {
        String text = "“We will win, she said. “We will lose, he said.";
        Rule quote = new Rule("unbalanced-quote", FindingType.PUNCTUATION, Rule.Nature.SAFE);
        int first = text.indexOf(", she");
        int second = text.indexOf(", he");
        List<Finding> f = List.of(new Finding(quote, first, first + 1, "msg", ",\u201d", 0.85, true, false),
                new Finding(quote, second, second + 1, "msg", ",\u201d", 0.5, false, false));
        assertThat(SameFindings.groups(text, f)).containsExactly(List.of(0), List.of(1));
    }
}
