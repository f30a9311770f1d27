package dev.copydesk.security;

import java.util.Set;

/** The desk's roles. An admin may do what editors and reviewers do. */
public enum Role {
    EDITOR, REVIEWER, ADMIN;

    /** Role names for {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final String EDITOR_NAME = "EDITOR";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String ADMIN_NAME = "ADMIN";

    /** The roles a user with this role holds, including implied ones. */
    public Set<Role> granted() {
        return this == ADMIN ? Set.of(ADMIN, EDITOR, REVIEWER) : Set.of(this);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
