package dev.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.copydesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** What the actuator shows: health (liveness, readiness) to anyone, only UP or DOWN; metrics to admins; nothing else. */
@IntegrationTest
class ActuatorTest {

    @Value("${local.server.port}")
    int port;
    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    @Test
    void health_and_its_probes_answer_anyone_and_say_only_up() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var reply = api.send(null, "GET", path, Map.of(), null);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.json().get("status").asText()).as(path).isEqualTo("UP");
            assertThat(reply.text()).as(path + " tells nothing of the database or the disk").doesNotContain("db")
                    .doesNotContain("diskSpace").doesNotContain("components");
        }
    }

    @Test
    void metrics_need_an_admin_and_nothing_else_is_exposed() throws Exception {
        assertThat(api.send(null, "GET", "/actuator/metrics", Map.of(), null).status()).isEqualTo(401);
        var refused = api.get("editor", "/actuator/metrics");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).as("a refusal says so, in JSON").isEqualTo("forbidden");
        var metrics = api.get("admin", "/actuator/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm.memory.used");
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/loggers", "/actuator/health/db"}) {
            assertThat(api.send(null, "GET", hidden, Map.of(), null).status()).as(hidden).isIn(401, 404);
            assertThat(api.get("admin", hidden).status()).as(hidden + " as admin").isEqualTo(403);
        }
    }

    @Test
    void imports_saves_analyses_and_reviews_are_counted_for_the_admin() throws Exception {
        long id = api.importStory("Metrics Headline " + System.nanoTime() + "\n\nA paragraph.\n\nAnother one.");
        var saved = api.json("editor", "POST", "/api/stories/" + id + "/revisions",
                Map.of("baseRevision", 1, "body", "A paragraph, edited.\n\nAnother one."), Map.of());
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        api.get("editor", "/api/stories/" + id + "/findings");
        for (String metric : new String[] {"copydesk.imports", "copydesk.saves", "copydesk.stories.created",
                "copydesk.analyses"}) {
            var reply = api.get("admin", "/actuator/metrics/" + metric);
            assertThat(reply.status()).as(metric + ": " + reply.text()).isEqualTo(200);
            assertThat(reply.json().get("measurements").get(0).get("value").asDouble()).as(metric).isPositive();
        }
        var saves = api.get("admin", "/actuator/metrics/copydesk.saves?tag=outcome:created");
        assertThat(saves.status()).as(saves.text()).isEqualTo(200);
    }
}
