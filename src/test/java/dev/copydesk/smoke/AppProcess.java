package dev.copydesk.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged jar run as its own process, as an operator runs it: on a free port, its output in a log file. */
final class AppProcess {

    static final Path TARGET = Path.of("target");

    final Process process;
    final String baseUrl;
    final Path log;

    private AppProcess(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts {@code target/copydesk.jar} with these arguments (the port is added); does not wait for it. */
    static AppProcess start(String logName, String... args) throws IOException {
        Path jar = TARGET.resolve("copydesk.jar");
        assertThat(jar).as("run `./mvnw verify`: the jar is built before this test").exists();
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(args));
        Path log = TARGET.resolve(logName);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(process, "http://localhost:" + port + "/", log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until {@code path} answers 200; fails with the app's log if the process exits first. */
    void waitUntilServing(String path, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited early; see " + log + ":\n" + Files.readString(log));
            }
            try {
                var connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The app did not serve " + baseUrl + path + " within " + timeout);
    }

    /** The JVM dies at once, as in a crash or an OOM kill: no shutdown hook, no flush. */
    void killMinusNine() throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start().waitFor();
        process.waitFor();
    }

    void stop() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
