package dev.copydesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits before the authentication filter of its chain and refuses, with 429 and {@code Retry-After}, a login
 * attempt for a user name that must still wait: the attempt never reaches the password encoder. Not a bean, so
 * Spring Boot does not also register it for every request outside the security chains.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String REASON = "Too many failed logins for this user name.";

    enum Source { LOGIN_FORM, HTTP_BASIC }

    private final LoginThrottle throttle;
    private final Source source;

    LoginThrottleFilter(LoginThrottle throttle, Source source) {
        this.throttle = throttle;
        this.source = source;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = source == Source.LOGIN_FORM ? formUsername(request) : basicUsername(request);
        Duration wait = username.map(throttle::waitBefore).orElse(Duration.ZERO);
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = TooManyAttempts.seconds(wait);
        if (source == Source.LOGIN_FORM) {
            TooManyAttempts.page(response, REASON, seconds);
        } else {
            TooManyAttempts.json(response, REASON, seconds);
        }
    }

    /** The form posts where Vaadin's LoginForm posts: POST /login with a username parameter. */
    private static Optional<String> formUsername(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath())) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getParameter("username"));
    }

    /** The user name of an HTTP Basic header; a malformed header is left to Spring's filter to refuse. */
    private static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
