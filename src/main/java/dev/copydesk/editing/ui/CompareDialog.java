package dev.copydesk.editing.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.copydesk.text.Body;

/** The story as received beside the current text (tagged passages marked), both as plain text. */
final class CompareDialog {

    private CompareDialog() {
    }

    static void open(String asReceived, Body current) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("As received \u2194 current");
        dialog.setId("compare-dialog");
        dialog.setWidth("min(96vw, 1200px)");
        dialog.setHeight("85vh");
        Div left = text(asReceived);
        StoryMarkup right = new StoryMarkup();
        right.setId("compare-current");
        right.setHeight("70vh");
        right.show(current, List.of(), new StoryMarkup.Listener() {
            @Override
            public void findingClicked(int index) {
            }

            @Override
            public void paragraphClicked(int start, int end) {
            }
        }, StoryMarkup.Beside.NONE);
        HorizontalLayout columns = new HorizontalLayout(column("As received (revision 1)", left),
                column("Current, unsaved changes included", right));
        columns.setSizeFull();
        dialog.add(columns);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private static Div text(String s) {
        Div d = new Div();
        d.setText(s);
        d.addClassName("copydesk-readonly-body");
        return d;
    }

    private static Div column(String title, com.vaadin.flow.component.Component content) {
        // (plain text on the left; the current text with its tags on the right)
        Div c = new Div(new H4(title), content);
        c.addClassName("copydesk-compare-column");
        return c;
    }
}
