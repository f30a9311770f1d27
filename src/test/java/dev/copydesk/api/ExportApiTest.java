package dev.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestStories;
import dev.copydesk.TestUsers;
import dev.copydesk.audit.AuditEntry;
import dev.copydesk.export.ExportFormat;
import dev.copydesk.export.ExportService;
import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** An export through the API lands in the audit trail (who, when, which revision) and leaves the status alone. */
@IntegrationTest
class ExportApiTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    StoryService stories;
    @Autowired
    ReviewService workflow;
    @Autowired
    ExportService exports;
    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    private List<AuditEntry> apiExports(long id) {
        return TestUsers.as("admin", Role.ADMIN, () -> stories.auditTrail(id)).stream()
                .filter(e -> e.kind().equals("EXPORTED_VIA_API")).toList();
    }

    @Test
    void an_api_export_is_recorded_in_the_audit_trail_without_changing_the_status() throws Exception {
        StoryDetails s = TestStories.approved(stories, workflow, "Audited export", "The council met.");
        var reply = api.get("admin", "/api/stories/" + s.id() + "/export?format=nitf");
        assertThat(reply.status()).isEqualTo(200);

        List<AuditEntry> recorded = apiExports(s.id());
        assertThat(recorded).hasSize(1);
        AuditEntry e = recorded.getFirst();
        assertThat(e.username()).isEqualTo("admin");
        assertThat(e.revision()).isEqualTo(1);
        assertThat(e.createdAt()).isNotNull();
        assertThat(e.comment()).contains("nitf");
        assertThat(TestUsers.as("admin", Role.ADMIN, () -> stories.get(s.id())).status())
                .as("an API export is a read: the story stays APPROVED").isEqualTo(StoryStatus.APPROVED);
    }

    @Test
    void refused_and_failed_exports_and_the_admin_preview_record_nothing() throws Exception {
        StoryDetails s = TestStories.approved(stories, workflow, "Unaudited export", "The council met.");
        assertThat(api.get("reviewer", "/api/stories/" + s.id() + "/export?format=text").status())
                .isEqualTo(403);
        assertThat(api.get("admin", "/api/stories/" + s.id() + "/export?format=pdf").status())
                .isEqualTo(400);
        TestUsers.as("admin", Role.ADMIN, () -> exports.export(s.id(), ExportFormat.TEXT));
        assertThat(apiExports(s.id())).isEmpty();
    }
}
