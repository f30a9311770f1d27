package dev.copydesk.cleanup.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.copydesk.cleanup.corpus.Garbler.Defect;
import dev.copydesk.cleanup.corpus.Garbler.Garbled;
import dev.copydesk.cleanup.corpus.Garbler.Kind;
import dev.copydesk.cleanup.corpus.OneStopEnglish.Story;
import dev.copydesk.cleanup.corpus.Words.Span;

/** The corpus benchmark's garbler keeps exact gold (it needs no corpus: the story here is made up). */
class GarblerTest {

    private static final Story STORY = new Story("Harbour", "Harbour plan approved", String.join("\n\n",
            "The council approved the harbour plan on Monday after a long debate. Work starts in May.",
            "“It is a good day for the town,” said the mayor, Ann Roberts. She thanked the residents who had campaigned "
                    + "for the scheme over the past five years.",
            "Opponents said the cost, estimated at £40m, was too high; they asked for a review. The council refused.",
            "The first ships are expected to use the new quay in 2027, officials said. Fishing boats will keep their "
                    + "moorings in the old harbour.",
            "Roberts said the plan would create 200 jobs. Critics doubted the figure and called it optimistic."));

    private final Garbler garbler = new Garbler(11, List.of("Bridge reopens", "School closes early"));

    @Test
    void every_kind_can_be_injected_alone_and_undone_exactly() {
        for (Kind kind : Kind.values()) {
            Garbled g = garbler.garble(STORY, kind);
            assertThat(g.defects()).as(kind.name()).hasSize(1);
            assertThat(g.defects().getFirst().kind()).isEqualTo(kind);
            assertThat(g.text()).as(kind.name()).isNotEqualTo(STORY.body());
            assertThat(g.undone()).as(kind.name()).isEqualTo(STORY.body());
            assertSpansInside(g);
        }
    }

    @Test
    void a_mixed_garbling_is_deterministic_and_exact() {
        for (int seed = 0; seed < 200; seed++) {
            Garbler g = new Garbler(seed, List.of("Bridge reopens"));
            Garbled a = g.garble(STORY);
            Garbled b = new Garbler(seed, List.of("Bridge reopens")).garble(STORY);
            assertThat(a.text()).isEqualTo(b.text());
            assertThat(a.undone()).isEqualTo(STORY.body());
            assertSpansInside(a);
        }
    }

    @Test
    void spans_cover_what_was_injected() {
        Garbled g = garbler.garble(STORY, Kind.BYLINE);
        Defect d = g.defects().getFirst();
        String line = g.text().substring(d.spans().getFirst().start(), d.spans().getFirst().end());
        assertThat(g.text()).startsWith(line + "\n\n");
        assertThat(STORY.body()).doesNotContain(line);

        Garbled space = garbler.garble(STORY, Kind.MISSING_SPACE);
        Span s = space.defects().getFirst().spans().getFirst();
        assertThat(space.text().substring(s.start(), s.end())).doesNotContain(" ").matches(".*[.,;:!?”’\")].*");
    }

    private static void assertSpansInside(Garbled g) {
        for (Defect d : g.defects()) {
            assertThat(d.spans()).as(d.toString()).isNotEmpty();
            for (Span s : d.spans()) {
                assertThat(s.start()).isBetween(0, g.text().length());
                assertThat(s.end()).isBetween(s.start(), g.text().length());
            }
        }
    }
}
