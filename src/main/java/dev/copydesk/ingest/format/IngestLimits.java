package dev.copydesk.ingest.format;

/**
 * Every limit the importers enforce, in one place (the README's "Import formats and limits" lists them). A
 * document or archive past one is refused with a message that names the limit; nothing of it is stored.
 */
public final class IngestLimits {

    /** One HTML or XML document (web pages carry far more markup than text: the largest test page is 1.6 MB). */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    /** Elements nested deeper than this are refused (a real NITF or NewsML-G2 item nests about 10 deep). */
    public static final int MAX_XML_DEPTH = 100;
    /** A ZIP upload as sent. */
    public static final int MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
    /** Entries in one archive, folders included. */
    public static final int MAX_ARCHIVE_ENTRIES = 500;
    /** All entries together, unpacked: an archive that expands past this is refused as a whole. */
    public static final long MAX_ARCHIVE_EXPANDED_BYTES = 100L * 1024 * 1024;
    /**
     * Unpacked size against packed size, for the archive as a whole and for each entry of over {@link
     * #RATIO_CHECK_FROM_BYTES}: text packs 3 to 10 times; a zip bomb packs thousands of times.
     */
    public static final int MAX_COMPRESSION_RATIO = 100;
    /** Entries smaller than this unpacked are not held to the ratio (a page of blanks packs very well). */
    public static final int RATIO_CHECK_FROM_BYTES = 64 * 1024;

    private IngestLimits() {
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
