package dev.copydesk.story.ui;

/** Browsers send text areas with \n line endings; a body is unchanged if it differs only in CR characters. */
final class StoryTextEquality {

    private StoryTextEquality() {
    }

    static boolean sameBody(String edited, String stored) {
        return edited.replace("\r", "").equals(stored.replace("\r", ""));
    }
}
