package dev.copydesk.ingest.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test fixtures from src/test/resources/ingest, and ZIP archives built in memory. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP of name/content pairs; a content of {@code byte[]} is stored as it is, a String as UTF-8. */
    public static byte[] zip(Object... namesAndContents) {
        var out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                String name = (String) namesAndContents[i];
                Object content = namesAndContents[i + 1];
                zip.putNextEntry(new ZipEntry(name));
                if (content instanceof byte[] b) {
                    zip.write(b);
                } else if (content != null) {
                    zip.write(utf8((String) content));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
