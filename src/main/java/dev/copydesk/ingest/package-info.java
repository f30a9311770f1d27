/** Getting stories in: decoding uploads, splitting headline, byline and body, creating revision 1. */
package dev.copydesk.ingest;
