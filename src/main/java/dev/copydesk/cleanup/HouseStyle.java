package dev.copydesk.cleanup;

/** Spelling and abbreviation conventions the desk follows. */
public enum HouseStyle {
    /**
     * The desk's default: each story keeps the spelling variant its own words use (a story that mixes them has the odd
     * ones flagged); otherwise British conventions (UN, Mr).
     */
    AUTO("en-GB"),
    /** en-GB spelling; UN, US without points; Mr, Dr without a full stop. */
    BRITISH("en-GB"),
    /** en-US spelling; U.N., U.S. with points; Mr., Dr. with a period. */
    AMERICAN("en-US");

    private final String languageCode;

    HouseStyle(String languageCode) {
        this.languageCode = languageCode;
    }

    public String languageCode() {
        return languageCode;
    }
}
