/** The import view: paste or upload a story. */
package dev.copydesk.ingest.ui;
