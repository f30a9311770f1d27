package dev.copydesk.audit;

import java.time.Instant;

/** An audit-trail line as the history view and the API show it; statuses by name (null when none changed). */
public record AuditEntry(String kind, String from, String to, int revision, String username, String comment,
        Instant createdAt) {
}
