package dev.copydesk.story;

import java.time.Instant;

/** An ignored finding as the editor's "ignored" list shows it. */
public record IgnoredFindingView(String fingerprint, String ruleId, String label, String username, Instant createdAt) {
}
