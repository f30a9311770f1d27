package dev.copydesk.base;

/**
 * Makes a user-supplied string safe for one log line: quoted, control and line-separator characters shown as
 * escapes, and cut to a length a log reader can take in, so a source or file name can never forge or split a
 * log line. Log ids as they are; pass everything a user typed through here.
 */
public final class LogText {

    /** Longest value shown, in code points, before it is cut with an ellipsis. */
    public static final int MAX_LENGTH = 80;

    private LogText() {
    }

    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder().append('"');
        int[] codePoints = value.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (i == MAX_LENGTH) {
                out.append('\u2026');
                break;
            }
            int c = codePoints[i];
            switch (c) {
                case '"', '\\' -> out.append('\\').appendCodePoint(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean unsafe = Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85
                            || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.FORMAT;
                    if (unsafe) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
