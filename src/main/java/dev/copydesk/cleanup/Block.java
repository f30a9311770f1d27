package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.List;

import dev.copydesk.text.Body;

/**
 * A non-empty line of the body with its offsets. Wire copy marks paragraphs inconsistently (one newline,
 * two, three), so every non-empty line is analysed as a paragraph of its own.
 */
record Block(int index, int start, int end, String text) {

    /** The body's paragraphs by the text model's one rule ({@link Body#lines}), offsets into {@code body}. */
    static List<Block> split(String body) {
        List<Block> blocks = new ArrayList<>();
        for (Body.Line line : Body.lines(body)) {
            blocks.add(new Block(blocks.size(), line.start(), line.end(), body.substring(line.start(), line.end())));
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
