package dev.copydesk.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IgnoredFindingRepository extends JpaRepository<IgnoredFinding, Long> {

    List<IgnoredFinding> findByStoryIdOrderByCreatedAtDesc(long storyId);

    Optional<IgnoredFinding> findByStoryIdAndFingerprint(long storyId, String fingerprint);
}
