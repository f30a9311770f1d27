package dev.copydesk.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads audit-trail lines. Other services call {@link #record} inside their own transactions, so a
 * line exists if and only if the change it describes does.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    static final int MAX_COMMENT_LENGTH = 2000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records {@code kind} on a story; {@code from}/{@code to} are statuses (any enum, kept by name) or null. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void record(long storyId, AuditKind kind, Enum<?> from, Enum<?> to, int revision, String user,
            String comment) {
        events.save(new AuditEvent(storyId, kind, from == null ? null : from.name(), to == null ? null : to.name(),
                revision, user, comment == null || comment.length() <= MAX_COMMENT_LENGTH ? comment
                        : comment.substring(0, MAX_COMMENT_LENGTH), clock.instant()));
    }

    /** A story's trail, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> of(long storyId) {
        return events.findByStoryIdOrderByCreatedAtDescIdDesc(storyId).stream().map(AuditEvent::toEntry).toList();
    }
}
