package dev.copydesk.security;

/** What an admin types to create an account. */
public record NewUser(String username, String displayName, String password, Role role) {
}
