package dev.copydesk.story;

import java.util.ArrayList;
import java.util.List;

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
        int pos = 0;
        while (pos <= body.length()) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            if (body.substring(pos, end).strip().equals(text.strip()) && !text.isBlank()) {
                out.add(new int[] {pos, end});
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
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
