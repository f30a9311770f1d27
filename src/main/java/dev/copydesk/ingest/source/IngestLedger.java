package dev.copydesk.ingest.source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The poller's reads and writes of sources and items, each its own short transaction. */
@Service
@Transactional
class IngestLedger {

    private final IngestSourceRepository sources;
    private final IngestItemRepository items;

    IngestLedger(IngestSourceRepository sources, IngestItemRepository items) {
        this.sources = sources;
        this.items = items;
    }

    List<Long> due(Instant now) {
        return sources.findByPausedFalseAndNextPollAtLessThanEqualOrderByNextPollAt(now).stream()
                .map(IngestSource::getId).toList();
    }

    IngestSource source(long id) {
        return sources.findById(id).orElseThrow(() -> new IllegalArgumentException("no ingest source " + id));
    }

    void polled(long id, Instant now) {
        source(id).polled(now);
    }

    void failed(long id, Instant now, String error) {
        source(id).failed(now, error);
    }

    Optional<IngestItem> item(long sourceId, String keyHash) {
        return items.findBySourceIdAndKeyHash(sourceId, keyHash);
    }

    /** An earlier item of any source with this content that made a story. */
    Optional<IngestItem> importedWith(String contentHash) {
        return items.findFirstByContentHashAndStatus(contentHash, IngestItem.Status.IMPORTED);
    }

    IngestItem save(IngestItem item) {
        return items.save(item);
    }
}
