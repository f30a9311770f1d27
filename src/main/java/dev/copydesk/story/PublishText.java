package dev.copydesk.story;

import java.util.List;

import dev.copydesk.text.Body;

/**
 * Publish-ready text: the body without its tagged blocks (ads, boilerplate), one blank line between paragraphs.
 * Every export starts from this.
 */
public final class PublishText {

    private PublishText() {
    }

    public static String of(String body, List<Tag> tags) {
        return BlockTags.apply(Body.parse(body), tags).publishText();
    }

    /** The same text as its paragraphs, as the export renderers take them. */
    public static List<String> paragraphs(String body, List<Tag> tags) {
        return BlockTags.apply(Body.parse(body), tags).publishParagraphs();
    }
}
