package dev.copydesk.cleanup;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * House style {@code AUTO}: a story is spelt the way its own words are. One that mixes American and British
 * spellings has the odd ones flagged, with the majority's form (British on a tie, the desk's default); a story
 * consistent in either variant gets no spelling flag for it.
 */
final class MixedSpellings extends StoryCheck {

    private final Rule rule = hint("mixed-spelling", FindingType.SPELLING);
    private final SpellingVariants variants;
    private final boolean auto;

    MixedSpellings(SpellingVariants variants, HouseStyle style) {
        this.variants = variants;
        this.auto = style == HouseStyle.AUTO;
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        if (!auto) {
            return;
        }
        SpellingVariants.Evidence evidence = variants.evidence(story.body());
        if (!evidence.mixed()) {
            return;
        }
        SpellingVariants.Variant majority = evidence.majority().orElse(SpellingVariants.Variant.BRITISH);
        String way = majority == SpellingVariants.Variant.AMERICAN ? "American" : "British";
        for (Block b : story.blocks()) {
            if (story.isRemoved(b.index())) {
                continue;
            }
            Matcher m = SpellingVariants.WORD.matcher(b.text());
            while (m.find()) {
                Optional<SpellingVariants.Form> f = variants.form(m.group());
                if (f.isPresent() && f.get().variant() != majority) {
                    out.add(rule.finding(b.start() + m.start(), b.start() + m.end(), "The story mixes American and "
                            + "British spelling and mostly spells the " + way + " way: \u201c" + f.get().other()
                            + "\u201d.", f.get().other(), 0.7));
                }
            }
        }
    }
}
