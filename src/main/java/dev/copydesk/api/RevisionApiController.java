package dev.copydesk.api;

import java.net.URI;

import dev.copydesk.story.HeldParagraphException;
import dev.copydesk.story.MergeConflictException;
import dev.copydesk.story.RevisionRequest;
import dev.copydesk.story.SaveResult;
import dev.copydesk.story.StoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saving a new revision over the API, through the editor's own save: a stale base merges paragraph by paragraph
 * or is refused with the client's text handed back; an Idempotency-Key makes retries safe.
 */
@RestController
class RevisionApiController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Tells a client that this reply is the first request's result, not a second save. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final StoryService stories;

    RevisionApiController(StoryService stories) {
        this.stories = stories;
    }

    /** {@code title} (the headline) and {@code message} are optional; a missing title keeps the base's headline. */
    record NewRevisionRequest(Integer baseRevision, String body, String title, String message) {
    }

    /** The pinned 409 for overlapping edits: the text the client sent, and the story as it now is. */
    record ConflictDto(String error, String message, String yours, StoryDto current) {
    }

    /**
     * 201 with the new revision ({@code merged} says whether saves since the base were merged in); 200 with the
     * current story if the save changes nothing; 201 with the same revision and {@code Idempotent-Replayed: true}
     * for a retry with the same key; 409 with both texts where edits overlap; 422 for a key reused for another save.
     */
    @PostMapping("/api/stories/{id}/revisions")
    ResponseEntity<Object> save(@PathVariable long id, @RequestBody NewRevisionRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        SaveResult result;
        try {
            result = stories.saveFromBase(id, new RevisionRequest(request.baseRevision(), request.title(),
                    request.body(), request.message(), key));
        } catch (HeldParagraphException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new ConflictDto("conflict", e.getMessage()
                    + " Nothing was saved: send your text again once they are done.", request.body(),
                    StoryDto.of(stories.get(id))));
        } catch (MergeConflictException e) {
            String message = "Your text was based on revision " + e.baseRevision() + ", and revision "
                    + e.currentRevision() + " by " + e.currentAuthor() + " changed the same paragraphs (or the "
                    + "headline) since. Nothing was saved: merge your text (yours) into the current one and send it "
                    + "with baseRevision " + e.currentRevision() + ".";
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new ConflictDto("conflict", message, request.body(), StoryDto.of(stories.get(id))));
        }
        StoryDto saved = StoryDto.saved(result.story(), result.merged());
        URI location = URI.create("/api/stories/" + id + "/revisions/" + saved.revision());
        return switch (result.outcome()) {
            case UNCHANGED -> ResponseEntity.ok(saved);
            case CREATED -> ResponseEntity.created(location).body(saved);
            case REPLAYED -> ResponseEntity.created(location).header(REPLAYED, "true").body(saved);
        };
    }
}
