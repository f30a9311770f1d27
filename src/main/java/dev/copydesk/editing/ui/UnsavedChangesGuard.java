package dev.copydesk.editing.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Keeps unsaved work from being left by accident: navigating away inside the app asks first, and so does the
 * browser when the tab is closed or reloaded (which has no server round trip, so the browser is told to ask).
 */
final class UnsavedChangesGuard {

    private final Component root;
    private final BooleanSupplier dirty;

    /** Guards {@code root} (the view) while {@code dirty} says there is unsaved work. */
    UnsavedChangesGuard(Component root, BooleanSupplier dirty) {
        this.root = root;
        this.dirty = dirty;
        root.getElement().executeJs("""
                const root = this;
                root.addEventListener('input', () => root.__copydeskDirty = true);
                window.addEventListener('beforeunload', e => {
                  if (root.isConnected && root.__copydeskDirty) { e.preventDefault(); e.returnValue = ''; }
                });""");
    }

    /** Just saved or loaded: the browser need not ask. */
    void markClean() {
        root.getElement().executeJs("this.__copydeskDirty = false");
    }

    /** After a change on the server side: the browser asks if the work is still unsaved. */
    void markChanged() {
        root.getElement().executeJs("this.__copydeskDirty = $0", dirty.getAsBoolean());
    }

    /** Postpones leaving with unsaved work until the editor confirms; {@code leaving} runs before it proceeds. */
    void beforeLeave(BeforeLeaveEvent event, Runnable leaving) {
        if (!dirty.getAsBoolean()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Unsaved changes",
                "You have changes that are not saved (a draft is kept and offered next time). Leave anyway?", "Leave",
                ok -> {
                    leaving.run();
                    action.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
