package dev.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The files in {@code docker/} can't run here (no Docker engine), so they are checked as far as they can be: the
 * compose file parsed as YAML and read for what the deployment relies on, the HAProxy configuration by HAProxy's
 * own checker where it is installed ({@code .ci/run} installs it) and by its lines otherwise.
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("docker");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    @Test
    void the_compose_file_runs_postgres_two_nodes_and_a_sticky_load_balancer_with_health_checks() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsOnlyKeys("db", "app1", "app2", "lb");

        Map<String, Object> db = map(services.get("db"));
        assertThat((String) db.get("image")).startsWith("postgres:");
        assertThat(list(map(db.get("healthcheck")).get("test")).toString()).contains("pg_isready");

        List<String> named = new ArrayList<>();
        for (String node : List.of("app1", "app2")) {
            Map<String, Object> app = map(services.get(node));
            Map<String, Object> env = map(app.get("environment"));
            assertThat(env.get("SPRING_DATASOURCE_URL")).as(node).isEqualTo("jdbc:postgresql://db:5432/copydesk");
            assertThat(env).as(node).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                    "COPYDESK_ADMIN_PASSWORD");
            assertThat((String) env.get("SPRING_DATASOURCE_PASSWORD")).as("a password from the environment, never "
                    + "written here").startsWith("${");
            assertThat(map(map(app.get("depends_on")).get("db")).get("condition")).isEqualTo("service_healthy");
            List<Object> check = list(map(app.get("healthcheck")).get("test"));
            assertThat(check.toString()).contains("/actuator/health/readiness");
            // /dev/tcp is bash's: CMD-SHELL would run it in the image's sh (dash), where it can never pass.
            assertThat(check.subList(0, 3)).as(node).containsExactly("CMD", "bash", "-c");
            assertThat(app.get("image")).isEqualTo("copydesk:latest");
            list(app.get("volumes")).forEach(v -> named.add(((String) v).split(":")[0]));
        }
        Map<String, Object> build = map(map(services.get("app1")).get("build"));
        assertThat(DOCKER.resolve((String) build.get("context")).resolve((String) build.get("dockerfile")).normalize())
                .exists();

        Map<String, Object> lb = map(services.get("lb"));
        assertThat((String) lb.get("image")).startsWith("haproxy:");
        String mount = (String) list(lb.get("volumes")).getFirst();
        assertThat(DOCKER.resolve(mount.split(":")[0]).normalize()).exists();
        assertThat(map(lb.get("depends_on"))).containsOnlyKeys("app1", "app2");

        named.add(((String) list(db.get("volumes")).getFirst()).split(":")[0]);
        assertThat(map(compose.get("volumes")).keySet()).as("every named volume declared")
                .containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void haproxy_keeps_sessions_sticky_passes_websockets_and_checks_readiness_of_both_nodes() throws Exception {
        String cfg = Files.readString(DOCKER.resolve("haproxy.cfg"));
        assertThat(cfg).containsPattern("(?m)^\\s*cookie COPYDESK_NODE insert indirect nocache")
                .containsPattern("(?m)^\\s*option httpchk GET /actuator/health/readiness")
                .containsPattern("(?m)^\\s*timeout tunnel \\S+")
                .containsPattern("(?m)^\\s*mode http");
        Matcher servers = Pattern.compile("(?m)^\\s*server (\\S+) (\\S+):8080 cookie (\\S+)").matcher(cfg);
        List<String> nodes = new ArrayList<>();
        while (servers.find()) {
            assertThat(servers.group(1)).isEqualTo(servers.group(2)).isEqualTo(servers.group(3));
            nodes.add(servers.group(1));
        }
        assertThat(nodes).containsExactly("app1", "app2");

        Path haproxy = java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "haproxy")).filter(Files::isExecutable).findFirst()
                .orElse(Path.of("/usr/sbin/haproxy"));
        boolean ci = Boolean.parseBoolean(System.getenv().getOrDefault("COPYDESK_REQUIRE_POSTGRES", "false"));
        assertThat(Files.isExecutable(haproxy) || !ci).as("CI installs HAProxy to check its configuration").isTrue();
        if (Files.isExecutable(haproxy)) {
            StringBuilder out = new StringBuilder();
            assertThat(run(out, haproxy.toString(), "-c", "-f", DOCKER.resolve("haproxy.cfg").toString()))
                    .as(out.toString()).isZero();
            assertThat(out).contains("Configuration file is valid");
        } else {
            System.out.println("HAProxy is not installed: docker/haproxy.cfg was checked by its lines only.");
        }
    }

    @Test
    void the_dockerfile_runs_the_packaged_jar_as_a_non_root_user_on_port_8080() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:25-jre")
                .containsPattern("(?m)^COPY target/copydesk.jar ")
                .containsPattern("(?m)^USER copydesk")
                .containsPattern("(?m)^EXPOSE 8080");
    }

    @Test
    void the_nodes_health_check_command_passes_on_a_ready_node_and_fails_on_one_that_is_not() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        List<Object> check = list(map(map(map(compose.get("services")).get("app1")).get("healthcheck")).get("test"));
        String script = (String) check.get(3);
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        String[] status = {"{\"status\":\"UP\"}"};
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = status[0].getBytes();
            exchange.sendResponseHeaders(status[0].contains("UP") ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String here = script.replace("8080", Integer.toString(server.getAddress().getPort()));
            assertThat(run("bash", "-c", here)).as("ready").isZero();
            status[0] = "{\"status\":\"DOWN\"}";
            assertThat(run("bash", "-c", here)).as("not ready").isNotZero();
        } finally {
            server.stop(0);
        }
    }

    private static int run(String... command) throws Exception {
        return run(new StringBuilder(), command);
    }

    /** Runs a command to its end (at most 30 s); its output goes to {@code out}; the exit code. */
    private static int run(StringBuilder out, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        out.append(new String(p.getInputStream().readAllBytes()));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
