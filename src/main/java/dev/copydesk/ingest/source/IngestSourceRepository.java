package dev.copydesk.ingest.source;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IngestSourceRepository extends JpaRepository<IngestSource, Long> {

    List<IngestSource> findByPausedFalseAndNextPollAtLessThanEqualOrderByNextPollAt(Instant now);

    List<IngestSource> findAllByOrderByName();

    boolean existsByNameIgnoreCase(String name);
}
