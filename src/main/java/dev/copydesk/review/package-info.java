/** Review: the queue of stories waiting for a reviewer and the review screen. Builds on story, never the reverse. */
package dev.copydesk.review;
