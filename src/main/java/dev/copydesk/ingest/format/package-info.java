/**
 * The import formats: plain text, web pages, NITF, NewsML-G2 and ZIP archives of them. {@link
 * dev.copydesk.ingest.format.Formats} picks one by the declared type and the bytes; each reader turns a document into
 * an {@link dev.copydesk.ingest.format.ImportedItem}. XML is parsed by {@link dev.copydesk.ingest.format.SafeXml} and
 * archives opened by {@link dev.copydesk.ingest.format.ZipArchive}, under the limits in {@link
 * dev.copydesk.ingest.format.IngestLimits}.
 */
package dev.copydesk.ingest.format;
