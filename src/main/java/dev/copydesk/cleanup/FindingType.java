package dev.copydesk.cleanup;

/** What kind of problem a finding reports (the API's pinned {@code type} values). */
public enum FindingType {
    DUPLICATE, AD_INSERT, BOILERPLATE, SPACING, PUNCTUATION, GRAMMAR, SPELLING, STYLE
}
