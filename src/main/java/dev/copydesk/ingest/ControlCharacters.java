package dev.copydesk.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * C0 control characters (NUL, BEL, ESC, …; tab, line feed, carriage return and form feed are text) inside
 * imported text. A few are debris from wire systems and scrapers: they are removed and the import report says
 * which and where. A text made largely of them is binary, and refused with a message that names them.
 */
final class ControlCharacters {

    /** Up to this many, or this share of the text in percent, a text is still a story with debris in it. */
    private static final int FEW = 16;
    private static final int MAX_SHARE_PERCENT = 2;

    private ControlCharacters() {
    }

    /** The text without control characters, and a note for the import report, or null if there were none. */
    record Cleaned(String text, String note) {
    }

    static Cleaned remove(String text) {
        Map<Character, Integer> counts = new TreeMap<>();
        StringBuilder kept = new StringBuilder(text.length());
        int line = 1;
        int column = 0;
        String first = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (isControl(c)) {
                counts.merge(c, 1, Integer::sum);
                if (first == null) {
                    first = "line " + line + ", column " + column;
                }
                continue;
            }
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 0;
            }
            kept.append(c);
        }
        if (counts.isEmpty()) {
            return new Cleaned(text, null);
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String named = counts.entrySet().stream().map(e -> name(e.getKey()) + " \u00d7" + e.getValue())
                .collect(Collectors.joining(", "));
        if (total > FEW && total * 100L > (long) text.length() * MAX_SHARE_PERCENT) {
            throw new ImportException(ImportException.Reason.CONTROL_CHARACTERS, "The text holds " + total
                    + " control characters (" + named + "), too many for a story: it looks like binary data. "
                    + "Save it as plain text and try again.");
        }
        return new Cleaned(kept.toString(), "Removed " + total + (total == 1 ? " control character" : " control characters")
                + " (" + named + "), the first at " + first + ".");
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    /** E.g. "U+0000 NULL", so the note says exactly what was there. */
    private static String name(char c) {
        return String.format("U+%04X %s", (int) c, Character.getName(c));
    }
}
