package dev.copydesk.ingest.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IngestItemRepository extends JpaRepository<IngestItem, Long> {

    Optional<IngestItem> findBySourceIdAndKeyHash(long sourceId, String keyHash);

    /** An earlier item of any source with the same content that made a story. */
    Optional<IngestItem> findFirstByContentHashAndStatus(String contentHash, IngestItem.Status status);

    List<IngestItem> findBySourceIdOrderByUpdatedAtDesc(long sourceId, Pageable page);

    /** Items by source and status, for all sources at once: {source id, status, count}. */
    @Query("select i.sourceId, i.status, count(i) from IngestItem i where i.sourceId is not null "
            + "group by i.sourceId, i.status")
    List<Object[]> countBySourceAndStatus();
}
