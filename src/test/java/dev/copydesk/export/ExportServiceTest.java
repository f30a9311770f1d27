package dev.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import dev.copydesk.story.WorkflowException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ExportServiceTest {

    @Autowired
    StoryService stories;
    @Autowired
    ReviewService workflow;
    @Autowired
    ExportService exports;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private StoryDetails approved(String body, List<Tag> tags) {
        StoryDetails s = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(
                "Export " + System.nanoTime(), "By Reporter", "wire", body, "raw")));
        TestUsers.as("editor", Role.EDITOR, () -> stories.save(s.id(), new StoryEdit(1, s.headline(), s.byline(), body,
                "tags", tags)));
        TestUsers.as("editor", Role.EDITOR, () -> workflow.submit(s.id(), null));
        return TestUsers.as("reviewer", Role.REVIEWER, () -> workflow.approve(s.id(), tags.isEmpty() ? 1 : 2, null));
    }

    @Test
    void export_leaves_tagged_text_out_marks_the_story_exported_and_works_again_after_a_new_approval() {
        StoryDetails s = approved("The council met.\n\nVisit Our Garden Centre And Cafe\n\nIt approved the budget.",
                List.of(new Tag(TagKind.AD, "Visit Our Garden Centre And Cafe")));
        TestUsers.login("admin", Role.ADMIN);
        String text = exports.exportAndMark(s.id(), ExportFormat.TEXT);
        assertThat(text).isEqualTo(s.headline() + "\n\nBy Reporter\n\nThe council met.\n\nIt approved the budget.\n");
        assertThat(stories.get(s.id()).status()).isEqualTo(StoryStatus.EXPORTED);

        StoryDetails edited = TestUsers.as("editor", Role.EDITOR, () -> stories.save(s.id(), new StoryEdit(2,
                s.headline(), s.byline(), "The council met on Monday.\n\nIt approved the budget.", "date", List.of())));
        assertThat(edited.status()).isEqualTo(StoryStatus.DRAFT);
        TestUsers.as("editor", Role.EDITOR, () -> workflow.submit(s.id(), null));
        TestUsers.as("reviewer", Role.REVIEWER, () -> workflow.approve(s.id(), 3, null));
        TestUsers.login("admin", Role.ADMIN);
        assertThat(exports.exportAndMark(s.id(), ExportFormat.TEXT)).contains("on Monday");
        assertThat(stories.get(s.id()).status()).isEqualTo(StoryStatus.EXPORTED);
    }

    @Test
    void only_admins_export_and_only_approved_revisions() {
        StoryDetails draft = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Draft",
                null, "wire", "Not approved.", "raw")));
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> exports.export(draft.id(), ExportFormat.TEXT)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login("admin", Role.ADMIN);
        assertThatThrownBy(() -> exports.export(draft.id(), ExportFormat.TEXT)).isInstanceOf(WorkflowException.class);
    }

    @Test
    void a_zip_holds_one_file_per_approved_story_and_skips_unapproved_ones() throws Exception {
        StoryDetails a = approved("First story text.", List.of());
        StoryDetails b = approved("Second story text.", List.of());
        StoryDetails draft = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Draft",
                null, "wire", "Not approved.", "raw")));
        TestUsers.login("admin", Role.ADMIN);
        var out = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        int written = exports.zip(List.of(a.id(), draft.id(), b.id()), ExportFormat.NINJS, out, progress::add);
        assertThat(written).isEqualTo(2);
        assertThat(progress).containsExactly(1, 2);
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("story-" + a.id() + "-r1.json", "story-" + b.id() + "-r1.json");
    }

    @Test
    void a_zip_with_a_story_holding_xml_illegal_characters_completes_with_every_entry_valid() throws Exception {
        StoryDetails a = approved("First story text.", List.of());
        StoryDetails broken = approved("Half an emoji \uD83D, a \u0001 control and a \uFFFE non-character.", List.of());
        StoryDetails c = approved("Third story text.", List.of());
        TestUsers.login("admin", Role.ADMIN);
        var out = new ByteArrayOutputStream();
        int written = exports.zip(List.of(a.id(), broken.id(), c.id()), ExportFormat.NITF, out, done -> { });
        assertThat(written).isEqualTo(3);
        var schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/standards/nitf/nitf-3-6.xsd"));
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
            }
        }
        assertThat(names).containsExactly("story-" + a.id() + "-r1.xml", "story-" + broken.id() + "-r1.xml",
                "story-" + c.id() + "-r1.xml");
        assertThat(stories.get(c.id()).status()).isEqualTo(StoryStatus.EXPORTED);
    }
}
