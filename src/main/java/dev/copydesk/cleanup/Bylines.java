package dev.copydesk.cleanup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline line in the shapes feeds and pages use: "By Jane Doe -", "BY JANE DOE", "By Jane Doe and John
 * Roe |", "By Jane Doe, Health Editor", "By Jane Doe (dpa)", "Written by Jane Doe", "Jane Doe, Reuters",
 * "Jane Doe | AP", "Jane Doe in London"; and gives it back clean, without the stray punctuation after it. The import
 * and the cleanup engine share it, so a byline lands in the byline field either way.
 */
public final class Bylines {

    private static final int MAX_CHARS = 120;
    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019.-]*";
    private static final String PARTICLE = "(?:de|da|di|du|van|von|der|den|la|le|al|bin|ben|ter|dos|das|del)";
    /** Two to four capitalised words, particles allowed between them. */
    private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + "){1,3}";
    private static final String NAMES = NAME + "(?:\\s*(?:,|&|\\band\\b|\\bAND\\b)\\s*" + NAME + ")*";
    private static final String TRAILING = "[\\s\u00A0]*[-\u2013\u2014,:;|/]*[\\s\u00A0]*";
    private static final Pattern BY = Pattern.compile("(?:[Bb]y|BY|(?:[Ww]ritten|[Ww]ords|[Rr]eporting|WRITTEN|WORDS)"
            + "\\s+(?:by|BY))\\s+(" + NAMES + ")((?:\\s*[,|\u2013\u2014/-]\\s*[\\p{L}][\\p{L} &'\u2019.-]{1,60})?"
            + "(?:\\s*\\([\\p{L} .&-]{2,40}\\))?)" + TRAILING);

    private final Pattern withAgency;
    private final Pattern inCity;

    public Bylines() {
        this(new WordLists());
    }

    Bylines(WordLists lists) {
        String agencies = WordLists.alternation(lists.list("news-agencies"));
        withAgency = Pattern.compile("(" + NAMES + ")\\s*[,|\u2013\u2014/]\\s*(?:" + agencies + ")" + TRAILING);
        inCity = Pattern.compile("(" + NAME + ")\\s+in\\s+(" + WORD + "(?:\\s+" + WORD + "){0,2})" + TRAILING);
    }

    /** The byline this line is, cleaned; empty if it is not one. {@code nearTop}: a name "in City" counts there only. */
    public Optional<String> find(String line, boolean nearTop) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS || t.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Matcher m = BY.matcher(t);
        if (m.matches() || withAgency.matcher(t).matches() || nearTop && inCity.matcher(t).matches()) {
            return Optional.of(clean(t));
        }
        return Optional.empty();
    }

    /** The byline without the stray punctuation feeds leave after it ("By Jane Doe -" is "By Jane Doe"). */
    public static String clean(String byline) {
        return byline.strip().replaceAll("[\\s\u00A0]*[-\u2013\u2014,:;|/]+$", "").strip();
    }
}
