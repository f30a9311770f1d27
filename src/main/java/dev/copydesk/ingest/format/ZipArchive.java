package dev.copydesk.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import dev.copydesk.ingest.ImportException;

/**
 * Opens a ZIP archive in memory, all of it before anything is imported, so that a damaged or hostile archive stores
 * nothing. Sizes are counted as the bytes unpack, never taken from the entry headers (which a zip bomb fakes): the
 * archive is refused as a whole past {@link IngestLimits#MAX_ARCHIVE_ENTRIES} entries, {@link
 * IngestLimits#MAX_ARCHIVE_EXPANDED_BYTES} unpacked, or {@link IngestLimits#MAX_COMPRESSION_RATIO} times its own size.
 * An entry's name is only ever a label: nothing is written to disk, so "../" in a name (zip slip) reaches no file.
 * Entries that cannot be stories are listed with the reason: nested archives (not opened), empty files, entries past
 * the size of one document; folders and system files (macOS {@code __MACOSX/}, {@code .DS_Store}) are skipped.
 */
public final class ZipArchive {

    /** An entry: its name as the archive gives it (cleaned for display), its bytes, or why it is not read. */
    public record Entry(String name, byte[] bytes, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** The entries in archive order, and the names skipped as folders or system files. */
    public record Contents(List<Entry> entries, List<String> skipped) {
    }

    private ZipArchive() {
    }

    public static Contents open(byte[] archive) {
        if (archive.length > IngestLimits.MAX_ARCHIVE_BYTES) {
            throw ImportException.tooLarge("The archive is larger than "
                    + IngestLimits.megabytes(IngestLimits.MAX_ARCHIVE_BYTES) + ", the most Copydesk accepts at once. "
                    + "Split it into smaller archives.");
        }
        try {
            return open(archive, StandardCharsets.UTF_8);
        } catch (NameEncodingException e) {
            // Older Windows tools write names in the DOS code page without saying so; names marked UTF-8 stay UTF-8.
            return open(archive, Charset.forName("IBM437"));
        }
    }

    /** An entry name that is not valid in the charset tried. */
    private static final class NameEncodingException extends RuntimeException {
        NameEncodingException(Throwable cause) {
            super(cause);
        }
    }

    private static Contents open(byte[] archive, Charset names) {
        List<Entry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long expanded = 0;
        int seen = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), names)) {
            ZipEntry e;
            while ((e = nextEntry(zip)) != null) {
                if (++seen > IngestLimits.MAX_ARCHIVE_ENTRIES) {
                    throw ImportException.tooLarge("The archive has more than " + IngestLimits.MAX_ARCHIVE_ENTRIES
                            + " entries, the most Copydesk imports at once. Split it into smaller archives.");
                }
                String name = displayName(e.getName());
                boolean skip = e.isDirectory() || systemFile(e.getName());
                if (skip) {
                    skipped.add(name);
                }
                // A skipped entry is unpacked all the same (the stream must pass it), so it counts like any other.
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean tooBig = skip;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    expanded += n;
                    if (expanded > IngestLimits.MAX_ARCHIVE_EXPANDED_BYTES) {
                        throw bomb("unpacks to more than "
                                + IngestLimits.megabytes(IngestLimits.MAX_ARCHIVE_EXPANDED_BYTES));
                    }
                    if (expanded > IngestLimits.RATIO_CHECK_FROM_BYTES
                            && expanded > (long) IngestLimits.MAX_COMPRESSION_RATIO * archive.length) {
                        throw bomb("unpacks to more than " + IngestLimits.MAX_COMPRESSION_RATIO
                                + " times its own size");
                    }
                    if (!tooBig) {
                        if (out.size() + n > IngestLimits.MAX_DOCUMENT_BYTES) {
                            tooBig = true; // go on reading, so the archive's totals still count this entry
                            out = new ByteArrayOutputStream();
                        } else {
                            out.write(buffer, 0, n);
                        }
                    }
                }
                if (skip) {
                    continue;
                }
                long packed = e.getCompressedSize();
                if (!tooBig && out.size() > IngestLimits.RATIO_CHECK_FROM_BYTES && packed > 0
                        && out.size() > (long) IngestLimits.MAX_COMPRESSION_RATIO * packed) {
                    throw bomb("has an entry (" + name + ") that unpacks to more than "
                            + IngestLimits.MAX_COMPRESSION_RATIO + " times its packed size");
                }
                byte[] bytes = out.toByteArray();
                String refusal = tooBig ? "larger than " + IngestLimits.megabytes(IngestLimits.MAX_DOCUMENT_BYTES)
                        + " unpacked, the most Copydesk reads as one story"
                        : bytes.length == 0 ? "the file is empty"
                        : nested(e.getName(), bytes) ? "an archive inside the archive; Copydesk does not open nested "
                                + "archives, so add its files to the outer archive instead"
                        : null;
                entries.add(new Entry(name, refusal == null ? bytes : null, refusal));
            }
        } catch (ZipException ex) {
            throw damaged(ex);
        } catch (IOException ex) {
            throw damaged(ex);
        }
        if (entries.isEmpty() && skipped.isEmpty()) {
            throw ImportException.malformed("The ZIP archive is empty, or not a ZIP archive: no entry could be read.");
        }
        // The stream stops quietly at a cut-off header; the directory at the end says how many entries there are.
        int listed = listedEntries(archive);
        if (listed < 0 || listed != 0xFFFF && listed != seen) {
            throw damaged(new ZipException(listed < 0 ? "its end record is missing"
                    : "its directory lists " + listed + " entries, " + seen + " could be read"));
        }
        return new Contents(List.copyOf(entries), List.copyOf(skipped));
    }

    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) { // a name that is not valid in the charset tried
            throw new NameEncodingException(e);
        } catch (ZipException e) {
            if (e.getMessage() != null && e.getMessage().contains("bad entry name")) { // the JDK's word for the same
                throw new NameEncodingException(e);
            }
            throw e;
        }
    }

    /**
     * The entry count of the end-of-central-directory record (searched back from the end, past a comment of up to
     * 64 KB), 0xFFFF for ZIP64, or -1 if there is none.
     */
    private static int listedEntries(byte[] b) {
        int stop = Math.max(0, b.length - 22 - 0xFFFF);
        for (int i = b.length - 22; i >= stop; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return (b[i + 10] & 0xff) | (b[i + 11] & 0xff) << 8;
            }
        }
        return -1;
    }

    private static ImportException bomb(String what) {
        return ImportException.tooLarge("The archive " + what + ", so it was refused as a whole (a \"zip bomb\" "
                + "looks like that). Nothing was imported.");
    }

    private static ImportException damaged(IOException e) {
        return ImportException.malformed("The ZIP archive is damaged or cut short, so nothing was imported ("
                + (e.getMessage() == null ? "no detail" : e.getMessage()) + "). Make the archive again and upload it.");
    }

    private static boolean systemFile(String name) {
        String n = name.replace('\\', '/');
        String last = n.substring(n.lastIndexOf('/') + 1);
        return n.startsWith("__MACOSX/") || n.contains("/__MACOSX/") || last.startsWith(".") || last.equals("Thumbs.db")
                || last.equalsIgnoreCase("desktop.ini");
    }

    private static boolean nested(String name, byte[] bytes) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean zipMagic = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        return zipMagic || gzip || n.endsWith(".zip") || n.endsWith(".gz") || n.endsWith(".tgz") || n.endsWith(".7z")
                || n.endsWith(".rar") || n.endsWith(".tar");
    }

    /** The name as a label: control characters out, at most 200 characters. */
    static String displayName(String name) {
        String n = name == null ? "" : name.replaceAll("\\p{Cntrl}", "");
        return n.length() > 200 ? n.substring(0, 200) + "\u2026" : n;
    }
}
