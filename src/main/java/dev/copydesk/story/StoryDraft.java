package dev.copydesk.story;

/**
 * A story to create: its parts as split by the importer, plus the raw text as received, which is kept
 * unchanged beside revision 1.
 */
public record StoryDraft(String headline, String byline, String source, String body, String rawText) {
}
