package dev.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BodyTest {

    private static final String[] WORDS = {"council", "Budget", "vote", "Kyiv", "said", "\u201cWe", "won\u2019t\u201d",
            "2024.", "U.N", "per", "cent", "&", "caf\u00e9", "\u0627\u0644\u0633\u0644\u0627\u0645", "\u4e2d\u6587",
            "AD:", "(Reuters)", "-", "\u2014", "by", "nine", "votes"};
    /** Inside a paragraph: kept exactly, defects included. */
    private static final String[] INNER_SPACE = {" ", "  ", " \u00a0", "\u00a0", "\t", " \u00a0 "};
    /** At a line's ends: trimmed. */
    private static final String[] EDGE_SPACE = {"", " ", "  ", "\t", "\u00a0", " \u00a0", "\u200b", "\ufeff"};
    /** Between paragraphs: any run of line breaks, possibly with blank lines of spaces. */
    private static final String[] BREAKS = {"\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\t\n",
            "\n\u00a0\n\n", "\r\n \r\n\r\n"};

    @Test
    void a_thousand_varied_bodies_render_to_their_canonical_form_and_parse_back_to_the_same_blocks() {
        Random random = new Random(20261201);
        for (int n = 0; n < 1000; n++) {
            List<String> paragraphs = new ArrayList<>();
            StringBuilder raw = new StringBuilder(pick(random, new String[] {"", "\n", "\n\n", " \n", "\r\n"}));
            int count = 1 + random.nextInt(12);
            for (int p = 0; p < count; p++) {
                StringBuilder para = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
                int words = random.nextInt(15);
                for (int w = 0; w < words; w++) {
                    para.append(pick(random, INNER_SPACE)).append(WORDS[random.nextInt(WORDS.length)]);
                }
                paragraphs.add(para.toString());
                raw.append(pick(random, EDGE_SPACE)).append(para).append(pick(random, EDGE_SPACE));
                raw.append(p + 1 < count ? pick(random, BREAKS) : pick(random, new String[] {"", "\n", "\n\n", "\t"}));
            }
            String canonical = String.join("\n\n", paragraphs);

            Body body = Body.parse(raw.toString());
            assertThat(body.text()).as("body %d", n).isEqualTo(canonical);
            assertThat(Body.canonical(raw.toString())).isEqualTo(canonical);
            assertThat(Body.parse(body.text())).as("body %d", n).isEqualTo(body);
            assertThat(body.blocks()).extracting(Block::text).containsExactlyElementsOf(paragraphs);
            for (int i = 0; i < body.size(); i++) {
                assertThat(body.text().substring(body.start(i), body.end(i))).isEqualTo(paragraphs.get(i));
            }
        }
    }

    @Test
    void an_edited_block_keeps_its_id_and_kind_and_new_blocks_get_fresh_ids() {
        Body body = Body.parse("The council met.\nBuy Our Sofas Now\nIt approved the budget.").withKind("b2", BlockKind.AD);
        Body edited = body.edit("The council met on Monday.\n\nBuy Our Sofas Now!\n\nIt approved the budget.\n\nIt takes effect in April.");
        assertThat(edited.blocks()).containsExactly(
                new Block("b1", BlockKind.TEXT, "The council met on Monday."),
                new Block("b2", BlockKind.AD, "Buy Our Sofas Now!"),
                new Block("b3", BlockKind.TEXT, "It approved the budget."),
                new Block("b4", BlockKind.TEXT, "It takes effect in April."));
    }

    @Test
    void deleting_one_paragraph_and_editing_the_next_keeps_the_edited_one_its_own_id() {
        Body body = Body.parse("Alpha council met on Monday.\nBravo sofa advert here.\nCharlie approved the budget by nine votes.");
        Body edited = body.edit("Alpha council met on Monday.\nCharlie approved the budget by nine votes to four.");
        assertThat(edited.blocks()).extracting(Block::id).containsExactly("b1", "b3");
        Body inserted = body.edit("New opening line entirely different.\nAlpha council met on Monday.\n"
                + "Bravo sofa advert here.\nCharlie approved the budget by nine votes.");
        assertThat(inserted.blocks()).extracting(Block::id).containsExactly("b4", "b1", "b2", "b3");
        Body moved = body.withKind("b2", BlockKind.AD).edit("Bravo sofa advert here.\nAlpha council met on Monday.\n"
                + "Charlie approved the budget by nine votes.");
        assertThat(moved.blocks()).as("a moved paragraph keeps its id and kind")
                .containsExactly(new Block("b2", BlockKind.AD, "Bravo sofa advert here."),
                        new Block("b1", BlockKind.TEXT, "Alpha council met on Monday."),
                        new Block("b3", BlockKind.TEXT, "Charlie approved the budget by nine votes."));
    }

    @Test
    void publish_text_leaves_out_every_block_that_is_not_text_and_offsets_name_blocks() {
        Body body = Body.parse("One.\n\n\nAD: Two\nThree.").withKind("b2", BlockKind.AD);
        assertThat(body.publishText()).isEqualTo("One.\n\nThree.");
        assertThat(body.text()).isEqualTo("One.\n\nAD: Two\n\nThree.");
        assertThat(body.indexAt(0)).isZero();
        assertThat(body.indexAt(4)).as("the separator belongs to no block").isEqualTo(-1);
        assertThat(body.indexAt(6)).isEqualTo(1);
    }

    @Test
    void a_block_is_one_trimmed_non_blank_line_and_ids_are_unique() {
        assertThatThrownBy(() -> new Block("b1", BlockKind.TEXT, " padded")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block("b1", BlockKind.TEXT, "two\nlines")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block("b1", BlockKind.TEXT, "\u00a0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Body.of(List.of(new Block("b1", BlockKind.TEXT, "a"), new Block("b1", BlockKind.TEXT, "b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Body.parse(" \n\t\n\u00a0 ").isEmpty()).isTrue();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
