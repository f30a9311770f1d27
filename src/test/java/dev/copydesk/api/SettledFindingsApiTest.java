package dev.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.editing.StoryAutocleanService;
import dev.copydesk.review.IgnoreService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Over HTTP, GET …/findings and POST …/autoclean leave alone an ad the editor ignored with a reason. */
@IntegrationTest
class SettledFindingsApiTest {

    private static final String KEPT = "Advertisement: Riverside Garden Centre Spring Sale";
    private static final String OTHER = "Sponsored: Harbour View Apartments Open Day";

    @Value("${local.server.port}")
    int port;
    @Autowired
    StoryService stories;
    @Autowired
    StoryAutocleanService findings;
    @Autowired
    IgnoreService ignores;

    @Test
    void the_api_honours_the_editors_ignored_finding_in_findings_and_autoclean() throws Exception {
        ApiCalls api = new ApiCalls(port);
        long id = api.importStory("Garden Centre Sale Draws Crowds\nThe garden centre opened in 1984.\n" + KEPT
                + "\nIt employs 40 people.\n" + OTHER);
        TestUsers.as("editor", Role.EDITOR, () -> {
            StoryDetails s = stories.get(id);
            var ad = findings.findings(id).stream().filter(f -> s.body().substring(f.start(), f.end()).contains(KEPT))
                    .findFirst().orElseThrow();
            ignores.ignore(id, ad, s.body(), "Ad insert", "The sale is what the story is about");
            return null;
        });

        ApiCalls.Reply listed = api.get("reviewer", "/api/stories/" + id + "/findings");
        String body = api.get("reviewer", "/api/stories/" + id).json().get("body").asString();
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().valueStream().map(f -> covered(body, f))).noneMatch(t -> t.contains(KEPT))
                .anyMatch(t -> t.contains(OTHER));

        ApiCalls.Reply cleaned = api.call("editor", "POST", "/api/stories/" + id + "/autoclean", null, null);
        assertThat(cleaned.status()).isEqualTo(200);
        assertThat(cleaned.json().get("body").asString()).contains(KEPT).doesNotContain(OTHER);
    }

    private static String covered(String body, JsonNode finding) {
        return body.substring(finding.get("start").asInt(), finding.get("end").asInt());
    }
}
