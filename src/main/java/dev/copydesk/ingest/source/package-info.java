/**
 * Ingest sources: RSS/Atom feeds whose items' pages are fetched and imported, and local folders whose new files are
 * imported; each item once (by its GUID, link or file name, and by a hash of its content), failures retried with
 * back-off, a source paused at will. {@link dev.copydesk.ingest.source.IngestPoller} does the work on a schedule.
 */
package dev.copydesk.ingest.source;
