package dev.copydesk.cleanup;

import java.util.List;

/** The findings for one body, and whether the grammar and spelling check took part. */
public record Analysis(List<Finding> findings, GrammarStatus grammar) {

    public enum GrammarStatus {
        /** LanguageTool checked the text. */
        CHECKED,
        /** LanguageTool is still warming up; grammar and spelling findings will follow. */
        LOADING,
        /** The text is not English, so no English grammar or spelling rules ran. */
        NOT_ENGLISH,
        /** The text is too long for a grammar check in reasonable time; the other checks ran. */
        TOO_LONG,
        /** Grammar checking is switched off. */
        OFF
    }

    public List<Finding> safeFindings() {
        return findings.stream().filter(Finding::safe).toList();
    }
}
