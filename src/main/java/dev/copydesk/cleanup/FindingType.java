package dev.copydesk.cleanup;

/** What kind of problem a finding reports (the API's pinned {@code type} values). */
public enum FindingType {
    DUPLICATE(true), AD_INSERT(true), BOILERPLATE(true), SPACING(false), PUNCTUATION(false), GRAMMAR(false),
    SPELLING(false), STYLE(false);

    private final boolean blocksApproval;

    FindingType(boolean blocksApproval) {
        this.blocksApproval = blocksApproval;
    }

    /**
     * Text that must not be published: an ad, a duplicate or boilerplate. A safe finding of such a type blocks
     * approval until it is fixed, tagged, waived or ignored with a reason ({@link Finding#blocksApproval()}).
     */
    public boolean blocksApproval() {
        return blocksApproval;
    }
}
