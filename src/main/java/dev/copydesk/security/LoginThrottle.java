package dev.copydesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.copydesk.base.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Failed logins per user name (case-insensitive, as logins are), shared by the login form and HTTP Basic. After
 * {@code copydesk.login.free-attempts} failures in a row, each further attempt must wait: first
 * {@code copydesk.login.first-wait}, doubling with each failure up to {@code copydesk.login.max-wait}. The filters
 * ask before any password is hashed, so a refused attempt costs no bcrypt work. A successful login resets the
 * count; a name quiet for four times the longest wait is forgotten. Memory is bounded: past {@link #MAX_NAMES}
 * names the least recently seen is dropped. In memory only: a restart forgives everyone.
 */
@Component
public class LoginThrottle {

    static final int MAX_NAMES = 10_000;
    private static final int MAX_KEY_LENGTH = 128;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final int freeAttempts;
    private final Duration firstWait;
    private final Duration maxWait;
    private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_NAMES;
        }
    };

    LoginThrottle(Clock clock, @Value("${copydesk.login.free-attempts:5}") int freeAttempts,
            @Value("${copydesk.login.first-wait:1s}") Duration firstWait,
            @Value("${copydesk.login.max-wait:15m}") Duration maxWait) {
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
    }

    /** How long this user name must still wait before a password may be checked; zero if it may go ahead. */
    public synchronized Duration waitBefore(String username) {
        Failures f = current(key(username));
        if (f == null || f.count() < freeAttempts) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(waitAfter(f.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public synchronized void failed(String username) {
        String key = key(username);
        Failures before = current(key);
        Failures now = new Failures(before == null ? 1 : before.count() + 1, clock.instant());
        failures.put(key, now);
        if (now.count() >= freeAttempts) {
            log.warn("{} failed logins in a row for user name {}; the next attempt waits {} s", now.count(),
                    LogText.quote(username), waitAfter(now.count()).toSeconds());
        }
    }

    public synchronized void succeeded(String username) {
        failures.remove(key(username));
    }

    synchronized int trackedNames() {
        return failures.size();
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private Duration waitAfter(int count) {
        int doublings = Math.min(count - freeAttempts, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** The failures still remembered for a key: forgotten after a long enough quiet spell. */
    private Failures current(String key) {
        Failures f = failures.get(key);
        if (f != null && f.last().plus(maxWait.multipliedBy(4)).isBefore(clock.instant())) {
            failures.remove(key);
            return null;
        }
        return f;
    }

    private static String key(String username) {
        String lower = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return lower.length() > MAX_KEY_LENGTH ? lower.substring(0, MAX_KEY_LENGTH) : lower;
    }
}
