package dev.copydesk.story;

import java.time.Clock;

import org.springframework.stereotype.Service;

/** Writes audit-trail lines; called inside the services' transactions, so a line exists iff the change does. */
@Service
class StoryEvents {

    private final StoryEventRepository repository;
    private final Clock clock;

    StoryEvents(StoryEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    void record(Story story, StoryEvent.Kind kind, StoryStatus from, StoryStatus to, int revision, String user,
            String comment) {
        repository.save(new StoryEvent(story.getId(), kind, from, to, revision, user,
                comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000), clock.instant()));
    }
}
