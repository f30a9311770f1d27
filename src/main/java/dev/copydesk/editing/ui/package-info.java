/**
 * The editor view and its parts: a Vaadin-free {@link dev.copydesk.editing.ui.EditorSession} (what changed since the
 * last save, the draft, the pending findings) and small components (toolbar, marked-up text, findings panel, lock and
 * draft banners, unsaved-changes guard, conflict and compare dialogs).
 */
package dev.copydesk.editing.ui;
