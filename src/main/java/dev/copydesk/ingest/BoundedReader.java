package dev.copydesk.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a stream into memory, counting bytes as they arrive and giving up as soon as a limit is passed. */
public final class BoundedReader {

    private BoundedReader() {
    }

    public static byte[] readAtMost(InputStream in, int maxBytes) {
        return readAtMost(in, maxBytes, null);
    }

    /** As {@link #readAtMost(InputStream, int)}; past the limit, {@code tooLarge} is the message (null: a story's). */
    public static byte[] readAtMost(InputStream in, int maxBytes, String tooLarge) {
        var out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > maxBytes) {
                    throw tooLarge == null ? tooLarge(maxBytes)
                            : new ImportException(ImportException.Reason.TOO_LARGE, tooLarge);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
        return out.toByteArray();
    }

    static ImportException tooLarge(int maxBytes) {
        return new ImportException(ImportException.Reason.TOO_LARGE,
                "The story is larger than " + maxBytes / 1024 + " KB, the most Copydesk accepts. "
                        + "Split it or trim it and try again.");
    }
}
