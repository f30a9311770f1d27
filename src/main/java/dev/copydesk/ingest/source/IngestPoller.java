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
import java.util.stream.Stream;

import dev.copydesk.base.LogText;
import dev.copydesk.ingest.BatchReport;
import dev.copydesk.ingest.ImportException;
import dev.copydesk.ingest.ImportReport;
import dev.copydesk.ingest.ImportRequest;
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
    private final Fetcher fetcher = new Fetcher();

    IngestPoller(IngestLedger ledger, ImportService imports, Clock clock,
            @Value("${copydesk.ingest.polling:true}") boolean scheduled) {
        this.ledger = ledger;
        this.imports = imports;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    /** What one poll did. */
    public record Result(int imported, int duplicates, int failed, String sourceError) {
    }

    @Scheduled(initialDelayString = "${copydesk.ingest.tick-ms:15000}", fixedDelayString = "${copydesk.ingest.tick-ms:15000}")
    void tick() {
        if (scheduled) {
            pollDue(clock.instant());
        }
    }

    /** Polls every source that is not paused and is due at {@code now}. */
    public synchronized int pollDue(Instant now) {
        int n = 0;
        for (long id : ledger.due(now)) {
            poll(id, now);
            n++;
        }
        return n;
    }

    /** Polls one source now, paused or not (the ingest view's "Poll now" and the tests). */
    public synchronized Result poll(long sourceId, Instant now) {
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
            } catch (Fetcher.FetchException | ImportException | IOExceptionUnchecked e) {
                ledger.failed(sourceId, now, e.getMessage());
                log.warn("Ingest source {} could not be read: {}", LogText.quote(source.getName()), e.getMessage());
                return new Result(0, 0, 0, e.getMessage());
            }
            for (Offered o : offered) {
                IngestItem.Status status = item(source, o, now);
                if (status != null) {
                    counts[status.ordinal()]++;
                }
            }
            ledger.polled(sourceId, now);
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

    private static final class IOExceptionUnchecked extends RuntimeException {
        IOExceptionUnchecked(String message) {
            super(message);
        }
    }

    private List<Offered> feedEntries(IngestSource source) {
        Fetcher.Fetched feed = fetcher.get(source.getLocation());
        List<Offered> out = new ArrayList<>();
        for (FeedReader.Entry e : FeedReader.read(feed.bytes())) {
            String link = e.link();
            out.add(new Offered(e.key(), e.title(), link, () -> {
                if (link == null || link.isBlank()) {
                    throw new Fetcher.FetchException("The feed entry has no link to fetch.");
                }
                return fetcher.get(link);
            }));
        }
        return out;
    }

    private List<Offered> folderFiles(IngestSource source, Instant now) {
        Path dir = Path.of(source.getLocation());
        if (!Files.isDirectory(dir)) {
            throw new IOExceptionUnchecked("The folder " + dir + " does not exist or is not a folder.");
        }
        List<Offered> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p)) {
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
            throw new IOExceptionUnchecked("Could not list the folder " + dir + ": " + e.getMessage());
        }
        return out;
    }

    /** Imports one offered item if it is new or due for a retry; returns what became of it, or null if skipped. */
    private IngestItem.Status item(IngestSource source, Offered o, Instant now) {
        String keyHash = sha256(o.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Optional<IngestItem> known = ledger.item(source.getId(), keyHash);
        if (known.isPresent() && !known.get().due(now)) {
            return null;
        }
        IngestItem item = known.orElseGet(() -> new IngestItem(source.getId(), o.key(), keyHash, o.title(), now));
        try {
            Fetcher.Fetched fetched = o.loader().load();
            String contentHash = sha256(fetched.bytes());
            Optional<IngestItem> same = ledger.importedWith(contentHash);
            if (same.isPresent()) {
                item.duplicate(same.get().getStoryId(), contentHash, now);
                ledger.save(item);
                return IngestItem.Status.DUPLICATE;
            }
            ImportRequest request = new ImportRequest(fetched.contentType(), o.name(), source.getName(),
                    source.getName(), null);
            Long storyId;
            String note = null;
            if (fetched.bytes().length > 0 && Formats.choose(request.contentType(), fetched.bytes(), o.name())
                    == Format.ZIP) {
                BatchReport report = imports.importBatch(new ByteArrayInputStream(fetched.bytes()), request,
                        BatchReport.Progress.NONE);
                storyId = report.created().isEmpty() ? null : report.created().getFirst().id();
                note = report.created().size() + " stories imported, " + report.refused().size() + " refused"
                        + (report.refused().isEmpty() ? "" : ": " + report.refused().stream()
                                .map(r -> r.entry() + " (" + r.message() + ")").reduce((a, b) -> a + "; " + b)
                                .orElse(""));
            } else {
                ImportReport report = imports.importDocument(new ByteArrayInputStream(fetched.bytes()), request);
                storyId = report.story().id();
            }
            item.imported(storyId, contentHash, note, now);
            ledger.save(item);
            return IngestItem.Status.IMPORTED;
        } catch (Fetcher.FetchException | ImportException | InvalidStoryException e) {
            item.failed(e.getMessage(), now);
            ledger.save(item);
            return IngestItem.Status.FAILED;
        } catch (RuntimeException e) {
            log.warn("Ingest item {} of {} failed", LogText.quote(o.key()), LogText.quote(source.getName()), e);
            item.failed("An error in Copydesk (logged for the administrator); it will be tried again.", now);
            ledger.save(item);
            return IngestItem.Status.FAILED;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
