package dev.copydesk.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import dev.copydesk.base.LogText;
import dev.copydesk.ingest.BatchReport;
import dev.copydesk.ingest.ImportException;
import dev.copydesk.ingest.ImportReport;
import dev.copydesk.ingest.ImportRequest;
import dev.copydesk.base.ClusterLease;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.ingest.format.Format;
import dev.copydesk.ingest.format.Formats;
import dev.copydesk.ingest.format.IngestLimits;
import dev.copydesk.security.Role;
import dev.copydesk.story.InvalidStoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Polls the due sources: a feed's entries are each fetched (the entry's link, as a web page) and imported; a folder's
 * new files are each imported (a ZIP as a batch). An item is imported once: it is known by its GUID, link or file
 * name, and content already imported from any source is recorded as a duplicate, not imported again. A failing item
 * is retried with back-off ({@link Backoff}) and listed with its error; a source that cannot be read at all waits
 * longer each time. One bad item never stops the others. Stories are imported as the user "ingest" (an editor).
 */
@Component
public class IngestPoller {

    private static final Logger log = LoggerFactory.getLogger(IngestPoller.class);
    /** The author of ingested stories. */
    public static final String INGEST_USER = "ingest";
    /** A file changed this recently may still be being written; it waits for the next poll. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private final IngestLedger ledger;
    private final ImportService imports;
    private final Clock clock;
    private final boolean scheduled;
    private final Fetcher fetcher;
    /** One poll at a time on this node (the scheduler and "Poll now"). */
    private final ReentrantLock polling = new ReentrantLock();

    /** The cluster lease that makes one node the poller. */
    static final String LEASE = "ingest-poller";
    static final Duration LEASE_LENGTH = Duration.ofMinutes(1);

    private final ClusterLease lease;

    IngestPoller(IngestLedger ledger, ImportService imports, Clock clock,
            @Value("${copydesk.ingest.polling:true}") boolean scheduled,
            @Value("${copydesk.ingest.allow-private-addresses:false}") boolean allowPrivate, ClusterLease lease) {
        this.lease = lease;
        this.ledger = ledger;
        this.imports = imports;
        this.clock = clock;
        this.scheduled = scheduled;
        this.fetcher = new Fetcher(allowPrivate);
    }

    /** What one poll did. */
    public record Result(int imported, int duplicates, int failed, String sourceError) {
    }

    @Scheduled(initialDelayString = "${copydesk.ingest.tick-ms:15000}", fixedDelayString = "${copydesk.ingest.tick-ms:15000}")
    void tick() {
        // On several nodes, only the one holding the lease polls; it renews it at each tick, and another node takes
        // over a minute after it stops.
        if (scheduled && lease.hold(LEASE, LEASE_LENGTH)) {
            pollDue(clock.instant(), () -> lease.hold(LEASE, LEASE_LENGTH));
        }
    }

    /** Polls every source that is not paused and is due at {@code now}; one that fails never stops the others. */
    public int pollDue(Instant now) {
        return pollDue(now, () -> true);
    }

    /**
     * As {@link #pollDue(Instant)}, asking {@code stillOurs} before each source: the scheduled poll renews its
     * cluster lease there, and stops if another node has taken it (a slow feed must not let two nodes poll).
     */
    int pollDue(Instant now, java.util.function.BooleanSupplier stillOurs) {
        polling.lock();
        try {
            int n = 0;
            for (long id : ledger.due(now)) {
                if (!stillOurs.getAsBoolean()) {
                    log.info("Ingest polling stopped after {} source(s): another node holds the polling lease now", n);
                    break;
                }
                try {
                    pollLocked(id, now);
                } catch (RuntimeException e) {
                    log.error("Ingest source {} could not be polled", id, e);
                    try {
                        ledger.failed(id, now, "An error in Copydesk (logged for the administrator): "
                                + e.getClass().getSimpleName());
                    } catch (RuntimeException again) {
                        log.warn("Ingest source {}: its failure could not be recorded either: {}", id, again.toString());
                    }
                }
                n++;
            }
            return n;
        } finally {
            polling.unlock();
        }
    }

