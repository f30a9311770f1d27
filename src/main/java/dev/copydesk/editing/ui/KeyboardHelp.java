package dev.copydesk.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The editor's keyboard shortcuts (Ctrl+S is Save's own), and their help in a small overlay (Alt+H or "Keys"). */
final class KeyboardHelp {

    private static final String[][] KEYS = {
            {"Alt+J", "next finding"}, {"Alt+K", "previous finding"}, {"Alt+A", "accept the selected finding"},
            {"Alt+I", "ignore the selected finding"}, {"Alt+E", "edit text / back to findings"},
            {"Ctrl+S", "save (one revision for everything since the last save)"}, {"Alt+H", "this help"}};

    private KeyboardHelp() {
    }

    /** Binds the Alt keys above on the editor view to what it does. */
    static void bind(Component view, Runnable next, Runnable previous, Runnable accept, Runnable ignore,
            Runnable toggleEditing) {
        Shortcuts.addShortcutListener(view, next::run, Key.KEY_J, KeyModifier.ALT);
        Shortcuts.addShortcutListener(view, previous::run, Key.KEY_K, KeyModifier.ALT);
        Shortcuts.addShortcutListener(view, accept::run, Key.KEY_A, KeyModifier.ALT);
        Shortcuts.addShortcutListener(view, ignore::run, Key.KEY_I, KeyModifier.ALT);
        Shortcuts.addShortcutListener(view, toggleEditing::run, Key.KEY_E, KeyModifier.ALT);
        Shortcuts.addShortcutListener(view, KeyboardHelp::open, Key.KEY_H, KeyModifier.ALT);
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
