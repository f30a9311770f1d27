package dev.copydesk.review;

import java.util.List;

import dev.copydesk.cleanup.Finding;

/**
 * The review gate for one revision: findings that still block approval, and blocking findings an editor
 * ignored, each with the decision (who, when, why) so the reviewer sees every block that was lifted.
 */
public record BlockingFindings(List<Finding> open, List<Ignored> ignored) {

    public record Ignored(Finding finding, IgnoredFindingView decision) {
    }
}