    /** Polls one source now, paused or not (the tests); waits for a poll already running. */
    public Result poll(long sourceId, Instant now) {
        polling.lock();
        try {
            return pollLocked(sourceId, now);
        } finally {
            polling.unlock();
        }
    }

    /** As {@link #poll}, but answers at once if a poll is running (the ingest view's "Poll now"). */
    public Result pollIfIdle(long sourceId, Instant now) {
        if (!polling.tryLock()) {
            return new Result(0, 0, 0, "A poll is running already; its results show here when it ends.");
        }
        try {
            return pollLocked(sourceId, now);
        } finally {
            polling.unlock();
        }
    }

    private Result pollLocked(long sourceId, Instant now) {
        long started = System.nanoTime();
        IngestSource source = ledger.source(sourceId);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(INGEST_USER, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.EDITOR.name()))));
        SecurityContextHolder.setContext(system);
        int[] counts = new int[3];
        try {
            List<Offered> offered;
            try {
                offered = source.getKind() == IngestSource.Kind.FEED ? feedEntries(source) : folderFiles(source, now);
            } catch (Fetcher.FetchException | ImportException e) {
                ledger.failed(sourceId, at(now, started), e.getMessage());
                log.warn("Ingest source {} could not be read: {}", LogText.quote(source.getName()), e.getMessage());
                return new Result(0, 0, 0, e.getMessage());
            }
            for (Offered o : offered) {
                IngestItem.Status status = item(source, o, now, started);
                if (status != null) {
                    counts[status.ordinal()]++;
                }
            }
            ledger.polled(sourceId, at(now, started));
            if (counts[0] + counts[1] + counts[2] > 0) {
                log.info("Ingest source {}: {} imported, {} duplicates, {} failed", LogText.quote(source.getName()),
                        counts[0], counts[1], counts[2]);
            }
            return new Result(counts[0], counts[1], counts[2], null);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** An item a source offers: its key and title, and how to get its bytes. */
    private record Offered(String key, String title, String name, Loader loader) {
    }

    @FunctionalInterface
    private interface Loader {
        Fetcher.Fetched load();
    }

    private List<Offered> feedEntries(IngestSource source) {
        java.net.URI feedUri = Fetcher.uri(source.getLocation());
        Fetcher.Fetched feed = fetcher.get(source.getLocation(), feedUri.getHost()); // the admin chose this host
        List<Offered> out = new ArrayList<>();
        for (FeedReader.Entry e : FeedReader.read(feed.bytes())) {
            String link = e.link();
            out.add(new Offered(e.key(), e.title(), link, () -> {
                if (link == null || link.isBlank()) {
                    throw new Fetcher.FetchException("The feed entry has no link to fetch.");
                }
                String absolute;
                try {
                    absolute = feedUri.resolve(link.strip()).toString(); // relative links are the feed's own
                } catch (IllegalArgumentException bad) {
                    throw new Fetcher.FetchException("The feed entry's link is not a web address: " + link);
                }
                return fetcher.get(absolute, feedUri.getHost());
            }));
        }
        return out;
    }

    private List<Offered> folderFiles(IngestSource source, Instant now) {
        Path dir = Path.of(source.getLocation());
        if (!Files.isDirectory(dir)) {
            throw new Fetcher.FetchException("The folder " + dir + " does not exist or is not a folder.");
        }
        List<Offered> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                // a link could lead out of the folder: only the folder's own plain files are read
                if (name.startsWith(".") || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                FileTime modified = Files.getLastModifiedTime(p);
                if (modified.toInstant().isAfter(now.minus(SETTLE))) {
                    continue; // still being written, perhaps
                }
                out.add(new Offered(name + "@" + modified.toMillis(), name, name, () -> {
                    try {
                        if (Files.size(p) > IngestLimits.MAX_ARCHIVE_BYTES) {
                            throw new Fetcher.FetchException("The file is larger than "
                                    + IngestLimits.MAX_ARCHIVE_BYTES / (1024 * 1024) + " MB.");
                        }
                        return new Fetcher.Fetched(Files.readAllBytes(p), null);
                    } catch (IOException e) {
                        throw new Fetcher.FetchException("Could not read " + name + ": " + e.getMessage());
                    }
                }));
            }
        } catch (IOException e) {
            throw new Fetcher.FetchException("Could not list the folder " + dir + ": " + e.getMessage());
        }
        return out;
    }

    /** Imports one offered item if it is new or due for a retry; returns what became of it, or null if skipped. */
    private IngestItem.Status item(IngestSource source, Offered o, Instant now, long started) {
        String keyHash = sha256(o.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Optional<IngestItem> known = ledger.item(source.getId(), keyHash);
        if (known.isPresent() && !known.get().due(now)) {
            return null;
        }
        IngestItem item = known.orElseGet(() -> new IngestItem(source.getId(), o.key(), keyHash, o.title(), now));
        Long storyId;
        String note = null;
        String contentHash;
        try {
            Fetcher.Fetched fetched = o.loader().load();
            contentHash = sha256(fetched.bytes());
            Optional<IngestItem> same = ledger.importedWith(contentHash);
            if (same.isPresent()) {
                item.duplicate(same.get().getStoryId(), contentHash, at(now, started));
                ledger.save(item);
                return IngestItem.Status.DUPLICATE;
            }
            ImportRequest request = new ImportRequest(fetched.contentType(), o.name(), source.getName(),
                    source.getName(), null);
            if (fetched.bytes().length > 0 && Formats.choose(request.contentType(), fetched.bytes(), o.name())
                    == Format.ZIP) {
                BatchReport report = imports.importBatch(new ByteArrayInputStream(fetched.bytes()), request,
                        BatchReport.Progress.NONE);
                note = report.created().size() + " stories imported, " + report.refused().size() + " refused"
                        + (report.refused().isEmpty() ? "" : ": " + report.refused().stream()
                                .map(r -> r.entry() + " (" + r.message() + ")").reduce((a, b) -> a + "; " + b)
                                .orElse(""));
                if (report.created().isEmpty()) {
                    throw new Fetcher.FetchException("The archive held no story that could be imported: " + note);
                }
                storyId = report.created().getFirst().id();
            } else {
                ImportReport report = imports.importDocument(new ByteArrayInputStream(fetched.bytes()), request);
                storyId = report.story().id();
            }
        } catch (Fetcher.FetchException | ImportException | InvalidStoryException e) {
            item.failed(e.getMessage(), at(now, started));
            ledger.save(item);
            return IngestItem.Status.FAILED;
        } catch (RuntimeException e) {
            log.warn("Ingest item {} of {} failed", LogText.quote(o.key()), LogText.quote(source.getName()), e);
            item.failed("An error in Copydesk (logged for the administrator); it will be tried again.",
                    at(now, started));
            ledger.save(item);
            return IngestItem.Status.FAILED;
        }
        // The story is stored. If recording that fails, the item must not be marked failed and imported again.
        item.imported(storyId, contentHash, note, at(now, started));
        try {
            ledger.save(item);
        } catch (RuntimeException e) {
            log.error("Ingest item {} of {} was imported as story {}, but that could not be recorded: {}",
                    LogText.quote(o.key()), LogText.quote(source.getName()), storyId, e.toString());
        }
        return IngestItem.Status.IMPORTED;
    }

    /** {@code now} moved on by the time this poll has taken: back-off counts from the failure, not the tick. */
    private static Instant at(Instant now, long startedNanos) {
        return now.plusNanos(System.nanoTime() - startedNanos);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
