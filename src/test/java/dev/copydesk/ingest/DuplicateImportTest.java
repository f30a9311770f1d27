package dev.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** An import that is nearly the same as a story on the desk is linked to it, never refused. */
@IntegrationTest
class DuplicateImportTest {

    @Autowired
    ImportService imports;
    @Autowired
    StoryService stories;

    @Test
    void the_same_wire_copy_from_a_second_agency_is_linked_to_the_first_and_an_unrelated_story_is_not() {
        String tag = Long.toString(System.nanoTime());
        String body = "Snow closed the mountain pass " + tag + " at noon on Tuesday, and the road authority told "
                + "drivers to wait in the valley until ploughs had cleared the last twelve kilometres. Two coaches "
                + "were turned back at the barrier, and a lorry that slid into a ditch was towed out without injury.";
        ImportReport first = TestUsers.as("editor", Role.EDITOR, () -> imports.importPasted("Snow closes pass\n\n"
                + body, "Nordic Wire", null));
        ImportReport second = TestUsers.as("editor", Role.EDITOR, () -> imports.importPasted("Pass shut by snow\n\n"
                + body.replace("at noon on Tuesday", "on Tuesday at noon") + " Ploughs were expected to finish by "
                + "evening.", "Alpine Agency", null));
        assertThat(first.story().duplicateOf()).isNull();
        assertThat(second.story().duplicateOf()).isEqualTo(first.story().id());
        assertThat(second.story().duplicateScore()).isBetween(30, 100);
        assertThat(second.notes()).anySatisfy(n -> assertThat(n).contains("story " + first.story().id())
                .contains("both are kept"));
        var listed = TestUsers.as("editor", Role.EDITOR, () -> stories.list(StoryFilter.ALL,
                PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "id"))));
        assertThat(listed.getFirst().duplicateOf()).isEqualTo(first.story().id());

        ImportReport unrelated = TestUsers.as("editor", Role.EDITOR, () -> imports.importPasted("Library reopens\n\n"
                + "The central library reopened on Saturday " + tag + ", eight months after floodwater filled its "
                + "basement and ruined more than twenty thousand books, archives and local newspapers.", "Gazette",
                null));
        assertThat(unrelated.story().duplicateOf()).isNull();
    }
}
