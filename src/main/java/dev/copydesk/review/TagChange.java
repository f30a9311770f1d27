package dev.copydesk.review;

import java.time.Instant;

import dev.copydesk.story.TagKind;

/**
 * A paragraph tagged ({@code tagged}) or untagged as an ad or boilerplate in {@code revision}, by its author.
 * Tagged text is left out of every export, so the reviewer sees each of these.
 */
public record TagChange(int revision, String author, Instant at, TagKind kind, String text, boolean tagged) {
}
