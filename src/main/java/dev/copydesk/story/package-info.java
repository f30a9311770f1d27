/** The Story aggregate and its immutable revisions: create, list, edit, history. */
package dev.copydesk.story;
