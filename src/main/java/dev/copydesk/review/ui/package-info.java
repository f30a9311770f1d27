/** Looking back at a story: the review queue and screen, the history of revisions with diffs, comments and audit trail. */
package dev.copydesk.review.ui;
