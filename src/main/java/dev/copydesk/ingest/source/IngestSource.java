package dev.copydesk.ingest.source;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A feed or folder the desk takes stories from; its name is the source of every story it brings. */
@Entity
@Table(name = "ingest_source")
public class IngestSource {

    public enum Kind { FEED, FOLDER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = 1000)
    private String location;

    @Column(name = "poll_seconds", nullable = false)
    private int pollSeconds;

    @Column(nullable = false)
    private boolean paused;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(nullable = false)
    private int failures;

    @Column(name = "next_poll_at", nullable = false)
    private Instant nextPollAt;

    protected IngestSource() {
    }

    IngestSource(String name, Kind kind, String location, int pollSeconds, Instant now) {
        this.name = name;
        this.kind = kind;
        this.location = location;
        this.pollSeconds = pollSeconds;
        this.createdAt = now;
        this.nextPollAt = now;
    }

    void polled(Instant at) {
        lastPolledAt = at;
        lastError = null;
        failures = 0;
        nextPollAt = at.plusSeconds(pollSeconds);
    }

    /** The source itself could not be read: wait longer each time, up to six hours. */
    void failed(Instant at, String error) {
        lastPolledAt = at;
        lastError = Backoff.cut(error);
        failures++;
        nextPollAt = at.plusSeconds(Math.max(pollSeconds, Backoff.seconds(failures)));
    }

    void pause(boolean paused, Instant now) {
        this.paused = paused;
        if (!paused) {
            nextPollAt = now;
        }
    }

    void pollNow(Instant now) {
        nextPollAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public String getLocation() {
        return location;
    }

    public int getPollSeconds() {
        return pollSeconds;
    }

    public boolean isPaused() {
        return paused;
    }

    public Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public String getLastError() {
        return lastError;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getNextPollAt() {
        return nextPollAt;
    }
}
