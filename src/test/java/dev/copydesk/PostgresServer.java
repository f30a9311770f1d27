package dev.copydesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The real PostgreSQL the {@code postgres} test group runs against: {@code bash .ci/run} starts a scratch cluster
 * and sets {@code COPYDESK_TEST_POSTGRES_URL} (a JDBC URL of its {@code postgres} database; user and password in
 * {@code COPYDESK_TEST_POSTGRES_USER}/{@code _PASSWORD}, default {@code postgres} and none). Without a reachable
 * server the group is skipped and says why, unless {@code COPYDESK_REQUIRE_POSTGRES=true} (as CI sets it), where
 * a missing server fails the build rather than passing it quietly. Each test class gets a database of its own.
 */
public final class PostgresServer {

    private static Boolean available;

    private PostgresServer() {
    }

    public static String url() {
        return setting("COPYDESK_TEST_POSTGRES_URL", "");
    }

    public static String user() {
        return setting("COPYDESK_TEST_POSTGRES_USER", "postgres");
    }

    public static String password() {
        return setting("COPYDESK_TEST_POSTGRES_PASSWORD", "");
    }

    /** Whether the server answers; for {@code @EnabledIf}. */
    public static synchronized boolean available() {
        if (available == null) {
            available = !url().isBlank() && answers();
            if (!available && Boolean.parseBoolean(setting("COPYDESK_REQUIRE_POSTGRES", "false"))) {
                throw new IllegalStateException("COPYDESK_REQUIRE_POSTGRES is set, but no PostgreSQL answers at '"
                        + url() + "': the postgres test group can't run.");
            }
            if (!available) {
                System.out.println("No PostgreSQL reachable (COPYDESK_TEST_POSTGRES_URL='" + url() + "'): the postgres "
                        + "test group is skipped. `bash .ci/run` starts one.");
            }
        }
        return available;
    }

    /** A new, empty database on the server; its JDBC URL. */
    public static String freshDatabase(String purpose) {
        String name = ("copydesk_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = connect(url()); Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + url() + ": " + e.getMessage(), e);
        }
        int slash = url().lastIndexOf('/');
        int query = url().indexOf('?', slash);
        return url().substring(0, slash + 1) + name + (query < 0 ? "" : url().substring(query));
    }

    /** Points a Spring test context at a fresh database of its own on the server. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, String purpose) {
        String url = freshDatabase(purpose);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", PostgresServer::user);
        registry.add("spring.datasource.password", PostgresServer::password);
    }

    public static Connection connect(String jdbcUrl) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.setProperty("password", password());
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(jdbcUrl, props);
    }

    private static boolean answers() {
        try (Connection c = connect(url())) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null ? fallback : value;
    }
}
