package dev.copydesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.copydesk.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The app started as an operator starts it (no test profile, its own data directory), because what is
 * checked here is what happens before and during start-up. Each start costs seconds, so there are few.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

    @TempDir
    Path dataDirs;

    /**
     * Each start installs its own (Vaadin-aware) SecurityContextHolder strategy in the static holder; left there,
     * the shared test context's method security would no longer see the logins that later tests make.
     */
    private SecurityContextHolderStrategy sharedStrategy;

    @BeforeEach
    void rememberTheSecurityContextStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreTheSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void without_demo_profile_or_admin_password_the_start_refuses_with_one_clear_message(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start(dataDirs.resolve("empty")).close());

        assertThat(causes(failure)).as("start-up fails because no admin can exist")
                .anyMatch(FirstAdminException.class::isInstance);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("no enabled admin account").contains("COPYDESK_ADMIN_PASSWORD")
                .contains("--spring.profiles.active=demo");
        assertThat(output.getAll().lines().filter(line -> line.startsWith("\tat ")))
                .as("a failure analysis, not a stack trace").isEmpty();
    }

    /** The production start, here behind a TLS proxy (one start for both: each costs seconds). */
    @Test
    void with_an_admin_password_the_default_start_creates_that_admin_and_no_demo_data_and_can_sit_behind_a_tls_proxy()
            throws Exception {
        try (var app = start(dataDirs.resolve("fresh"), "--copydesk.admin.password=first-admin-pw",
                "--copydesk.behind-tls-proxy=true")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username || ' ' || role || ' ' || enabled from app_user", String.class))
                    .containsExactly("admin ADMIN TRUE");
            assertThat(jdbc.queryForObject("select count(*) from story", Integer.class)).as("no sample stories").isZero();
            assertThat(app.getBean(PasswordEncoder.class).matches("first-admin-pw", hashOf(jdbc, "admin"))).isTrue();

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> viaProxy = get(port, "/login", "https");
            assertThat(viaProxy.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                    cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
            assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
                    .as("X-Forwarded-Proto honoured: the request counts as HTTPS").isPresent();
            HttpResponse<String> direct = get(port, "/login", null);
            assertThat(direct.headers().firstValue("Set-Cookie")).as("Secure even if the proxy forgets the header")
                    .hasValueSatisfying(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
            assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    private static HttpResponse<String> get(int port, String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void demo_accounts_left_in_the_data_directory_are_disabled_by_a_start_without_the_demo_profile(
            CapturedOutput output) {
        Path dir = dataDirs.resolve("was-demo");
        try (var demo = start(dir, "--spring.profiles.active=demo")) {
            JdbcTemplate jdbc = demo.getBean(JdbcTemplate.class);
            assertThat(enabled(jdbc)).as("the demo profile seeds the demo users")
                    .isEqualTo(Map.of("admin", true, "editor", true, "reviewer", true));
            assertThat(jdbc.queryForObject("select count(*) from story", Integer.class)).isEqualTo(3);
            // The reviewer changed their password, so theirs is no longer a demo account.
            jdbc.update("update app_user set password_hash = ? where username = 'reviewer'",
                    demo.getBean(PasswordEncoder.class).encode("reviewer-own-pw"));
        }
        assertThat(output.getAll()).doesNotContain("DEMO ACCOUNTS DISABLED");

        try (var prod = start(dir, "--copydesk.admin.password=new-admin-pw")) {
            JdbcTemplate jdbc = prod.getBean(JdbcTemplate.class);
            PasswordEncoder encoder = prod.getBean(PasswordEncoder.class);
            assertThat(enabled(jdbc)).as("editor disabled; the demo admin disabled, then restored as the configured one")
                    .isEqualTo(Map.of("admin", true, "editor", false, "reviewer", true));
            assertThat(encoder.matches("new-admin-pw", hashOf(jdbc, "admin"))).isTrue();
            assertThat(encoder.matches("admin", hashOf(jdbc, "admin"))).isFalse();
            assertThat(encoder.matches("reviewer-own-pw", hashOf(jdbc, "reviewer"))).isTrue();
        }
        assertThat(output.getAll()).contains("DEMO ACCOUNTS DISABLED: admin, editor");
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--copydesk.data-dir=" + dataDir, "--server.port=0",
                "--copydesk.cleanup.grammar=false", "--spring.main.banner-mode=off",
                // Vaadin's class scan of the whole test class path takes longer than the rest of a start.
                "--vaadin.allowed-packages=com.vaadin,dev.copydesk"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(Application.class).run(all.toArray(String[]::new));
    }

    private static Map<String, Boolean> enabled(JdbcTemplate jdbc) {
        return jdbc.queryForList("select username, enabled from app_user").stream()
                .collect(Collectors.toMap(row -> (String) row.get("USERNAME"), row -> (Boolean) row.get("ENABLED")));
    }

    private static String hashOf(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
