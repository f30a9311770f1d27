package dev.copydesk.editing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import dev.copydesk.editing.ui.ParagraphTools;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the paragraph tools' buttons and what they call, with no UI and no Spring. */
class ParagraphToolsTest {

    private final ParagraphTools tools = new ParagraphTools();
    private final List<String> calls = new ArrayList<>();

    @Test
    void an_untagged_paragraph_offers_both_tags_and_each_button_tags_with_its_kind() {
        assertThat(tools.isVisible()).isFalse();
        tools.show(Optional.empty(), () -> calls.add("untag"), kind -> calls.add("tag " + kind));
        assertThat(tools.isVisible()).isTrue();
        assertThat(buttons()).extracting(Button::getText).containsExactly("Tag as ad", "Tag as boilerplate");
        button("tag-boilerplate").click();
        button("tag-ad").click();
        assertThat(calls).containsExactly("tag BOILERPLATE", "tag AD");
    }

    @Test
    void a_tagged_paragraph_offers_only_untag_named_by_its_kind() {
        tools.show(Optional.of(new Tag(TagKind.BOILERPLATE, "About us.")), () -> calls.add("untag"),
                kind -> calls.add("tag " + kind));
        assertThat(buttons()).extracting(Button::getText).containsExactly("Untag (Boilerplate)");
        button("untag").click();
        assertThat(calls).containsExactly("untag");
    }

    private List<Button> buttons() {
        return tools.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private Button button(String id) {
        return buttons().stream().filter(b -> b.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }
}
