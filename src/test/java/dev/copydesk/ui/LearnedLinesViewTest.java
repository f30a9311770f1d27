package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import dev.copydesk.TestUsers;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.ingest.LearnedLine;
import dev.copydesk.ingest.ui.LearnedLinesView;
import dev.copydesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LearnedLinesViewTest extends KaribuTest {

    @Autowired
    ImportService imports;

    @Test
    void the_desk_lists_what_it_learned_per_source_and_an_admin_forgets_a_line_there() {
        String source = "view-wire-" + System.nanoTime();
        String stock = "View Wire: the news as it happens, every hour";
        for (String topic : new String[] {"rates", "rail", "rain"}) {
            TestUsers.as("editor", Role.EDITOR, () -> imports.importText(topic + " report\n\nThe " + topic
                    + " story of the day is told here in full.\n\n" + stock, source, null));
        }
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(LearnedLinesView.class);
        assertThat(rows(source)).singleElement().satisfies(l -> {
            assertThat(l.text()).isEqualTo(stock);
            assertThat(l.stories()).isEqualTo(3);
        });
        assertThat(_get(Grid.class, spec -> spec.withId("learned-lines")).getColumnByKey("forget"))
                .as("only an admin forgets").isNull();

        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(LearnedLinesView.class);
        @SuppressWarnings("unchecked")
        Grid<LearnedLine> grid = _get(Grid.class, spec -> spec.withId("learned-lines"));
        int row = GridKt._findAll(grid).indexOf(rows(source).getFirst());
        ((Button) GridKt._getCellComponent(grid, row, "forget")).click();
        assertThat(rows(source)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<LearnedLine> rows(String source) {
        Grid<LearnedLine> grid = _get(Grid.class, spec -> spec.withId("learned-lines"));
        return GridKt._findAll(grid).stream().filter(l -> l.source().equals(source)).toList();
    }
}
