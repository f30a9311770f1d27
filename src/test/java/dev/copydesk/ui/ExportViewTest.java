package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import dev.copydesk.TestStories;
import dev.copydesk.export.ExportFormat;
import dev.copydesk.export.ui.ExportView;
import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryListItem;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExportViewTest extends KaribuTest {

    @Autowired
    StoryService stories;
    @Autowired
    ReviewService workflow;

    @Test
    void an_admin_previews_an_approved_story_in_any_format_and_a_reviewer_cannot_open_the_view() {
        StoryDetails s = TestStories.approved(stories, workflow, "Export view " + System.nanoTime(),
                "Text with <b>markup</b> & more.");

        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(ExportView.class);
        @SuppressWarnings("unchecked")
        Grid<StoryListItem> grid = _get(Grid.class, spec -> spec.withId("export-grid"));
        StoryListItem item = GridKt._findAll(grid).stream().filter(i -> i.id() == s.id()).findFirst().orElseThrow();
        GridKt._clickItem(grid, GridKt._findAll(grid).indexOf(item));
        assertThat(_get(Div.class, spec -> spec.withId("export-preview")).getText())
                .isEqualTo(s.headline() + "\n\nText with <b>markup</b> & more.\n");
        @SuppressWarnings("unchecked")
        Select<ExportFormat> format = _get(Select.class, spec -> spec.withId("export-format"));
        format.setValue(ExportFormat.HTML);
        assertThat(_get(Div.class, spec -> spec.withId("export-preview")).getText()).contains("&lt;b&gt;markup");

        login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ExportView.class)).isInstanceOf(MockAccessDeniedException.class);
    }
}
