/** Review views: the queue and the review screen. */
package dev.copydesk.review.ui;
