package dev.copydesk.text;

/**
 * What a block is. A tag is a kind: tagging a paragraph as an ad changes its kind, never its text, and every
 * kind but TEXT is left out of publish-ready text.
 */
public enum BlockKind {
    TEXT("Text"), AD("Ad"), BOILERPLATE("Boilerplate");

    private final String label;

    BlockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for kinds that go out in an export. */
    public boolean publishable() {
        return this == TEXT;
    }
}
