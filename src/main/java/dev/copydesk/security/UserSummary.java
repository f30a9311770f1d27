package dev.copydesk.security;

import java.time.Instant;

/** A user account as the UI and API see it: never the password hash. */
public record UserSummary(long id, String username, String displayName, Role role, boolean enabled,
        Instant createdAt) {
}
