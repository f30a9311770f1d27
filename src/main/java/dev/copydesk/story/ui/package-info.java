/** The desk (the story list) and the diff view every feature shows changes with. Links to other views by route. */
package dev.copydesk.story.ui;
