package dev.copydesk.cleanup;

/** Spelling and abbreviation conventions the desk follows. */
public enum HouseStyle {
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
