package dev.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.editing.StoryAutocleanService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SourceLearningTest {

    private static final String STOCK = "Harbour Wire Service: regional news around the clock";
    private static final String TWICE = "Sent from the Harbour Wire newsroom app";

    @Autowired
    ImportService imports;
    @Autowired
    SourceLearning learning;
    @Autowired
    StoryAutocleanService autoclean;

    private final String source = "harbour-wire-" + System.nanoTime();

    @BeforeEach
    void login() {
        TestUsers.login("editor", Role.EDITOR);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private StoryDetails story(String from, String topic, String... extraLines) {
        String text = topic + " update\n\nThe " + topic + " committee met on Monday and agreed a new plan for the year."
                + "\n\n" + String.join("\n\n", extraLines) + "\n\nMembers will vote on the " + topic + " plan in March.";
        return imports.importText(text, from, null);
    }

    private List<String> learnedFlags(StoryDetails s) {
        return autoclean.findings(s.id()).stream().filter(f -> f.ruleId().equals("learned-boilerplate"))
                .map(Finding::message).toList();
    }

    @Test
    void a_line_three_stories_from_one_source_carried_is_flagged_in_its_next_story_and_nowhere_else() {
        story(source, "harbour", STOCK, TWICE);
        story(source, "ferry", STOCK);
        StoryDetails third = story(source, "bridge", STOCK);
        assertThat(learning.of(source)).as("learned with the third story").containsExactly(STOCK.toLowerCase());
        assertThat(autoclean.findings(third.id())).filteredOn(f -> f.ruleId().equals("learned-boilerplate"))
                .extracting(f -> third.body().substring(f.start(), f.end()).strip()).containsExactly(STOCK);

        StoryDetails fourth = story(source, "airport", STOCK, TWICE);
        assertThat(autoclean.findings(fourth.id())).filteredOn(f -> f.ruleId().equals("learned-boilerplate"))
                .singleElement().satisfies(f -> assertThat(fourth.body().substring(f.start(), f.end())).contains(STOCK));
        assertThat(autoclean.autoclean(fourth.id()).body()).as("a hint, not a safe fix: a re-sent story repeats lines too")
                .contains(STOCK);
        StoryDetails cleaned = autoclean.autoclean(fourth.id(), Autoclean.Level.SUGGESTED);
        assertThat(cleaned.body()).doesNotContain(STOCK).contains("airport committee met");
        assertThat(cleaned.body()).as("two stories carried it: not yet the feed's boilerplate").contains(TWICE);

        StoryDetails elsewhere = story("other-" + source, "harbour", STOCK);
        assertThat(learnedFlags(elsewhere)).as("another source has not sent it").isEmpty();
        assertThat(learning.learned()).anyMatch(l -> l.source().equals(source) && l.text().equals(STOCK) && l.stories() == 4);
    }

    @Test
    void a_re_sent_story_teaches_nothing_and_is_not_flagged_as_boilerplate() {
        String update = "Flood latest\n\nThe river rose overnight.\n\nPolice closed the bridge.\n\nNo one was hurt.";
        for (int i = 0; i < 4; i++) {
            imports.importText(update, source, null);
        }
        assertThat(learning.of(source)).as("the same story sent four times: an update, not a feed's stock lines").isEmpty();
    }

    @Test
    void a_short_story_made_mostly_of_stock_lines_still_counts() {
        String sign = "Harbour Wire: news around the clock";
        String off = "Talks resume on Friday.";
        imports.importText("Strike hits rail\n\nWorkers on the rail network walked out on Monday over pay.\n\n"
                + sign + "\n\n" + off, source, null);
        imports.importText("Strike hits ferries\n\nCrews on the island ferries stopped work at dawn over rotas.\n\n"
                + sign + "\n\n" + off, source, null);
        imports.importText("Fares rise\n\nBus fares will rise by ten pence in April, the council said.\n\n"
                + sign, source, null);
        assertThat(learning.of(source)).contains(sign.toLowerCase());
    }

    @Test
    void an_admin_forgets_a_line_and_it_stays_forgotten_an_editor_cannot() {
        for (String topic : List.of("rail", "road", "canal")) {
            story(source, topic, STOCK);
        }
        long id = learning.learned().stream().filter(l -> l.source().equals(source)).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> learning.forget(id)).isInstanceOf(AccessDeniedException.class);
        TestUsers.as("admin", Role.ADMIN, () -> {
            learning.forget(id);
            return null;
        });
        StoryDetails next = story(source, "tram", STOCK);
        assertThat(learning.of(source)).isEmpty();
        assertThat(learnedFlags(next)).isEmpty();
    }

    @Test
    void a_story_with_more_lines_than_one_query_takes_is_learned_from_all_of_them() {
        // 1,200 distinct short lines: more than two batches of the lookup, the stock line the last of them
        String[] many = new String[1200];
        for (int i = 0; i < many.length - 1; i++) {
            many[i] = "Tide table entry " + i + " for the harbour";
        }
        many[many.length - 1] = STOCK;
        story(source, "ferry", STOCK);
        story(source, "lifeboat", STOCK);
        story(source, "harbour", many); // the stock line's row is found in the lookup's third batch
        assertThat(learnedFlags(story(source, "pier", STOCK))).hasSize(1);
    }
}
