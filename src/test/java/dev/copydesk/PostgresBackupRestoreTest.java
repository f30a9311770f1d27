package dev.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The README's PostgreSQL backup and restore: {@code pg_dump -Fc} of the database, the database dropped, a new one
 * created, {@code pg_restore} into it: the same revisions. Uses the client tools of the server's own installation.
 */
@Tag("postgres")
@EnabledIf(value = "dev.copydesk.PostgresServer#available",
        disabledReason = "no PostgreSQL reachable at COPYDESK_TEST_POSTGRES_URL (bash .ci/run starts one)")
class PostgresBackupRestoreTest {

    private static Path tool(String name) throws IOException {
        try (var installs = Files.list(Path.of("/usr/lib/postgresql"))) {
            return installs.map(p -> p.resolve("bin").resolve(name)).filter(Files::isExecutable).sorted()
                    .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no " + name));
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    }

    private static List<String> connection(String jdbcUrl) {
        // jdbc:postgresql://host:port/name
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String db = rest.substring(rest.indexOf('/') + 1).replaceAll("\\?.*", "");
        List<String> args = new ArrayList<>(List.of("-h", hostPort.split(":")[0], "-U", PostgresServer.user(), "-d", db));
        if (hostPort.contains(":")) {
            args.addAll(List.of("-p", hostPort.split(":")[1]));
        }
        return args;
    }

    @Test
    void a_dump_restores_into_a_new_database_with_the_same_revisions() throws Exception {
        String url = PostgresServer.freshDatabase("backup");
        Flyway.configure().dataSource(url, PostgresServer.user(), PostgresServer.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        List<String> before;
        try (Connection db = PostgresServer.connect(url)) {
            BackupRestoreTest.writeStories(db);
            before = BackupRestoreTest.revisions(db);
        }
        assertThat(before).hasSize(6);
        Path dump = Files.createTempDirectory("copydesk-pgdump").resolve("copydesk.dump");

        List<String> pgDump = new ArrayList<>(List.of(tool("pg_dump").toString(), "-Fc", "-f", dump.toString()));
        pgDump.addAll(connection(url));
        run(pgDump);
        assertThat(dump).isNotEmptyFile();

        String restored = PostgresServer.freshDatabase("restored");
        List<String> pgRestore = new ArrayList<>(List.of(tool("pg_restore").toString(), "--no-owner", "--exit-on-error"));
        pgRestore.addAll(connection(restored));
        pgRestore.add(dump.toString());
        run(pgRestore);
        try (Connection db = PostgresServer.connect(restored)) {
            assertThat(BackupRestoreTest.revisions(db)).isEqualTo(before);
        }
    }
}
