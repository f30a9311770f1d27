package dev.copydesk.review;

import dev.copydesk.story.Story;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The review queue's one query over stories: rows without text, nothing analysed per row. */
interface ReviewQueueRepository extends Repository<Story, Long> {

    /** Stories in review, oldest submission first. */
    @Query(value = """
            select new dev.copydesk.review.ReviewQueueItem(s.id, s.headline, s.currentRevision, s.submittedBy,
                s.submittedAt, s.blockingFindings)
            from Story s where s.status = dev.copydesk.story.StoryStatus.IN_REVIEW
            order by s.submittedAt asc, s.id asc""",
            countQuery = "select count(s) from Story s where s.status = dev.copydesk.story.StoryStatus.IN_REVIEW")
    Page<ReviewQueueItem> reviewQueue(Pageable page);

    @Query("select count(s) from Story s where s.status = dev.copydesk.story.StoryStatus.IN_REVIEW")
    long countInReview();
}
