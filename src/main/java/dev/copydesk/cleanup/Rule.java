package dev.copydesk.cleanup;

import java.util.Objects;

/**
 * One rule of the cleanup engine as its users see it: the id its findings carry (and editors' decisions are
 * keyed by), the type of problem it reports, whether autoclean may apply its fixes, and what accepting one does
 * to the story. The editor's revision messages and the review gate read these instead of parsing ids.
 * LanguageTool's rules appear as {@code LT:<its id>}.
 */
public record Rule(String id, FindingType type, Nature nature, Effect effect) {

    /** What a rule's findings are. Each finding still says for itself ({@link Finding#safe()}, {@link Finding#query()}). */
    public enum Nature {
        /**
         * Autoclean may apply its fixes without review. A case that needs judgement (a repeated question,
         * LanguageTool offering several suggestions) comes as a hint instead.
         */
        SAFE,
        /** A suggestion with a fix that an editor accepts or not; "accept all suggestions" takes it. */
        HINT,
        /**
         * A suggestion only a person can weigh (a possible restatement, an unmarked promo line, two words that may be
         * a name): shown with its fix, but "accept all suggestions" leaves it.
         */
        JUDGEMENT,
        /** A question for the editor, with nothing to apply. */
        QUERY
    }

    /** What accepting a finding does to the story, in the words of a revision message. */
    public enum Effect {
        REMOVES_REPEATED_HEADLINE, REMOVES_AD, REMOVES_BOILERPLATE, REMOVES_REPETITION,
        FIXES_SPACING, FIXES_PUNCTUATION, FIXES_SPELLING, FIXES_GRAMMAR, FIXES_STYLE,
        /** Takes the byline out of the body into the byline field ({@link Autoclean.Result#byline()}). */
        MOVES_BYLINE;

        /** The effect a rule of this type has, unless it says otherwise. */
        public static Effect of(FindingType type) {
            return switch (type) {
                case DUPLICATE -> REMOVES_REPETITION;
                case AD_INSERT -> REMOVES_AD;
                case BOILERPLATE -> REMOVES_BOILERPLATE;
                case SPACING -> FIXES_SPACING;
                case PUNCTUATION -> FIXES_PUNCTUATION;
                case SPELLING -> FIXES_SPELLING;
                case GRAMMAR -> FIXES_GRAMMAR;
                case STYLE -> FIXES_STYLE;
            };
        }
    }

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(effect, "effect");
    }

    /** A rule whose effect follows its type. */
    public Rule(String id, FindingType type, Nature nature) {
        this(id, type, nature, Effect.of(type));
    }

    public boolean safe() {
        return nature == Nature.SAFE;
    }

    /** A finding of this rule's nature ({@code replacement == null}: delete the span; a query has none). */
    Finding finding(int start, int end, String message, String replacement, double confidence) {
        return new Finding(this, start, end, message, nature == Nature.QUERY ? null : replacement, confidence,
                nature == Nature.SAFE, nature == Nature.QUERY);
    }

    /** A finding of a safe rule that, this time, waits for an editor. */
    Finding hintFinding(int start, int end, String message, String replacement, double confidence) {
        return new Finding(this, start, end, message, replacement, confidence, false, false);
    }
}
