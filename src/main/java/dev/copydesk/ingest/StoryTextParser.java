package dev.copydesk.ingest;


import java.util.Optional;

import dev.copydesk.cleanup.Bylines;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.text.Body;

/**
 * Splits raw story text: the first non-empty line is the headline, a byline line right after it (or after a
 * repeated headline) the byline ({@link Bylines}: "By Jane Doe -", "Jane Doe, Reuters", …), the rest the body, kept exactly as received (its defects are the cleanup engine's business).
 * With an explicit title the whole text is the body. A byline further down the body is found by
 * {@link #bylineInBody}, which leaves the body alone.
 */
public final class StoryTextParser {

    private static final Bylines BYLINES = new Bylines();

    /** How many paragraphs at the top of the body may hold a byline: as many as the cleanup engine's byline rule reads. */
    static final int BYLINE_PARAGRAPHS = 3;

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
        // The byline is the first line after the headline, or after a repeated headline (which stays in the body
        // for the cleanup engine); it is moved to the byline field without the stray punctuation feeds leave on it.
        int candidateStart = rest;
        int candidateEnd = lineEnd(text, candidateStart);
        if (sameLine(text.substring(candidateStart, candidateEnd), headline)) {
            candidateStart = skipBlankLines(text, candidateEnd);
            candidateEnd = lineEnd(text, candidateStart);
        }
        var found = BYLINES.find(text.substring(candidateStart, candidateEnd), true);
        String bodyText;
        if (found.isPresent()) {
            byline = found.get();
            bodyText = text.substring(rest, candidateStart) + text.substring(skipBlankLines(text, candidateEnd));
        } else {
            bodyText = text.substring(rest);
        }
        String body = stripLeadingBlankLines(bodyText);
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

    /**
     * The byline in a line of its own among the first {@value #BYLINE_PARAGRAPHS} paragraphs of {@code body} (after
     * a repeated headline, a dateline, a photo caption …), cleaned by {@link Bylines} as the cleanup engine's byline
     * rule cleans it; empty if there is none. A paragraph that repeats the headline is not counted, since the engine
     * drops it before it looks. Only a paragraph that is wholly a byline counts ("By Jane Doe -", "Jane Doe,
     * Reuters"), never a sentence that starts with "By"; the "Jane Doe in London" shape, which a headline-like line
     * can take too, is left for the editor to accept. Paragraphs are the text model's ({@link Body#lines}), the
     * engine's too. The body is not changed.
     */
    static Optional<String> bylineInBody(String headline, String body) {
        if (body == null) {
            return Optional.empty();
        }
        String h = headline == null ? "" : headline.strip();
        int seen = 0;
        for (Body.Line line : Body.lines(body)) {
            String paragraph = body.substring(line.start(), line.end());
            if (!h.isEmpty() && sameLine(paragraph, h)) {
                continue;
            }
            if (seen++ >= BYLINE_PARAGRAPHS) {
                break;
            }
            Optional<String> found = BYLINES.find(paragraph, false);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Unifies line endings and drops a byte-order mark; nothing else is touched. */
    static String normalise(String text) {
        String t = text == null ? "" : text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean sameLine(String line, String headline) {
        return line.strip().replaceAll("\\s+", " ").equalsIgnoreCase(headline.replaceAll("\\s+", " "));
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
