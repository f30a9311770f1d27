package dev.copydesk.ingest.source;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StoryLimits;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Admins manage the desk's ingest sources: add, pause, resume, poll now, remove; and see what each brought. */
@Service
@Transactional
public class IngestSourceService {

    /** The shortest poll interval: a feed polled more often than this is unkind to its server. */
    public static final int MIN_POLL_SECONDS = 60;

    private final IngestSourceRepository sources;
    private final IngestItemRepository items;
    private final IngestPoller poller;
    private final Clock clock;

    IngestSourceService(IngestSourceRepository sources, IngestItemRepository items, IngestPoller poller, Clock clock) {
        this.sources = sources;
        this.items = items;
        this.poller = poller;
        this.clock = clock;
    }

    /** A source as the ingest view lists it, with its counts. */
    public record SourceRow(long id, String name, IngestSource.Kind kind, String location, int pollSeconds,
            boolean paused, Instant lastPolledAt, String lastError, int failures, Instant nextPollAt, long imported,
            long duplicates, long failed) {
    }

    /** An item as the view lists it. */
    public record ItemRow(long id, String key, String title, IngestItem.Status status, Long storyId, int attempts,
            String lastError, Instant nextAttemptAt, Instant updatedAt) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SourceRow add(String name, IngestSource.Kind kind, String location, int pollSeconds) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > StoryLimits.MAX_SOURCE_LENGTH) {
            throw new InvalidStoryException("A source needs a name of 1 to " + StoryLimits.MAX_SOURCE_LENGTH
                    + " characters; it becomes the source of every story it brings.");
        }
        if (sources.existsByNameIgnoreCase(n)) {
            throw new InvalidStoryException("There is already a source called \u201c" + n + "\u201d.");
        }
        String where = location == null ? "" : location.strip();
        if (kind == null) {
            throw new InvalidStoryException("Choose what the source is: a feed or a folder.");
        }
        if (where.isEmpty()) {
            throw new InvalidStoryException(kind == IngestSource.Kind.FEED
                    ? "Give the feed's address, such as https://example.com/news.rss."
                    : "Give the folder's path on the server, such as /srv/wire/incoming.");
        }
        if (kind == IngestSource.Kind.FEED) {
            try {
                Fetcher.uri(where);
            } catch (Fetcher.FetchException e) {
                throw new InvalidStoryException(e.getMessage());
            }
        } else {
            try {
                if (where.isEmpty() || !Files.isDirectory(Path.of(where))) {
                    throw new InvalidStoryException("The folder \u201c" + where + "\u201d does not exist on the "
                            + "server, or is not a folder.");
                }
            } catch (InvalidPathException e) {
                throw new InvalidStoryException("\u201c" + where + "\u201d is not a folder path.");
            }
        }
        if (where.length() > 1000) {
            throw new InvalidStoryException("The address is longer than 1000 characters.");
        }
        if (pollSeconds < MIN_POLL_SECONDS) {
            throw new InvalidStoryException("Poll at most once a minute (" + MIN_POLL_SECONDS + " seconds).");
        }
        IngestSource s = sources.save(new IngestSource(n, kind, where, pollSeconds, clock.instant()));
        return row(s);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<SourceRow> list() {
        Map<Long, Map<IngestItem.Status, Long>> counts = counts();
        return sources.findAllByOrderByName().stream().map(s -> row(s, counts)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ItemRow> items(long sourceId, int limit) {
        return items.findBySourceIdOrderByUpdatedAtDesc(sourceId, PageRequest.of(0, Math.clamp(limit, 1, 1000)))
                .stream().map(i -> new ItemRow(i.getId(), i.getItemKey(), i.getTitle(), i.getStatus(), i.getStoryId(),
                        i.getAttempts(), i.getLastError(), i.getNextAttemptAt(), i.getUpdatedAt())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SourceRow pause(long sourceId, boolean paused) {
        IngestSource s = sources.findById(sourceId).orElseThrow(() -> new InvalidStoryException("No such source."));
        s.pause(paused, clock.instant());
        return row(sources.save(s));
    }

    /** Polls the source at once (paused or not) and says what that did. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each item is imported in its own transaction
    public IngestPoller.Result pollNow(long sourceId) {
        return poller.pollIfIdle(sourceId, clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(long sourceId) {
        sources.deleteById(sourceId); // its items stay (their source set to null), and so do its stories
    }

    /** One grouped query for every source's counts, not three per source. */
    private Map<Long, Map<IngestItem.Status, Long>> counts() {
        Map<Long, Map<IngestItem.Status, Long>> out = new HashMap<>();
        for (Object[] row : items.countBySourceAndStatus()) {
            out.computeIfAbsent((Long) row[0], k -> new EnumMap<>(IngestItem.Status.class))
                    .put((IngestItem.Status) row[1], (Long) row[2]);
        }
        return out;
    }

    private SourceRow row(IngestSource s) {
        return row(s, counts());
    }

    private static SourceRow row(IngestSource s, Map<Long, Map<IngestItem.Status, Long>> counts) {
        Map<IngestItem.Status, Long> c = counts.getOrDefault(s.getId(), Map.of());
        return new SourceRow(s.getId(), s.getName(), s.getKind(), s.getLocation(), s.getPollSeconds(), s.isPaused(),
                s.getLastPolledAt(), s.getLastError(), s.getFailures(), s.getNextPollAt(),
                c.getOrDefault(IngestItem.Status.IMPORTED, 0L), c.getOrDefault(IngestItem.Status.DUPLICATE, 0L),
                c.getOrDefault(IngestItem.Status.FAILED, 0L));
    }
}
