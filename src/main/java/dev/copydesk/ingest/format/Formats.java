package dev.copydesk.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.copydesk.ingest.ImportException;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * Decides what an upload is: by its declared {@code Content-Type} where that names a format, checked against the
 * bytes (a page sent as XML is refused with a message saying what it is); by the bytes themselves where the type is
 * missing or generic ({@code application/octet-stream}): ZIP magic, {@code <html}, the XML root element; last by the
 * file name's extension. Plain text is the default, as before formats existed.
 */
public final class Formats {

    private static final Map<String, Format> TYPES = Map.ofEntries(
            Map.entry("text/plain", Format.TEXT),
            Map.entry("text/html", Format.HTML),
            Map.entry("application/xhtml+xml", Format.HTML),
            Map.entry("application/xml", Format.NITF), // NITF or NewsML-G2: the root element decides
            Map.entry("text/xml", Format.NITF),
            Map.entry("application/nitf+xml", Format.NITF),
            Map.entry("application/vnd.iptc.g2.newsitem+xml", Format.NEWSML),
            Map.entry("application/vnd.iptc.g2.newsmessage+xml", Format.NEWSML),
            Map.entry("application/zip", Format.ZIP),
            Map.entry("application/x-zip-compressed", Format.ZIP));
    private static final Map<String, Format> EXTENSIONS = Map.of("txt", Format.TEXT, "text", Format.TEXT,
            "html", Format.HTML, "htm", Format.HTML, "xhtml", Format.HTML, "xml", Format.NITF, "nitf", Format.NITF,
            "zip", Format.ZIP);
    /** Skips the prolog (declaration, comments, processing instructions, doctype) to the first element's name. */
    private static final Pattern ROOT = Pattern.compile(
            "\\A(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE\\s+([\\w:.-]+)[^\\[>]*(?:\\[.*?\\])?\\s*>)*<([\\w:.-]+)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;

    private Formats() {
    }

    /** What the bytes start with, as far as formats go. */
    enum Sniffed { ZIP, HTML, NITF, NEWSML, OTHER_XML, MARKUP, NONE }

    /**
     * The format to read {@code bytes} as. {@code contentType} may be null or generic, {@code fileName} null.
     *
     * @throws ImportException a declared type Copydesk does not import (415), or bytes that are not what the
     *         declared type says (400)
     */
    public static Format choose(String contentType, byte[] bytes, String fileName) {
        Sniffed sniffed = sniff(bytes);
        String type = mediaType(contentType);
        if (type != null && !generic(type)) {
            Format declared = TYPES.get(type);
            if (declared == null) {
                throw new ImportException(ImportException.Reason.NOT_TEXT, "Copydesk imports plain text (text/plain), "
                        + "web pages (text/html), NITF and NewsML-G2 (application/xml) and, at POST /api/imports, ZIP "
                        + "archives of them (application/zip); this was sent as " + type + ".");
            }
            return checked(declared, type, sniffed);
        }
        Format bySniff = switch (sniffed) {
            case ZIP -> Format.ZIP;
            case HTML -> Format.HTML;
            case NITF -> Format.NITF;
            case NEWSML -> Format.NEWSML;
            case OTHER_XML, MARKUP, NONE -> null;
        };
        if (bySniff != null) {
            return bySniff;
        }
        Format byName = byExtension(fileName);
        if (byName == Format.NITF && sniffed != Sniffed.OTHER_XML) {
            throw new ImportException(ImportException.Reason.WRONG_TYPE,
                    "The file is named .xml but does not start with an XML element.");
        }
        if (sniffed == Sniffed.OTHER_XML) {
            return Format.NITF; // let the XML reader name the root element it does not know
        }
        if (byName != null) {
            return byName;
        }
        return sniffed == Sniffed.MARKUP ? Format.HTML : Format.TEXT;
    }

    private static Format checked(Format declared, String type, Sniffed sniffed) {
        String as = "The upload was sent as " + type + ", but ";
        if (declared == Format.ZIP) {
            if (sniffed != Sniffed.ZIP) {
                throw wrong(as + "it is not a ZIP archive (a ZIP file starts with the letters PK).");
            }
            return Format.ZIP;
        }
        if (sniffed == Sniffed.ZIP) {
            if (declared == Format.TEXT) { // as TextDecoder has always answered a file format sent as text: 415
                throw new ImportException(ImportException.Reason.NOT_TEXT, as + "it is a ZIP archive. Send archives "
                        + "as application/zip to POST /api/imports.");
            }
            throw wrong(as + "it is a ZIP archive. Send archives as application/zip.");
        }
        switch (declared) {
            case HTML -> {
                if (sniffed == Sniffed.NITF || sniffed == Sniffed.NEWSML) {
                    throw wrong(as + "it is " + (sniffed == Sniffed.NITF ? Format.NITF : Format.NEWSML).label()
                            + ". Send it as application/xml.");
                }
                if (sniffed == Sniffed.NONE) {
                    throw wrong(as + "it holds no HTML markup. Send plain text as text/plain.");
                }
                return Format.HTML;
            }
            case NITF, NEWSML -> {
                if (sniffed == Sniffed.HTML) {
                    throw wrong(as + "it is a web page. Send it as text/html.");
                }
                if (sniffed == Sniffed.NONE) {
                    throw wrong(as + "it does not start with an XML element. Send plain text as text/plain.");
                }
                return sniffed == Sniffed.NEWSML ? Format.NEWSML : Format.NITF;
            }
            default -> {
                return declared;
            }
        }
    }

    private static ImportException wrong(String message) {
        return new ImportException(ImportException.Reason.WRONG_TYPE, message);
    }

    static Sniffed sniff(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Sniffed.ZIP;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        Matcher m = ROOT.matcher(head);
        if (!m.find()) {
            String lower = head.toLowerCase(Locale.ROOT);
            return lower.contains("<html") || lower.contains("<body") ? Sniffed.HTML
                    : lower.contains("<p>") || lower.contains("<div") ? Sniffed.MARKUP : Sniffed.NONE;
        }
        String doctype = m.group(1);
        String root = m.group(2);
        String local = root.substring(root.indexOf(':') + 1);
        if ("html".equalsIgnoreCase(doctype) || local.equalsIgnoreCase("html") || local.equalsIgnoreCase("head")
                || local.equalsIgnoreCase("body")) {
            return Sniffed.HTML;
        }
        if (local.equals("nitf")) {
            return Sniffed.NITF;
        }
        if (local.equals("newsItem") || local.equals("newsMessage")) {
            return Sniffed.NEWSML;
        }
        return head.stripLeading().startsWith("<?xml") || root.contains(":") ? Sniffed.OTHER_XML : Sniffed.MARKUP;
    }

    /** The lower-case type and subtype, or null if none was sent or it is no media type. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            MimeType t = MimeTypeUtils.parseMimeType(contentType);
            return (t.getType() + "/" + t.getSubtype()).toLowerCase(Locale.ROOT);
        } catch (InvalidMimeTypeException e) {
            return null;
        }
    }

    private static boolean generic(String type) {
        return type.equals("application/octet-stream") || type.equals("binary/octet-stream")
                || type.equals("application/unknown") || type.equals("*/*");
    }

    static Format byExtension(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : EXTENSIONS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
