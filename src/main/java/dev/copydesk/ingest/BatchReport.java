package dev.copydesk.ingest;

import java.util.List;

/**
 * What a batch import did, entry by entry: the stories it made, the entries it refused and why (the same messages
 * as a single import), and the folders and system files it skipped.
 */
public record BatchReport(List<Created> created, List<Refused> refused, List<String> skipped) {

    public BatchReport {
        created = List.copyOf(created);
        refused = List.copyOf(refused);
        skipped = List.copyOf(skipped);
    }

    /** An entry imported as story {@code id}, read as {@code format} ("NITF", "HTML", …), with its notes. */
    public record Created(String entry, long id, String title, String format, List<String> notes) {
    }

    /** An entry not imported, and what was wrong with it. */
    public record Refused(String entry, String message) {
    }

    /** Told after each entry: how many of how many are done, and the entry's name. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total, String entry);

        Progress NONE = (done, total, entry) -> { };
    }
}
