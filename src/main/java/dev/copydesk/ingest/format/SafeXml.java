package dev.copydesk.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import dev.copydesk.ingest.ImportException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way Copydesk parses XML. Nothing outside the document is ever read: no external DTD, no external entity,
 * no XInclude, no schema fetched (OWASP's XXE rules for the JDK parser). A document that declares entities of its
 * own (a DOCTYPE with an internal subset, which is how XXE and "billion laughs" attacks are written, and which no NITF
 * or NewsML-G2 feed needs) is refused; a DOCTYPE that only names a DTD, as NITF files often do, is fine. Size and
 * nesting are limited ({@link IngestLimits}). Every refusal is an {@link ImportException} with a message for the
 * sender, never a parser's stack trace.
 */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXml() {
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Entities are refused below; this keeps a declared one from being expanded at all while parsing.
            f.setAttribute("jdk.xml.entityExpansionLimit", "1");
            f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(IngestLimits.MAX_XML_DEPTH));
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setValidating(false);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("The JDK's XML parser does not take the safe settings", e);
        }
        return f;
    }

    /** Parses {@code bytes} (encoding from the XML declaration or BOM, UTF-8 by default). */
    public static Document parse(byte[] bytes) {
        if (bytes.length > IngestLimits.MAX_DOCUMENT_BYTES) {
            throw ImportException.tooLarge("The XML document is larger than "
                    + IngestLimits.megabytes(IngestLimits.MAX_DOCUMENT_BYTES) + ", the most Copydesk reads.");
        }
        InputSource in = new InputSource(new ByteArrayInputStream(bytes));
        return parse(in);
    }

    private static Document parse(InputSource in) {
        Document doc;
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown, not printed to stderr
            // Belt and braces: were an external entity ever asked for, it would resolve to nothing.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            doc = builder.parse(in);
        } catch (SAXParseException e) {
            throw refusal(e);
        } catch (SAXException e) {
            throw ImportException.malformed("The XML could not be read: " + clean(e.getMessage()));
        } catch (IOException | ParserConfigurationException e) {
            throw ImportException.malformed("The XML could not be read: " + clean(e.getMessage()));
        }
        DocumentType type = doc.getDoctype();
        if (type != null && (type.getEntities().getLength() > 0 || type.getInternalSubset() != null
                && !type.getInternalSubset().isBlank())) {
            throw entities();
        }
        return doc;
    }

    private static ImportException refusal(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("entit") && (lower.contains("limit") || lower.contains("expansion")
                || lower.contains("jaxp0001"))) {
            return entities();
        }
        if (lower.contains("maxelementdepth") || lower.contains("element depth")) {
            return new ImportException(ImportException.Reason.UNSAFE, "The XML nests elements deeper than "
                    + IngestLimits.MAX_XML_DEPTH + " levels, the most Copydesk reads; news items nest about 10 deep.");
        }
        if (lower.contains("doctype") && lower.contains("disallow")) {
            return entities();
        }
        return ImportException.malformed("The XML is not well-formed (line " + e.getLineNumber() + ", column "
                + e.getColumnNumber() + "): " + clean(message));
    }

    private static ImportException entities() {
        return new ImportException(ImportException.Reason.UNSAFE, "The XML declares entities of its own (a DOCTYPE "
                + "with an internal subset). Copydesk does not expand them, because that is how XXE and "
                + "\"billion laughs\" attacks work; NITF and NewsML-G2 items do not need them. Remove the declarations "
                + "and send it again.");
    }

    /** A parser message without its internal codes, cut to a readable length. */
    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given.";
        }
        String m = message.replaceAll("JAXP\\d+:\\s*", "").strip();
        return m.length() > 300 ? m.substring(0, 300) + "\u2026" : m;
    }
}
