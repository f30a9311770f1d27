package dev.copydesk.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Span;

/** Plain JUnit: the view's spans are checked as text, no UI or Spring needed. */
class DiffViewTest {

    @Test
    void a_change_of_spacing_alone_says_so_and_no_change_says_none() {
        assertThat(texts("The council  approved\u00A0it.\n\n\nThe end. ", "The council approved it.\n\nThe end."))
                .containsExactly("Only spacing changed.");
        assertThat(texts("The end.", "The end.")).containsExactly("No differences.");
        assertThat(texts(null, "")).containsExactly("No differences.");
    }

    @Test
    void a_moved_paragraph_is_marked_where_it_now_stands_and_noted_where_it_stood() {
        DiffView view = new DiffView();
        view.show("First.\n\nSecond para.\n\nThird para.", "First.\n\nThird para.\n\nSecond para.");
        List<Span> spans = spans(view);
        assertThat(spans).extracting(Span::getText).containsExactly("First.", "\n\n", "moved to paragraph 3",
                "\n\nThird para.", "\n\n", "Second para.");
        assertThat(spans).filteredOn(s -> s.hasClassName("diff-moved")).singleElement()
                .satisfies(s -> assertThat(s.getTitle()).contains("Moved from paragraph 2"));
        assertThat(spans).filteredOn(s -> s.hasClassName("diff-moved-away")).hasSize(1);
        assertThat(spans).noneMatch(s -> s.hasClassName("diff-ins") || s.hasClassName("diff-del"));
    }

    private static List<String> texts(String before, String after) {
        DiffView view = new DiffView();
        view.show(before, after);
        return spans(view).stream().map(Span::getText).toList();
    }

    private static List<Span> spans(DiffView view) {
        return view.getChildren().map(Span.class::cast).toList();
    }
}
