package dev.copydesk.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Publish-ready text: the body without its tagged passages (ads, boilerplate) and with one blank line between
 * paragraphs. Every export starts from this.
 */
public final class PublishText {

    private PublishText() {
    }

    public static String of(String body, List<Tag> tags) {
        List<int[]> spans = new ArrayList<>();
        tags.forEach(t -> spans.addAll(t.spans(body)));
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
        StringBuilder text = new StringBuilder(body);
        int lastStart = Integer.MAX_VALUE;
        for (int[] s : spans) {
            if (s[1] <= lastStart) {
                text.delete(s[0], s[1]);
                lastStart = s[0];
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
