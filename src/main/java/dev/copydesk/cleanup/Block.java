package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-empty line of the body with its offsets. Wire copy marks paragraphs inconsistently (one newline,
 * two, three), so every non-empty line is analysed as a paragraph of its own.
 */
record Block(int index, int start, int end, String text) {

    static List<Block> split(String body) {
        List<Block> blocks = new ArrayList<>();
        int pos = 0;
        int n = body.length();
        while (pos < n) {
            int nl = body.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            if (!body.substring(pos, lineEnd).isBlank()) {
                blocks.add(new Block(blocks.size(), pos, lineEnd, body.substring(pos, lineEnd)));
            }
            pos = lineEnd + 1;
        }
        return blocks;
    }

    /** The text with runs of whitespace as one space, trimmed and lower-cased: for equality tests. */
    String normalised() {
        return Text.normalise(text);
    }

    int wordCount() {
        return Text.words(text).size();
    }
}
