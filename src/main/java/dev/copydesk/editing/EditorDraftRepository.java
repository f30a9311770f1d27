package dev.copydesk.editing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EditorDraftRepository extends JpaRepository<EditorDraft, Long> {

    Optional<EditorDraft> findByStoryIdAndUsername(long storyId, String username);
}
