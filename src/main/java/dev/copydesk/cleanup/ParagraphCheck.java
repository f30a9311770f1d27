package dev.copydesk.cleanup;

import java.util.List;

/** A check that looks at one paragraph at a time, so the engine caches its findings by the paragraph's text. */
abstract non-sealed class ParagraphCheck extends Check {

    /** Adds findings with offsets into the paragraph. */
    abstract void check(String paragraph, List<Finding> out);
}
