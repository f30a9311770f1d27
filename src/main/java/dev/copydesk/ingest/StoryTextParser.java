package dev.copydesk.ingest;

import java.util.regex.Pattern;

import dev.copydesk.story.StoryLimits;

/**
 * Splits raw story text: the first non-empty line is the headline, a "By ..." line right after it the
 * byline, the rest the body, kept exactly as received (its defects are the cleanup engine's business).
 * With an explicit title the whole text is the body.
 */
public final class StoryTextParser {

    /** "By" and a capitalised name, optionally followed by a separator and a role or agency. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by)\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*|and|de|da|van|von|bin|al-\\p{L}+))*"
                    + "(?:\\s*[,|\u2013\u2014-].{0,80})?\\s*$");
    private static final int MAX_BYLINE_LINE = 120;

    private StoryTextParser() {
    }

    public record ParsedStory(String headline, String byline, String body) {
    }

    public static ParsedStory parse(String rawText, String title) {
        String text = normalise(rawText);
        if (text.isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY, "There is no text to import.");
        }
        if (title != null && !title.isBlank()) {
            return new ParsedStory(title.strip(), null, stripLeadingBlankLines(text));
        }
        int pos = skipBlankLines(text, 0);
        int headlineEnd = lineEnd(text, pos);
        String headline = text.substring(pos, headlineEnd).strip();
        int rest = skipBlankLines(text, headlineEnd);
        String byline = null;
        int bylineEnd = lineEnd(text, rest);
        String candidate = text.substring(rest, bylineEnd).strip();
        if (candidate.length() <= MAX_BYLINE_LINE && BYLINE.matcher(candidate).matches()) {
            byline = candidate;
            rest = bylineEnd;
        }
        String body = stripLeadingBlankLines(text.substring(rest));
        if (body.isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY,
                    "Only a headline was found. A story needs text below the headline.");
        }
        if (headline.length() > StoryLimits.MAX_HEADLINE_LENGTH) {
            throw new ImportException(ImportException.Reason.EMPTY, "The first line is too long to be a headline ("
                    + headline.length() + " characters; at most " + StoryLimits.MAX_HEADLINE_LENGTH
                    + "). Put the headline on a line of its own.");
        }
        return new ParsedStory(headline, byline, body);
    }

    /** Unifies line endings and drops a byte-order mark; nothing else is touched. */
    static String normalise(String text) {
        String t = text == null ? "" : text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** Moves past whole lines that hold only whitespace; returns the start of the next non-blank line. */
    private static int skipBlankLines(String text, int from) {
        int pos = from;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (!text.substring(pos, end).isBlank()) {
                return pos;
            }
            pos = end + 1;
        }
        return text.length();
    }

    private static String stripLeadingBlankLines(String text) {
        return text.substring(skipBlankLines(text, 0));
    }
}
