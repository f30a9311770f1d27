package dev.copydesk.story;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    Optional<Revision> findByStoryIdAndNumber(long storyId, int number);

    Optional<Revision> findByStoryIdAndIdempotencyKey(long storyId, String idempotencyKey);

    @Query("""
            select new dev.copydesk.story.RevisionSummary(r.number, r.author, r.createdAt, r.message, length(r.body))
            from Revision r where r.story.id = :storyId order by r.number desc""")
    List<RevisionSummary> summaries(long storyId);
}
