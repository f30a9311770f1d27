package dev.copydesk.story;

import java.util.ArrayList;
import java.util.List;

import dev.copydesk.text.Body;

/**
 * A tagged passage, identified by its text rather than its offsets, so it survives edits elsewhere in the
 * story. It covers every paragraph equal to its text, or else the first place the text occurs.
 */
public record Tag(TagKind kind, String text) {

    public Tag {
        if (kind == null || text == null || text.isBlank()) {
            throw new InvalidStoryException("A tag needs a kind and some text.");
        }
    }

    /** Where this tag lies in a body: [start, end) pairs; empty if the tagged text is gone. */
    public List<int[]> spans(String body) {
        List<int[]> out = new ArrayList<>();
        String wanted = Body.canonical(text);
        for (Body.Line line : Body.lines(body)) { // the text model's one rule for what a paragraph is
            if (Body.canonical(body.substring(line.start(), line.end())).equals(wanted)) {
                out.add(new int[] {line.start(), line.end()});
            }
        }
        if (out.isEmpty()) {
            int at = body.indexOf(text);
            if (at >= 0) {
                out.add(new int[] {at, at + text.length()});
            }
        }
        return out;
    }
}
