package dev.copydesk.story;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StoryRepository extends JpaRepository<Story, Long>, JpaSpecificationExecutor<Story> {

    /** Saves to one story take turns: the row lock makes "is my base still current?" a reliable question. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Story s where s.id = :id")
    Optional<Story> findForUpdate(long id);

    /** Stories in review, oldest submission first: one query, rows without text. */
    @Query(value = """
            select new dev.copydesk.story.ReviewQueueItem(s.id, s.headline, s.currentRevision, s.submittedBy,
                s.submittedAt, s.blockingFindings)
            from Story s where s.status = dev.copydesk.story.StoryStatus.IN_REVIEW
            order by s.submittedAt asc, s.id asc""",
            countQuery = "select count(s) from Story s where s.status = dev.copydesk.story.StoryStatus.IN_REVIEW")
    Page<ReviewQueueItem> reviewQueue(Pageable page);
}
