/**
 * Getting a story approved: submit, approve and request changes (the transitions themselves are on
 * {@link dev.copydesk.story.Story}), four-eyes, the review gate (which findings block, waivers, and editors' ignores,
 * which the gate honours and so live here), tag changes since the last approval, comments and the review queue.
 * Builds on story, never the reverse.
 */
package dev.copydesk.review;
