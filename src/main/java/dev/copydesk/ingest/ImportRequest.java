package dev.copydesk.ingest;

/**
 * How to read one upload: the {@code Content-Type} it was sent with and its file name (either may be null; the
 * bytes decide then), the source the person named (may be blank), the source to use when neither they nor the
 * document name one, and a headline that overrides the document's (may be null).
 */
public record ImportRequest(String contentType, String fileName, String source, String fallbackSource,
        String title) {
}
