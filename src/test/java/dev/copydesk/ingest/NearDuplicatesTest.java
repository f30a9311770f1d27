package dev.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static final String WIRE = "Dock workers at the port of Gothenburg walked out at midnight, halting ferry "
            + "crossings and the loading of freight for the first time in eleven years. The union said talks on night "
            + "shifts broke down on Sunday evening after the employers refused to limit them to two a week. Both sides "
            + "are due to meet a state mediator on Wednesday, and ferries to Frederikshavn are cancelled until then.";

    @Test
    void the_same_copy_again_or_lightly_edited_by_another_desk_is_alike() {
        assertThat(NearDuplicates.of(WIRE).similarity(NearDuplicates.of(WIRE))).isEqualTo(1.0);
        String edited = WIRE.replace("walked out at midnight", "went on strike at midnight")
                .replace("Both sides", "The two sides").replace("  ", " ") + " More to follow.";
        double s = NearDuplicates.of(WIRE).similarity(NearDuplicates.of(edited));
        assertThat(s).isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
        assertThat(NearDuplicates.of(WIRE.toUpperCase().replace(",", " ,")).similarity(NearDuplicates.of(WIRE)))
                .as("case and punctuation do not count").isEqualTo(1.0);
    }

    @Test
    void different_stories_on_the_same_subject_are_not_alike() {
        String other = "Ferry passengers faced long queues in Frederikshavn on Monday as the harbour strike in Sweden "
                + "entered its second day. Travel agents said bookings for the Christmas crossings had fallen, and "
                + "hauliers asked the Danish government to press for a quick settlement between the port and its staff.";
        String unrelated = "The central library reopened on Saturday, eight months after floodwater filled its "
                + "basement and ruined more than twenty thousand books, archives and local newspapers going back to "
                + "1890, the council said.";
        assertThat(NearDuplicates.of(WIRE).similarity(NearDuplicates.of(other))).isLessThan(NearDuplicates.THRESHOLD);
        assertThat(NearDuplicates.of(WIRE).similarity(NearDuplicates.of(unrelated))).isLessThan(0.1);
        assertThat(NearDuplicates.of("Too short to say anything about.")).isNull();
    }

    @Test
    void a_signature_survives_storage_and_alike_texts_share_a_band() {
        NearDuplicates.Signature sig = NearDuplicates.of(WIRE);
        assertThat(NearDuplicates.Signature.decode(sig.encode()).mins()).containsExactly(sig.mins());
        assertThat(sig.encode()).hasSize(480);
        String resent = WIRE + " Updates with mediator's name.";
        assertThat(NearDuplicates.of(resent).bands()).containsAnyElementsOf(sig.bands());
    }
}
