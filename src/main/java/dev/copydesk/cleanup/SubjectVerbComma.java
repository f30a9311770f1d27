package dev.copydesk.cleanup;

import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.Categories;
import org.languagetool.rules.RuleMatch;

/**
 * A comma between a subject and its verb: "Although the deal brokered by both sides, went into effect". A LanguageTool
 * rule of Copydesk's own, run on LanguageTool's tagged sentence: the sentence's first comma follows a clause with a
 * noun and no verb that can only be finite, and is followed by a word that can only be a finite verb. A pair of
 * commas around an insertion ("The deal, brokered by …, went") is left alone, because "brokered" may be a participle,
 * and so is "In London, police said", where a noun follows. A hint that removes the comma.
 */
final class SubjectVerbComma extends org.languagetool.rules.Rule {

    static final String ID = "COPYDESK_COMMA_SUBJECT_VERB";
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** Marks that end a plain noun phrase before the comma (the rule runs on every sentence: no regex a token). */
    private static final Set<String> BREAKS = Set.of(";", ":", "(", ")", "\u2013", "\u2014", "\"", "\u201C", "\u201D", "-");
    private static final Set<String> LIST_WORDS = Set.of("and", "or");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    SubjectVerbComma(ResourceBundle messages) {
        super(messages);
        setCategory(Categories.PUNCTUATION.getCategory(messages));
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDescription() {
        return "Comma between the subject and its verb";
    }

    @Override
    public RuleMatch[] match(AnalyzedSentence sentence) {
        AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
        boolean noun = false;
        for (int i = 1; i + 1 < tokens.length; i++) {
            AnalyzedTokenReadings t = tokens[i];
            if (t.getToken().equals(",")) {
                AnalyzedTokenReadings next = tokens[i + 1];
                if (noun && i >= 3 && verbAfter(tokens, i + 1)) {
                    AnalyzedTokenReadings before = tokens[i - 1];
                    RuleMatch m = new RuleMatch(this, sentence, before.getStartPos(), t.getEndPos(),
                            "A comma between the subject and its verb (\u2026 " + before.getToken() + ", " + next.getToken()
                                    + "): write <suggestion>" + before.getToken() + "</suggestion> without it.");
                    return toRuleMatchArray(List.of(m));
                }
                return new RuleMatch[0]; // only the sentence's first comma
            }
            if (onlyFinite(t) || auxiliary(t) || t.hasPosTagStartingWith("MD") || t.hasPosTag("PRP") || t.hasPosTag("TO")
                    || BREAKS.contains(t.getToken())) {
                return new RuleMatch[0]; // a clause with its own verb, or not a plain noun phrase
            }
            noun |= t.hasPosTagStartingWith("NN");
        }
        return new RuleMatch[0];
    }

    /**
     * The word after the comma is the verb: it can only be a finite verb ("went"), or it may be one and no adjective
     * ("rose", "meets", "declined"; not "a varied, complex terrain"), the sentence opens with its subject (a
     * determiner or a noun, not "In London,") and no second comma follows (that would close an insertion: "The deal,
     * brokered by …, went") nor "and" or "or" (a list: "cats, dogs and birds").
     */
    private static boolean verbAfter(AnalyzedTokenReadings[] tokens, int at) {
        AnalyzedTokenReadings next = tokens[at];
        if (onlyFinite(next)) {
            return true;
        }
        boolean mayBeFinite = FINITE.stream().anyMatch(next::hasPosTag);
        if (!mayBeFinite || next.hasPosTagStartingWith("JJ") || next.hasPosTagStartingWith("DT") || next.hasPosTagStartingWith("PRP") || next.hasPosTag("IN")
                || next.hasPosTag("CC") || next.hasPosTag("NNP") || next.hasPosTag("MD")) {
            return false;
        }
        for (int k = at + 1; k < Math.min(tokens.length, at + 5); k++) {
            if (LIST_WORDS.contains(tokens[k].getToken())) {
                return false; // a list: "cats, dogs and birds", "silver plates, dried fruit or sweets"
            }
        }
        if (next.hasPosTag("VBN") && at + 1 < tokens.length && tokens[at + 1].hasPosTag("IN")) {
            return false; // a participle's phrase: "…, compared to", "…, based on"
        }
        // "In London, police said", "Writing in the journal, Fan puts": after a fronted phrase a clause starts; a
        // subject starts with a determiner or a noun
        AnalyzedTokenReadings first = tokens[1];
        if (first.hasPosTag("IN") || first.hasPosTagStartingWith("RB") || first.hasPosTag("VBG")
                || !(first.hasPosTagStartingWith("DT") || first.hasPosTagStartingWith("NN"))) {
            return false;
        }
        for (int k = at + 1; k < tokens.length; k++) {
            if (tokens[k].getToken().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** A form of "be", "have" or "do": the clause before the comma has its own verb ("had placed huge, sculpted …"). */
    private static boolean auxiliary(AnalyzedTokenReadings t) {
        return t.getReadings().stream().anyMatch(r -> r.getLemma() != null && r.getPOSTag() != null
                && r.getPOSTag().startsWith("VB") && AUXILIARIES.contains(r.getLemma()));
    }

    /** Every reading of the word is a finite verb: "went"; not "brokered" (also a participle) or "deal". */
    private static boolean onlyFinite(AnalyzedTokenReadings t) {
        List<AnalyzedToken> readings = t.getReadings().stream().filter(r -> r.getPOSTag() != null
                && !r.getPOSTag().startsWith("SENT") && !r.getPOSTag().equals("PCT")).toList();
        return !readings.isEmpty() && readings.stream().allMatch(r -> FINITE.contains(r.getPOSTag()));
    }
}
