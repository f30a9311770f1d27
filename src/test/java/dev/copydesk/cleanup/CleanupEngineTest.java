package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CleanupEngineTest {

    @Test
    void bad_input_gives_findings_or_nothing_but_never_an_exception() {
        CleanupEngine engine = Engines.british();
        Random random = new Random(42);
        char[] junk = new char[5000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (char) random.nextInt(0x3000);
        }
        List<String> inputs = List.of("", "   \n\n\t ", "\u0000\u0001\u0002", new String(junk),
                "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd. \u0645\u0631\u062d\u0628\u0627", "\u4f60\u597d\u4e16\u754c\u3002",
                "x".repeat(1_000_000), "Para one.\n\n".repeat(40_000), "\uD800 lone surrogate \uDFFF");
        for (String input : inputs) {
            assertThatCode(() -> {
                engine.analyze("Headline", input);
                engine.autoclean(null, input);
            }).as("input of %d chars", input.length()).doesNotThrowAnyException();
        }
        assertThat(engine.analyze("H", "").findings()).isEmpty();
        String longEnglish = "The council met on Monday and the mayor said the vote was close. ".repeat(2000);
        assertThat(engine.analyze("H", longEnglish).grammar()).isEqualTo(Analysis.GrammarStatus.TOO_LONG);
    }

    @Test
    void control_characters_are_removed_by_autoclean() {
        String cleaned = Engines.withoutGrammar().autoclean(null, "The vote\u0007 was close.\u200b").body();
        assertThat(cleaned).isEqualTo("The vote was close.");
    }

    @Test
    void after_a_one_paragraph_edit_only_that_paragraph_is_checked_again() {
        CleanupEngine engine = Engines.british();
        Seed seed = Seed.load();
        // Unique text, so no earlier test has warmed the cache for it.
        String marker = " Ref " + UUID.randomUUID().toString().substring(0, 8) + ".";
        String body = seed.body().replace(".\n", "." + marker + "\n");
        GrammarChecker grammar = Engines.grammar();

        long before = grammar.paragraphsChecked();
        engine.analyze(seed.headline(), body);
        long full = grammar.paragraphsChecked() - before;

        String edited = body.replace("planes halted strikes", "planes stopped strikes");
        long beforeEdit = grammar.paragraphsChecked();
        Analysis again = engine.analyze(seed.headline(), edited);
        assertThat(full).isGreaterThan(10);
        assertThat(grammar.paragraphsChecked() - beforeEdit).isEqualTo(1);
        assertThat(again.grammar()).isEqualTo(Analysis.GrammarStatus.CHECKED);
    }

    @Test
    void while_languagetool_warms_up_the_other_checks_answer_at_once() {
        GrammarChecker cold = new GrammarChecker(HouseStyle.BRITISH, 1); // never warmed
        Seed seed = Seed.load();
        Analysis a = new CleanupEngine(HouseStyle.BRITISH, cold).analyze(seed.headline(), seed.body());
        assertThat(a.grammar()).isEqualTo(Analysis.GrammarStatus.LOADING);
        assertThat(a.findings()).anyMatch(f -> f.ruleId().equals("repeated-headline"))
                .noneMatch(f -> f.ruleId().startsWith("LT:"));
    }

    @Test
    void american_house_style_uses_points_in_abbreviations_and_honorifics() {
        CleanupEngine american = new CleanupEngine(HouseStyle.AMERICAN, null);
        String cleaned = american.autoclean(null,
                "Mr Smith met U.N officials on Monday. Mr. Jones said the U.S delegation agreed.").body();
        assertThat(cleaned).isEqualTo("Mr. Smith met U.N. officials on Monday. Mr. Jones said the U.S. delegation agreed.");
    }

    @Test
    void an_exact_repeated_paragraph_is_removed_but_a_short_repeated_line_is_only_flagged() {
        String para = "The council voted by nine votes to four to close the library on Sundays from next month.";
        String body = para + "\n\nKey points\n\nThe decision saves about 40,000 pounds a year, the council said.\n\n"
                + "Residents who use the library at weekends said they would start a petition against the change.\n\n"
                + "Key points\n\nThe library has opened on Sundays since 1998, when a local trust paid for the staff.\n\n"
                + "The council will review the decision next year after a public consultation on opening hours.\n\n" + para;
        Autoclean.Result r = Engines.withoutGrammar().autoclean(null, body);
        assertThat(r.body().split("nine votes", -1)).hasSize(2);
        assertThat(r.body().split("Key points", -1)).hasSize(3);
    }

    @Test
    void a_glued_word_inside_a_sentence_is_a_hint_not_a_safe_fix() {
        Analysis a = Engines.withoutGrammar().analyze(null, "The envoy left for the summitGeneva talks resume in May.");
        assertThat(a.findings()).anyMatch(f -> f.ruleId().equals("glued-words") && !f.safe()
                && "summit Geneva".equals(f.replacement()));
        Analysis lostStop = Engines.withoutGrammar().analyze(null, "The talks endedThe next round starts in May.");
        assertThat(lostStop.findings()).as("before a word that opens sentences, a lost full stop is restored safely")
                .anyMatch(f -> f.ruleId().equals("glued-sentences") && f.safe() && ". ".equals(f.replacement()));
    }

    @Test
    void a_finding_fingerprint_survives_unrelated_edits() {
        CleanupEngine engine = Engines.withoutGrammar();
        String body = "Officials said the U.N mission would stay.\n\nA second paragraph.";
        Finding before = engine.analyze(null, body).findings().stream()
                .filter(f -> f.ruleId().equals("truncated-abbreviation")).findFirst().orElseThrow();
        String edited = "A new first paragraph.\n\n" + body;
        Finding after = engine.analyze(null, edited).findings().stream()
                .filter(f -> f.ruleId().equals("truncated-abbreviation")).findFirst().orElseThrow();
        assertThat(after.start()).isNotEqualTo(before.start());
        assertThat(after.fingerprint(edited)).isEqualTo(before.fingerprint(body));
    }
}
