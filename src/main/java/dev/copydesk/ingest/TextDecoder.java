package dev.copydesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into text. Understands UTF-8 (with or without BOM), UTF-16 with BOM and
 * Windows-1252; refuses binary files and broken UTF-8 with a message instead of guessing.
 */
public final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decoded text and the encoding it was read as. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportException(ImportException.Reason.EMPTY, "The file is empty.");
        }
        Decoded decoded = decodeByBomOrContent(bytes);
        rejectControlCharacters(decoded.text());
        return decoded;
    }

    private static Decoded decodeByBomOrContent(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(b, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 (BOM)");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16"), "UTF-16BE (BOM)");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16"), "UTF-16LE (BOM)");
        }
        String kind = binaryKind(b);
        if (kind != null) {
            throw new ImportException(ImportException.Reason.NOT_TEXT,
                    "This is not a plain-text file (it looks like " + kind + "). Save the story as .txt and upload that.");
        }
        try {
            return new Decoded(decodeStrict(b, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (hasUtf8MultiByteSequence(b)) {
                // Part of the file is UTF-8, part is not: guessing would garble names and quotes.
                throw new ImportException(ImportException.Reason.INVALID_ENCODING,
                        "The file is mostly UTF-8 but has invalid bytes near byte " + firstInvalidUtf8(b)
                                + ". Re-save it as UTF-8 and try again.");
            }
            try {
                return new Decoded(decodeStrict(b, 0, WINDOWS_1252), "Windows-1252");
            } catch (CharacterCodingException notCp1252) {
                throw new ImportException(ImportException.Reason.INVALID_ENCODING,
                        "The file is neither UTF-8 nor Windows-1252 text. Re-save it as UTF-8 and try again.");
            }
        }
    }

    private static String strict(byte[] b, int offset, Charset charset, String name) {
        try {
            return decodeStrict(b, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportException.Reason.INVALID_ENCODING,
                    "The file starts with a " + name + " marker but contains invalid " + name
                            + " bytes. Re-save it as UTF-8 and try again.");
        }
    }

    private static String decodeStrict(byte[] b, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                .toString();
    }

    /** NUL bytes or well-known file signatures mean binary; text files have neither. */
    private static String binaryKind(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive or Word document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Word or Excel document";
        }
        int scan = Math.min(b.length, 8192);
        for (int i = 0; i < scan; i++) {
            if (b[i] == 0) {
                return "binary data, or UTF-16 text without a byte-order mark";
            }
        }
        return null;
    }

    /** Text may hold tabs, line breaks and form feeds; other C0 controls in bulk mean binary junk. */
    private static void rejectControlCharacters(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ImportException(ImportException.Reason.NOT_TEXT,
                        "The text contains NUL characters; it looks like binary data, not a story.");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > 0 && controls * 100 > text.length()) {
            throw new ImportException(ImportException.Reason.NOT_TEXT,
                    "The text is full of control characters; it looks like binary data, not a story.");
        }
    }

    private static boolean hasUtf8MultiByteSequence(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            int lead = b[i] & 0xFF;
            int len = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
            if (len > 0 && i + len <= b.length && continuationBytes(b, i + 1, len - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuationBytes(byte[] b, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((b[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int firstInvalidUtf8(byte[] b) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(b);
        var out = java.nio.CharBuffer.allocate(b.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
