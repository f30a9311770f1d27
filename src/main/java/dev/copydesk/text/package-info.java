/**
 * The story body model: an ordered list of blocks (paragraphs), each with a stable id, a kind and its text,
 * and the one place a body is parsed from text and rendered back; the diff of two texts and the three-way merge of
 * two edits by block id. A leaf: it imports nothing of the app, so
 * the cleanup engine, stories, export and the API all share it.
 */
package dev.copydesk.text;
