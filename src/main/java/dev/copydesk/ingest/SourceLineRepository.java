package dev.copydesk.ingest;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceLineRepository extends JpaRepository<SourceLine, Long> {

    Optional<SourceLine> findBySourceAndLineHash(String source, String lineHash);

    List<SourceLine> findBySourceAndStoriesGreaterThanEqualAndForgottenFalse(String source, int stories);

    List<SourceLine> findByStoriesGreaterThanEqualAndForgottenFalseOrderBySourceAscStoriesDesc(int stories);
}
