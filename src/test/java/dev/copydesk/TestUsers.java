package dev.copydesk;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.copydesk.security.NewUser;
import dev.copydesk.security.Role;
import dev.copydesk.security.UserAccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Logs a user in for service tests, with the same authorities the real login grants. */
public final class TestUsers {

    private TestUsers() {
    }

    public static UsernamePasswordAuthenticationToken login(String username, Role role) {
        List<GrantedAuthority> authorities = role.granted().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        var token = UsernamePasswordAuthenticationToken.authenticated(new User(username, "x", authorities), "x",
                authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
        return token;
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    public static <T> T as(String username, Role role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        login(username, role);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static List<String> roleNames(Role role) {
        return Arrays.stream(Role.values()).filter(role.granted()::contains).map(Role::name).toList();
    }

    private static final AtomicInteger USER_NUMBER = new AtomicInteger();

    /**
     * A fresh account for a test that changes passwords, disables accounts or fails logins: the demo users are
     * shared by every test in the JVM, so they are never changed. Created as the demo admin.
     */
    public static String newUser(UserAccountService users, Role role, String password) {
        String username = "t" + USER_NUMBER.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        as("admin", Role.ADMIN, () -> users.create(new NewUser(username, username, password, role)));
        return username;
    }
}
