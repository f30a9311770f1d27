package dev.copydesk.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request, from Spring Security's context. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** The logged-in username; services call this only behind a security check. */
    public static String username() {
        return find().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    public static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        String wanted = "ROLE_" + role.name();
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::equals);
    }
}
