package dev.copydesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links an imported story to an earlier one it is nearly the same as (the same item again, or the same wire copy
 * from another agency): its MinHash signature ({@link NearDuplicates}) is compared with the stories that share one
 * of its band keys, found by an indexed lookup, and the most similar one at {@link NearDuplicates#THRESHOLD} or
 * above is recorded on the story. The import is never blocked; the desk and the editor show the link.
 */
@Service
@Transactional
public class DuplicateFinder {

    private final JdbcTemplate jdbc;

    DuplicateFinder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A possible duplicate: the earlier story and the estimated similarity, 0 to 1. */
    public record Match(long storyId, double similarity) {
    }

    /** Stores the story's signature and links it to its closest earlier near-duplicate, if there is one. */
    public Optional<Match> record(long storyId, String body) {
        NearDuplicates.Signature sig = NearDuplicates.of(body);
        if (sig == null) {
            return Optional.empty();
        }
        List<String> bands = sig.bands();
        List<Long> candidates = new ArrayList<>();
        // one query per chunk of bands; the bands of one story are few (30)
        String in = String.join(",", java.util.Collections.nCopies(bands.size(), "?"));
        candidates.addAll(jdbc.queryForList("select distinct story_id from story_band where band_key in (" + in
                + ") and story_id <> ?", Long.class, concat(bands, storyId)));
        Match best = null;
        for (long other : candidates) {
            List<String> stored = jdbc.queryForList("select signature from story_signature where story_id = ?",
                    String.class, other);
            if (stored.isEmpty()) {
                continue;
            }
            double s = sig.similarity(NearDuplicates.Signature.decode(stored.getFirst()));
            if (s >= NearDuplicates.THRESHOLD && (best == null || s > best.similarity()
                    || s == best.similarity() && other < best.storyId())) {
                best = new Match(other, s);
            }
        }
        jdbc.update("insert into story_signature (story_id, signature) values (?, ?)", storyId, sig.encode());
        jdbc.batchUpdate("insert into story_band (story_id, band_key) values (?, ?)", bands, bands.size(),
                (ps, band) -> {
                    ps.setLong(1, storyId);
                    ps.setString(2, band);
                });
        if (best != null) {
            jdbc.update("update story set duplicate_of = ?, duplicate_score = ? where id = ?", best.storyId(),
                    (int) Math.round(best.similarity() * 100), storyId);
        }
        return Optional.ofNullable(best);
    }

    private static Object[] concat(List<String> bands, long storyId) {
        Object[] args = new Object[bands.size() + 1];
        for (int i = 0; i < bands.size(); i++) {
            args[i] = bands.get(i);
        }
        args[bands.size()] = storyId;
        return args;
    }
}
