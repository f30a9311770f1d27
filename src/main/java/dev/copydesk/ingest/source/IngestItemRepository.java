package dev.copydesk.ingest.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IngestItemRepository extends JpaRepository<IngestItem, Long> {

    Optional<IngestItem> findBySourceIdAndKeyHash(long sourceId, String keyHash);

    /** An earlier item of any source with the same content that made a story. */
    Optional<IngestItem> findFirstByContentHashAndStatus(String contentHash, IngestItem.Status status);

    List<IngestItem> findBySourceIdOrderByUpdatedAtDesc(long sourceId, Pageable page);

    long countBySourceIdAndStatus(long sourceId, IngestItem.Status status);
}
