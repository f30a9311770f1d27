package dev.copydesk.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoryCommentRepository extends JpaRepository<StoryComment, Long> {

    List<StoryComment> findByStoryIdOrderByCreatedAtAscIdAsc(long storyId);
}
