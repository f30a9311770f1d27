package dev.copydesk.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;

/**
 * Turns uploaded bytes into text. A declared charset is honoured exactly: bytes that do not fit it are refused
 * with their position. Without one, it understands UTF-8 (with or without BOM), UTF-16 with BOM and
 * Windows-1252, and refuses binary files and broken UTF-8 with a message instead of guessing. Control
 * characters are {@link ControlCharacters}' business, not a sign of binary.
 */
public final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SCAN = 8192;

    private TextDecoder() {
    }

    /** Decoded text and the encoding it was read as. */
    public record Decoded(String text, String encoding) {
    }

    /** Detects the encoding, as for a file with nothing declared. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** Decodes as {@code declared} if that is not null, strictly; otherwise detects the encoding. */
    public static Decoded decode(byte[] bytes, Charset declared) {
        if (bytes.length == 0) {
            throw new ImportException(ImportException.Reason.EMPTY, "The file is empty.");
        }
        String kind = fileFormat(bytes);
        if (kind != null) {
            throw new ImportException(ImportException.Reason.NOT_TEXT,
                    "This is not a plain-text file (it looks like " + kind + "). Save the story as .txt and upload that.");
        }
        return declared == null ? detect(bytes) : declared(bytes, declared);
    }

    /**
     * The charset a Content-Type such as {@code text/plain; charset=UTF-8} declares, or null if it declares none
     * (or is no media type at all: then there is nothing to honour, and detection decides).
     */
    public static Charset charsetOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MimeTypeUtils.parseMimeType(contentType).getCharset();
        } catch (InvalidMimeTypeException e) {
            if (e.getMessage() != null && e.getMessage().contains("charset")) {
                throw new ImportException(ImportException.Reason.INVALID_ENCODING, "The upload declares a charset "
                        + "Copydesk cannot read (" + e.getMessage() + "). Send it as UTF-8.");
            }
            return null;
        }
    }

    private static Decoded declared(byte[] b, Charset charset) {
        // A UTF-8 BOM says the same as the declaration; Java's UTF-8 decoder would keep it as a character.
        int offset = charset.equals(StandardCharsets.UTF_8) && startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return new Decoded(decodeStrict(b, offset, charset), charset.name() + " (declared)");
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportException.Reason.INVALID_ENCODING, "The text is declared as "
                    + charset.name() + " but has bytes that are not " + charset.name() + ": "
                    + firstInvalid(b, offset, charset) + ". Re-save it as " + charset.name()
                    + ", or declare the charset it is really in (e.g. charset=windows-1252).");
        }
    }

    private static Decoded detect(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(b, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 (BOM)");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16"), "UTF-16BE (BOM)");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16"), "UTF-16LE (BOM)");
        }
        if (looksLikeUtf16WithoutBom(b)) {
            throw new ImportException(ImportException.Reason.INVALID_ENCODING, "Every other byte is NUL: this looks "
                    + "like UTF-16 text without a byte-order mark, or binary data. Re-save it as UTF-8, or declare "
                    + "charset=UTF-16LE (or UTF-16BE).");
        }
        try {
            return new Decoded(decodeStrict(b, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (hasUtf8MultiByteSequence(b)) {
                BadBytes bad = firstInvalid(b, 0, StandardCharsets.UTF_8);
                // Part of the file is UTF-8, part is not: guessing would garble names and quotes.
                throw new ImportException(ImportException.Reason.INVALID_ENCODING,
                        "The file is mostly UTF-8 but has invalid bytes near byte " + bad.offset() + " (line "
                                + bad.line() + ", column " + bad.column() + ": " + bad.hex()
                                + "). Re-save it as UTF-8 and try again.");
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
                            + " bytes: " + firstInvalid(b, offset, charset) + ". Re-save it as UTF-8 and try again.");
        }
    }

    private static String decodeStrict(byte[] b, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                .toString();
    }

    /** Well-known file signatures: a document format, not text in some encoding. */
    private static String fileFormat(byte[] b) {
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
        return null;
    }

    /**
     * Latin text in UTF-16 has a NUL in every other byte; a stray NUL in real text does not look like that, so
     * it is left to {@link ControlCharacters} rather than refused as binary.
     */
    private static boolean looksLikeUtf16WithoutBom(byte[] b) {
        int scan = Math.min(b.length, SCAN);
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < scan; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        int pairs = Math.max(1, scan / 2);
        return Math.max(evenNuls, oddNuls) * 4 > pairs;
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

    /** Where decoding first fails: the byte offset, line and column (1-based, in characters) and the bad bytes. */
    record BadBytes(int offset, int line, int column, String hex) {

        @Override
        public String toString() {
            return hex + " at byte " + offset + " (line " + line + ", column " + column + ")";
        }
    }

    static BadBytes firstInvalid(byte[] b, int offset, Charset charset) {
        var in = ByteBuffer.wrap(b, offset, b.length - offset);
        var out = CharBuffer.allocate(b.length + 1);
        CoderResult result = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        int at = in.position(); // wrap() keeps positions absolute, so this counts from the first byte
        int length = result.isError() ? result.length() : 1;
        out.flip();
        int line = 1;
        int lastBreak = -1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                line++;
                lastBreak = i;
            }
        }
        String hex = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase()
                .formatHex(b, Math.min(at, b.length), Math.min(b.length, at + length));
        return new BadBytes(at, line, out.length() - lastBreak, hex);
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
