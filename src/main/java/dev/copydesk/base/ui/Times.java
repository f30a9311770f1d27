package dev.copydesk.base.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the views show a moment, in the server's zone: one set of formats for every screen. */
public final class Times {

    /** A date and time with seconds, for histories and comments. */
    public static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    /** A date and time without seconds, for queues and lists of decisions. */
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    /** The time of day, for today's locks and drafts. */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private Times() {
    }
}
