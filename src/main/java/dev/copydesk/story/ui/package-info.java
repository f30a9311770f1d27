/** Story views: the desk, the editor, the history and read-only revisions. */
package dev.copydesk.story.ui;
