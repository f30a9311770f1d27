/**
 * The cleanup engine: plain text in, findings out. Pure Java (plus LanguageTool) with no Spring, JPA or
 * Vaadin in its core; {@link dev.copydesk.cleanup.CleanupService} is the thin Spring wrapper.
 */
package dev.copydesk.cleanup;
