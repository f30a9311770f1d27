package dev.copydesk.ingest.source;

/** How long to wait after the n-th failure in a row: 1, 2, 4 … minutes, at most six hours. */
final class Backoff {

    static final long MAX_SECONDS = 6 * 3600;

    private Backoff() {
    }

    static long seconds(int failures) {
        int n = Math.clamp(failures, 1, 20);
        return Math.min(MAX_SECONDS, 60L << (n - 1));
    }

    /** An error message cut to its column. */
    static String cut(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= 1000 ? s : s.substring(0, 999) + "\u2026";
    }
}
