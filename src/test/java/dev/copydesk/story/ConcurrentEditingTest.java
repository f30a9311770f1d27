package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two (or more) editors on one story: nothing either of them typed is ever silently lost. */
@IntegrationTest
class ConcurrentEditingTest {

    private static final int PARAGRAPHS = 8;

    @Autowired
    StoryService stories;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private StoryDetails story() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            body.append(i == 0 ? "" : "\n\n").append("Paragraph ").append(i).append(" as received.");
        }
        return TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Concurrent " + System.nanoTime(),
                null, "t", body.toString(), "raw")));
    }

    @Test
    void non_overlapping_edits_from_the_same_base_both_survive() {
        StoryDetails s = story();
        TestUsers.login("editor", Role.EDITOR);
        stories.save(s.id(), new StoryEdit(1, s.headline(), null, s.body().replace("Paragraph 1 as", "Paragraph 1 edited by A,"), "A"));
        TestUsers.login("admin", Role.ADMIN);
        StoryDetails merged = stories.save(s.id(), new StoryEdit(1, s.headline(), null,
                s.body().replace("Paragraph 6 as", "Paragraph 6 edited by B,"), "B"));
        assertThat(merged.revision()).isEqualTo(3);
        assertThat(merged.body()).contains("Paragraph 1 edited by A,", "Paragraph 6 edited by B,");
        assertThat(stories.history(s.id()).getFirst().message()).isEqualTo("B (merged with revision 2 by editor)");
    }

    @Test
    void overlapping_edits_are_refused_with_both_texts_and_nothing_is_written() {
        StoryDetails s = story();
        TestUsers.login("editor", Role.EDITOR);
        stories.save(s.id(), new StoryEdit(1, s.headline(), null, s.body().replace("Paragraph 3 as", "P3 by A,"), "A"));
        String mine = s.body().replace("Paragraph 3 as", "P3 by B,");
        assertThatThrownBy(() -> stories.save(s.id(), new StoryEdit(1, s.headline(), null, mine, "B")))
                .isInstanceOfSatisfying(MergeConflictException.class, e -> {
                    assertThat(e.mine()).isEqualTo(mine);
                    assertThat(e.theirs()).contains("P3 by A,");
                });
        assertThat(stories.history(s.id())).hasSize(2);
    }

    /**
     * Many editors save random one-paragraph edits from whatever revision they last saw, in random interleavings.
     * Every save either lands (its edit is in the text right after it) or is refused with the editor's own text
     * handed back; no edit vanishes without a refusal.
     */
    @Test
    void randomized_interleavings_never_lose_an_edit_silently() throws Exception {
        for (int round = 0; round < 6; round++) {
            StoryDetails s = story();
            var auth = TestUsers.login("editor", Role.EDITOR);
            Random random = new Random(round);
            ConcurrentLinkedQueue<String> landed = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(4)) {
                for (int w = 0; w < 4; w++) {
                    int writer = w;
                    long seed = random.nextLong();
                    futures.add(pool.submit(() -> {
                        SecurityContextHolder.getContext().setAuthentication(auth);
                        Random r = new Random(seed);
                        start.await();
                        StoryDetails seen = stories.get(s.id());
                        for (int k = 0; k < 5; k++) {
                            String marker = "[w" + writer + "e" + k + "]";
                            int p = r.nextInt(PARAGRAPHS);
                            String body = seen.body().replace("Paragraph " + p + " ", "Paragraph " + p + " " + marker + " ");
                            try {
                                StoryDetails saved = stories.save(s.id(), new StoryEdit(seen.revision(), seen.headline(),
                                        null, body, marker));
                                assertThat(saved.body()).as("a landed edit is in the saved text").contains(marker);
                                landed.add(marker);
                                seen = saved;
                            } catch (MergeConflictException e) {
                                assertThat(e.mine()).as("a refusal hands the editor's text back").contains(marker);
                                refused.add(marker);
                                seen = stories.get(s.id());
                            }
                            Thread.sleep(r.nextInt(3));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get();
                }
            }
            String finalBody = stories.get(s.id()).body();
            assertThat(landed.size() + refused.size()).isEqualTo(20);
            assertThat(landed).isNotEmpty();
            // Later saves are merged against the text they saw, so a landed edit stays unless a later one
            // replaced that very paragraph, which is a conflict, never a silent overwrite.
            for (String marker : landed) {
                assertThat(finalBody).as("edit %s survives to the end", marker).contains(marker);
            }
        }
    }
}
