package dev.copydesk.story;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    Optional<Revision> findByStoryIdAndNumber(long storyId, int number);

    /** Revisions {@code from}..{@code to} (inclusive), oldest first. */
    List<Revision> findByStoryIdAndNumberBetweenOrderByNumberAsc(long storyId, int from, int to);

    /** The numbers of the revisions after {@code after}, up to {@code upTo}, that {@code author} wrote. */
    @Query("""
            select r.number from Revision r
            where r.story.id = :storyId and r.number > :after and r.number <= :upTo and r.author = :author
            order by r.number""")
    List<Integer> writtenBy(long storyId, int after, int upTo, String author);

    Optional<Revision> findByStoryIdAndIdempotencyKey(long storyId, String idempotencyKey);

    @Query("""
            select new dev.copydesk.story.RevisionSummary(r.number, r.author, r.createdAt, r.message, length(r.body))
            from Revision r where r.story.id = :storyId order by r.number desc""")
    List<RevisionSummary> summaries(long storyId);
}
