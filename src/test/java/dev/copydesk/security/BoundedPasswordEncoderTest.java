package dev.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    @Test
    void while_every_permit_is_busy_a_check_is_refused_as_throttled_without_hashing() throws Exception {
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger delegateCalls = new AtomicInteger();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                delegateCalls.incrementAndGet();
                hashing.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS) && raw.toString().equals(encoded);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        var encoder = new BoundedPasswordEncoder(slow, 1, Duration.ofMillis(50));

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> encoder.matches("pw", "pw"));
        assertThat(hashing.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> encoder.matches("pw", "pw")).isInstanceOf(LoginThrottledException.class)
                .hasMessageContaining("busy");
        assertThat(delegateCalls).as("the refused check never reached the hash").hasValue(1);

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(encoder.matches("pw", "pw")).as("a free permit lets the next check through").isTrue();
        assertThat(encoder.checks()).isEqualTo(2);
    }
}
