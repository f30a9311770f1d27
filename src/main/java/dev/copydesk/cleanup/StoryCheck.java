package dev.copydesk.cleanup;

import java.util.List;

/** A check that looks across the whole story (duplicates, structure, consistency): cheap, run on every analysis. */
abstract non-sealed class StoryCheck extends Check {

    /** Adds findings with offsets into the body; a check that deletes whole blocks marks them removed. */
    abstract void check(StoryText story, List<Finding> out);
}
