package dev.copydesk.ingest;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceLineRepository extends JpaRepository<SourceLine, Long> {

    List<SourceLine> findBySourceAndLineHashIn(String source, java.util.Collection<String> lineHashes);

    List<SourceLine> findBySourceAndStoriesGreaterThanEqualAndForgottenFalse(String source, int stories);

    List<SourceLine> findByStoriesGreaterThanEqualAndForgottenFalseOrderBySourceAscStoriesDesc(int stories);
}
