package dev.copydesk.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bounds how many password checks run at once. The per-name {@link LoginThrottle} stops a flood aimed at one
 * user name; a flood of different names (each costs a full bcrypt, even for unknown names, against timing
 * attacks) would still keep every core busy. Here such a flood queues for a few permits, and a check that cannot
 * get one in time is refused as "busy" (429) instead of hashing.
 */
class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final Duration maxQueueWait;
    private final LongAdder checks = new LongAdder();

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentChecks, Duration maxQueueWait) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentChecks, true);
        this.maxQueueWait = maxQueueWait;
    }

    /** Half the cores, at least one: logins never take the whole machine. */
    static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxQueueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new LoginThrottledException("The server is busy checking other logins.", Duration.ofSeconds(2));
        }
        try {
            checks.increment();
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many passwords were checked (hashed) so far: lets a test prove a refused attempt hashed nothing. */
    long checks() {
        return checks.sum();
    }
}
