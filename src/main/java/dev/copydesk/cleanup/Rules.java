package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copydesk's own rules, built by each engine: the checks in the order they run (the order decides which of two
 * findings on the same span comes first) and their {@link Rule}s by id. LanguageTool's rules are the
 * {@link GrammarChecker}'s.
 */
final class Rules {

    /** Whole-story structure: runs on every text; some of these delete whole blocks that later checks skip. */
    private final List<StoryCheck> structure;
    /** One paragraph at a time, on any language. */
    private final List<ParagraphCheck> anyLanguage;
    /** One paragraph at a time, English only. */
    private final List<ParagraphCheck> english;
    /** Across the story, English only: consistency, attributions, quotes, restatements. */
    private final List<StoryCheck> englishStory;
    private final Map<String, Rule> byId = new LinkedHashMap<>();
    /** The variants' word pairs, which LanguageTool's spelling findings are read against. */
    private final SpellingVariants spelling;
    private final StoryNames names;
    private final Map<String, List<String>> wordLists;

    Rules(HouseStyle style) {
        WordLists lists = new WordLists();
        structure = List.of(new ControlCharacters(), new RepeatedHeadline(), new Byline(lists), new AdInserts(lists),
                new Boilerplate(lists), new PageChrome(), new RepeatedParagraphs(), new RepeatedSentences(), new ParagraphBreaks(lists));
        anyLanguage = List.of(new Spacing(), new MissingSpaces(lists));
        english = List.of(new TruncatedAbbreviations(lists, style), new DemonymPossessives(lists),
                new DoubleConnectives(lists), new WordyPhrases(lists), new PhrasePatterns(lists), new TitleCase(lists),
                new HonorificLowercase(lists), new UnattributedOpinion(lists));
        spelling = new SpellingVariants(lists);
        englishStory = List.of(new GluedTags(lists), new GluedWords(lists), new HonorificStyle(lists, style), new DanglingAttributions(lists),
                new MissingFinalStop(lists), new UnbalancedQuotes(lists), new Rewordings(lists), new MixedSpellings(spelling, style));
        names = new StoryNames(lists);
        for (Rule rule : all()) {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalStateException("Two rules with the id " + rule.id());
            }
        }
        wordLists = lists.read();
    }

    /** Every rule of every check, in the order the checks run. */
    List<Rule> all() {
        return Stream.<List<? extends Check>>of(structure, anyLanguage, english, englishStory).flatMap(List::stream)
                .flatMap(check -> check.rules().stream()).toList();
    }

    Optional<Rule> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The word lists the checks read, by name. */
    Map<String, List<String>> wordLists() {
        return wordLists;
    }

    /** The structure checks; they mark the blocks they delete in {@code story}. */
    void checkStructure(StoryText story, List<Finding> out) {
        structure.forEach(check -> check.check(story, out));
    }

    /** Findings for one paragraph, offsets relative to it. */
    List<Finding> checkParagraph(String paragraph, boolean isEnglish) {
        List<Finding> out = new ArrayList<>();
        anyLanguage.forEach(check -> check.check(paragraph, out));
        if (isEnglish) {
            english.forEach(check -> check.check(paragraph, out));
        }
        return out;
    }

    SpellingVariants spelling() {
        return spelling;
    }

    StoryNames names() {
        return names;
    }

    /** The English whole-story checks, after the structure checks have marked what they delete. */
    void checkEnglishStory(StoryText story, List<Finding> out) {
        englishStory.forEach(check -> check.check(story, out));
    }
}
