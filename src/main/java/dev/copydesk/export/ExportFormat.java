package dev.copydesk.export;

import java.util.Locale;

/** The formats Copydesk exports, with their media types and file extensions. */
public enum ExportFormat {
    TEXT("text/plain;charset=UTF-8", "txt"),
    HTML("text/html;charset=UTF-8", "html"),
    MARKDOWN("text/markdown;charset=UTF-8", "md"),
    NITF("application/xml;charset=UTF-8", "xml"),
    NINJS("application/json;charset=UTF-8", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by {@code name} (any case), or an error that lists the formats there are. */
    public static ExportFormat parse(String name) {
        try {
            return valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownFormatException("Unknown export format \u201c" + name
                    + "\u201d; use text, html, markdown, nitf or ninjs.");
        }
    }

    /** An export format nobody offers. */
    public static class UnknownFormatException extends RuntimeException {
        UnknownFormatException(String message) {
            super(message);
        }
    }
}
