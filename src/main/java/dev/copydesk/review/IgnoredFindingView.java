package dev.copydesk.review;

import java.time.Instant;

import dev.copydesk.cleanup.FindingType;

/**
 * An ignored finding as the editor's "ignored" list and the review screen show it. {@code type} is null for
 * decisions recorded before types were kept; {@code reason} is set when the finding would have blocked approval.
 */
public record IgnoredFindingView(String fingerprint, String ruleId, FindingType type, String label, String reason,
        String username, Instant createdAt) {
}
