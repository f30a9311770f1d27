package dev.copydesk.cleanup.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the shared corpora are (read-only, outside the repository): the system property {@value #PROPERTY} if set
 * (and then only there), else {@code ../shared/corpora} from the working directory (the layout of the team's
 * checkouts), else {@code /work/shared/corpora}. A benchmark that finds none skips itself.
 */
public final class Corpora {

    public static final String PROPERTY = "copydesk.corpora";

    private Corpora() {
    }

    /** The corpus root: a folder holding {@code onestopenglish/} and {@code readability-test-pages/}. */
    public static Optional<Path> root() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else {
            candidates.add(Path.of(System.getProperty("user.dir"), "..", "shared", "corpora"));
            candidates.add(Path.of("/work/shared/corpora"));
        }
        return candidates.stream().map(p -> p.toAbsolutePath().normalize())
                .filter(p -> Files.isDirectory(p.resolve(OneStopEnglish.FOLDER))
                        && Files.isDirectory(p.resolve(WebPages.FOLDER)))
                .findFirst();
    }

    /** Where {@link #root()} looked, for the message of a skipped benchmark. */
    public static String searched() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return "-D" + PROPERTY + "=" + configured;
        }
        return Path.of(System.getProperty("user.dir"), "..", "shared", "corpora").toAbsolutePath().normalize()
                + ", /work/shared/corpora";
    }
}
