package dev.copydesk.story;

/** Where a story stands in the desk's workflow. */
public enum StoryStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    EXPORTED("Exported");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
