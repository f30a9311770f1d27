package dev.copydesk.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The editor's keyboard shortcuts, in a small overlay (Alt+H or the "Keys" button). */
final class KeyboardHelp {

    private static final String[][] KEYS = {
            {"Alt+J", "next finding"}, {"Alt+K", "previous finding"}, {"Alt+A", "accept the selected finding"},
            {"Alt+I", "ignore the selected finding"}, {"Alt+E", "edit text / back to findings"},
            {"Ctrl+S", "save (one revision for everything since the last save)"}, {"Alt+H", "this help"}};

    private KeyboardHelp() {
    }

    static void open() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Keyboard");
        dialog.setId("keyboard-help");
        for (String[] k : KEYS) {
            Span key = new Span(k[0]);
            key.addClassName("copydesk-key");
            dialog.add(new Div(key, new Span(" " + k[1])));
        }
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }
}
