package dev.copydesk.cleanup;

import java.util.Set;

/**
 * The lines a source sends with many of its stories (its own boilerplate), as the desk learned them; the engine
 * flags them in new stories from that source. Kept outside the engine (in the database); none by default.
 */
public interface LearnedLines {

    /** The learned lines of {@code source}, each normalised ({@link #normalise}); empty for an unknown source. */
    Set<String> of(String source);

    /** How a line is compared: lower case, runs of white space as one space, trimmed (as every block is compared). */
    static String normalise(String line) {
        return Text.normalise(line);
    }
}
