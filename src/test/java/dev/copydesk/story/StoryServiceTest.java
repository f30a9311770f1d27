package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class StoryServiceTest {

    @Autowired
    StoryService stories;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void loginAsEditor() {
        TestUsers.login("editor", Role.EDITOR);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private StoryDetails newStory(String body) {
        return stories.create(new StoryDraft("Test headline " + System.nanoTime(), "By Test Writer", "Test wire",
                body, "raw:" + body));
    }

    @Test
    void create_writes_revision_one_as_received_with_the_raw_text_beside_it() {
        StoryDetails story = newStory("First  paragraph.\r\nSecond line.");
        assertThat(story.revision()).isEqualTo(1);
        assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(story.body()).as("words and inner spacing exactly as received; paragraphs one blank line apart")
                .isEqualTo("First  paragraph.\n\nSecond line.");
        RevisionDetails first = stories.revision(story.id(), 1);
        assertThat(first.rawText()).isEqualTo("raw:First  paragraph.\r\nSecond line.");
        assertThat(first.author()).isEqualTo("editor");
        assertThat(first.parentNumber()).isNull();
    }

    @Test
    void every_save_writes_a_new_revision_and_never_changes_an_old_one() {
        StoryDetails story = newStory("Original text.");
        StoryDetails second = stories.save(story.id(), new StoryEdit(1, story.headline(), story.byline(),
                "Edited text.", "first edit"));
        StoryDetails third = stories.save(story.id(), new StoryEdit(2, "New headline", null, "Edited again.", null));

        assertThat(second.revision()).isEqualTo(2);
        assertThat(third.revision()).isEqualTo(3);
        assertThat(stories.revision(story.id(), 1).body()).isEqualTo("Original text.");
        assertThat(stories.revision(story.id(), 2).body()).isEqualTo("Edited text.");
        assertThat(stories.revision(story.id(), 3).headline()).isEqualTo("New headline");
        assertThat(stories.revision(story.id(), 3).parentNumber()).isEqualTo(2);
        assertThat(stories.history(story.id())).extracting(RevisionSummary::number).containsExactly(3, 2, 1);
        assertThat(stories.get(story.id()).headline()).isEqualTo("New headline");
        Integer versions = jdbc.queryForObject(
                "select max(version) from revision where story_id = ?", Integer.class, story.id());
        assertThat(versions).as("revision rows are inserted once and never updated").isZero();
    }

    @Test
    void a_save_based_on_a_stale_revision_is_refused_and_writes_nothing() {
        StoryDetails story = newStory("Original text.");
        stories.save(story.id(), new StoryEdit(1, story.headline(), null, "Their edit.", null));
        assertThatThrownBy(() -> stories.save(story.id(), new StoryEdit(1, story.headline(), null, "My edit.", null)))
                .isInstanceOf(StaleRevisionException.class)
                .hasMessageContaining("Revision 2 by editor");
        assertThat(stories.get(story.id()).body()).isEqualTo("Their edit.");
        assertThat(stories.history(story.id())).hasSize(2);
    }

    @Test
    void two_simultaneous_saves_on_the_same_base_make_one_revision_and_one_refusal() throws Exception {
        StoryDetails story = newStory("Original text.");
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> saves = new ArrayList<>();
        for (String text : List.of("Writer A.", "Writer B.")) {
            saves.add(() -> {
                org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
                start.await();
                try {
                    stories.save(story.id(), new StoryEdit(1, story.headline(), null, text, null));
                    return "saved";
                } catch (StaleRevisionException e) {
                    return "stale";
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> results = saves.stream().map(pool::submit).toList();
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        }
        assertThat(stories.history(story.id())).hasSize(2);
    }

    @Test
    void a_save_without_changes_writes_no_revision() {
        StoryDetails story = newStory("Same text.");
        StoryDetails after = stories.save(story.id(), new StoryEdit(1, story.headline(), story.byline(),
                "Same text.", "nothing"));
        assertThat(after.revision()).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_a_clear_message() {
        StoryDetails story = newStory("Text.");
        assertThatThrownBy(() -> stories.save(story.id(), new StoryEdit(1, "  ", null, "Text!", null)))
                .isInstanceOf(InvalidStoryException.class).hasMessage("A story needs a headline.");
        assertThatThrownBy(() -> stories.save(story.id(), new StoryEdit(1, "H", null, " \n ", null)))
                .isInstanceOf(InvalidStoryException.class).hasMessage("The story has no text below the headline.");
        String huge = "x".repeat(StoryLimits.MAX_BODY_BYTES + 1);
        assertThatThrownBy(() -> stories.save(story.id(), new StoryEdit(1, "H", null, huge, null)))
                .isInstanceOf(InvalidStoryException.class).hasMessageContaining("larger than 1024 KB");
        assertThatThrownBy(() -> stories.get(-5)).isInstanceOf(StoryNotFoundException.class);
        assertThat(stories.history(story.id())).hasSize(1);
    }

    @Test
    void the_desk_filters_by_status_and_searches_headlines_case_insensitively() {
        StoryDetails story = stories.create(new StoryDraft("Zebra Crossing 50% Safer_Report", null, "Wire",
                "Body.", "raw"));
        var byHeadline = stories.list(new StoryFilter(null, "zebra crossing 50%"), PageRequest.of(0, 10));
        assertThat(byHeadline).extracting(StoryListItem::id).containsExactly(story.id());
        assertThat(stories.count(new StoryFilter(null, "50%_"))).isZero();
        assertThat(stories.list(new StoryFilter(StoryStatus.APPROVED, "Zebra"), PageRequest.of(0, 10))).isEmpty();
        var newestFirst = stories.list(StoryFilter.ALL, PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "id")));
        assertThat(newestFirst.getFirst().revisionCount()).isEqualTo(1);
        assertThat(newestFirst.getFirst().lastEditor()).isEqualTo("editor");
    }

    @Test
    void a_reviewer_cannot_save_or_create() {
        StoryDetails story = newStory("Text.");
        TestUsers.login("reviewer", Role.REVIEWER);
        assertThat(stories.get(story.id()).body()).isEqualTo("Text.");
        assertThatThrownBy(() -> stories.save(story.id(), new StoryEdit(1, "H", null, "Changed", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stories.create(new StoryDraft("H", null, "s", "b", "b")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_reads_stories_without_logging_in() {
        TestUsers.logout();
        assertThatThrownBy(() -> stories.count(StoryFilter.ALL))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
