package dev.copydesk.ingest.format;

/** What an upload is, as {@link Formats} decides it. */
public enum Format {
    TEXT("plain text"),
    HTML("a web page"),
    NITF("an NITF document"),
    NEWSML("a NewsML-G2 news item"),
    ZIP("a ZIP archive");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    /** "a web page", for messages. */
    public String label() {
        return label;
    }
}
