package dev.copydesk.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.copydesk.base.Hashes;
import dev.copydesk.cleanup.LearnedLines;
import dev.copydesk.text.Body;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learns each source's boilerplate: every short line of an imported story is counted for its source, and a line
 * that {@value #STORIES} or more stories from the same source carried is that feed's boilerplate, which the
 * cleanup engine then flags in its new stories. Stored in the database; an admin can forget a line.
 */
@Service
@Transactional(readOnly = true)
public class SourceLearning implements LearnedLines {

    /** Stories from one source that must carry a line before it counts as that source's boilerplate. */
    public static final int STORIES = 3;
    /** Longer lines are prose, not a feed's stock line. */
    private static final int MAX_CHARS = 160;
    /** A line of this many words is a sentence of the story; a re-sent story repeats those. */
    private static final int PROSE_WORDS = 8;
    /** Line hashes looked up in one query: well inside what PostgreSQL and H2 take as bind parameters. */
    private static final int QUERY_BATCH = 500;

    private final SourceLineRepository lines;
    private final Clock clock;
    /**
     * The learned lines by source: the editor re-analyses on every pause in typing and the review gate on every
     * check, so they are read from the database once, and again only after this node learned or forgot something
     * (or a minute later, for what another node learned).
     */
    private final Cache<String, Set<String>> learnedBySource = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    SourceLearning(SourceLineRepository lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    /** Counts the short lines of story {@code storyId}'s body for {@code source}. */
    @Transactional
    void learn(String source, long storyId, String body) {
        if (source == null || source.isBlank()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> lineByHash = new LinkedHashMap<>();
        Set<String> proseHashes = new HashSet<>();
        int paragraphs = 0;
        int prose = 0;
        for (Body.Line line : Body.lines(body)) {
            String text = body.substring(line.start(), line.end()).strip();
            String key = LearnedLines.normalise(text);
            boolean isProse = text.split("\\s+").length >= PROSE_WORDS;
            paragraphs++;
            prose += isProse ? 1 : 0;
            if (text.isEmpty() || text.length() > MAX_CHARS || !seen.add(key)) {
                continue;
            }
            String hash = Hashes.sha256(key);
            lineByHash.put(hash, text);
            if (isProse) {
                proseHashes.add(hash);
            }
        }
        // One query for the story's lines (in batches a database takes as bind parameters), not one a line.
        Map<String, SourceLine> existing = new HashMap<>();
        List<String> hashes = List.copyOf(lineByHash.keySet());
        for (int from = 0; from < hashes.size(); from += QUERY_BATCH) {
            lines.findBySourceAndLineHashIn(source, hashes.subList(from, Math.min(hashes.size(), from + QUERY_BATCH)))
                    .forEach(l -> existing.put(l.getLineHash(), l));
        }
        int known = existing.size();
        int knownProse = (int) proseHashes.stream().filter(existing::containsKey).count();
        List<SourceLine> rows = lineByHash.entrySet().stream()
                .map(e -> existing.containsKey(e.getKey()) ? existing.get(e.getKey())
                        : new SourceLine(source, e.getKey(), e.getValue())).toList();
        if (prose > 0 ? knownProse * 2 > prose : known * 2 > paragraphs) {
            // most of its sentences came before: an update of an earlier story, not new evidence (a feed's stock
            // lines are short, so they do not make a short story look like a re-send)
            return;
        }
        for (SourceLine row : rows) {
            row.seenIn(storyId, clock.instant());
            lines.save(row);
        }
        learnedBySource.invalidate(source);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Set<String> of(String source) {
        if (source == null || source.isBlank()) {
            return Set.of();
        }
        return learnedBySource.get(source, s -> lines.findBySourceAndStoriesGreaterThanEqualAndForgottenFalse(s, STORIES)
                .stream().map(l -> LearnedLines.normalise(l.getLineText())).collect(Collectors.toUnmodifiableSet()));
    }

    /** What the desk has learned, by source, the most frequent first. */
    @PreAuthorize("isAuthenticated()")
    public List<LearnedLine> learned() {
        return lines.findByStoriesGreaterThanEqualAndForgottenFalseOrderBySourceAscStoriesDesc(STORIES).stream()
                .map(SourceLine::toView).toList();
    }

    /** Stops flagging the line; it stays forgotten however often the source sends it again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void forget(long id) {
        lines.findById(id).ifPresent(line -> {
            line.forget();
            learnedBySource.invalidateAll(); // the line's source is on the row; a forget is rare, so drop all
        });
    }
}
