/**
 * The Story aggregate and its immutable revisions: create, list, save (merging with revisions saved in between),
 * restore, history; tags as block kinds; the publish-ready text; the workflow status and its transitions on
 * {@link dev.copydesk.story.Story}.
 */
package dev.copydesk.story;
