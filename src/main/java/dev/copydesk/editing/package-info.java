/**
 * An editor at work on one story: server-side drafts of unsaved work, soft edit locks, and autoclean as a revision
 * (the API's too). Saving goes through {@link dev.copydesk.story.StoryService}, which merges by block id. Builds on
 * story, cleanup and review (an editor ignores findings and submits), never the reverse.
 */
package dev.copydesk.editing;
