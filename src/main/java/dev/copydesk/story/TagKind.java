package dev.copydesk.story;

/** What a tagged passage is. Tagged text stays in the revision but is left out of publish-ready text. */
public enum TagKind {
    AD("Ad"), BOILERPLATE("Boilerplate");

    private final String label;

    TagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
