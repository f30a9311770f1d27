/**
 * The cleanup engine: plain text in, findings out. Pure Java (plus LanguageTool and Caffeine) with no Spring, JPA or
 * Vaadin in its core; {@link dev.copydesk.cleanup.CleanupService} is the thin Spring wrapper, and the only class here
 * with Spring (method security) on it. Each concern is a check, across the story or per paragraph, that reports under
 * its {@link dev.copydesk.cleanup.Rule}s (id, type, safe/hint/query, effect); each engine builds its own catalogue of
 * them, and their word lists live in {@code src/main/resources/cleanup/}.
 */
package dev.copydesk.cleanup;
