/** Publish-ready export of approved revisions: text, HTML, Markdown, NITF 3.6 and ninjs 2.2, built with real XML/JSON/HTML libraries. */
package dev.copydesk.export;
