package dev.copydesk.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.copydesk.security.NewUser;
import dev.copydesk.security.Role;

/** The well-known demo accounts: seeded by the demo profile, hunted down by every other start. */
final class DemoAccounts {

    /** Demo passwords equal the usernames, so they are one character long at least, not eight. */
    static final int PASSWORD_LENGTH = 1;

    static final List<NewUser> ALL = List.of(
            new NewUser("editor", "Eddie Editor", "editor", Role.EDITOR),
            new NewUser("reviewer", "Rita Reviewer", "reviewer", Role.REVIEWER),
            new NewUser("admin", "Ada Admin", "admin", Role.ADMIN));

    private DemoAccounts() {
    }

    static Map<String, String> passwords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        ALL.forEach(user -> passwords.put(user.username(), user.password()));
        return passwords;
    }
}
