package dev.copydesk.cleanup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word and phrase lists the rules read, from {@code cleanup/NAME.txt} on the classpath: one entry a line,
 * blank lines and lines starting with {@code #} left out. A list that is missing or empty is a build mistake,
 * so it fails at once. One instance serves one {@link Rules} catalogue and remembers what it read.
 */
final class WordLists {

    private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    private final Map<String, List<String>> read = new LinkedHashMap<>();

    List<String> list(String name) {
        return read.computeIfAbsent(name, WordLists::load);
    }

    Set<String> set(String name) {
        return Set.copyOf(list(name));
    }

    /** A list of {@code key = value} lines, in file order. */
    Map<String, String> pairs(String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : list(name)) {
            int eq = line.indexOf(" = ");
            if (eq <= 0) {
                throw new IllegalStateException("cleanup/" + name + ".txt: not a 'key = value' line: " + line);
            }
            pairs.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
        }
        return pairs;
    }

    /** Every list read so far, by name. */
    Map<String, List<String>> read() {
        return Map.copyOf(read);
    }

    static List<String> load(String name) {
        String path = "cleanup/" + name + ".txt";
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + path);
            }
            List<String> entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            if (entries.isEmpty()) {
                throw new IllegalStateException("Empty word list " + path);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The phrases as one regex alternation (no group around it), each matched literally, longest first so that
     * a phrase wins over a shorter one it starts with.
     */
    static String alternation(Collection<String> phrases) {
        return String.join("|", phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> REGEX_SPECIAL.matcher(p).replaceAll("\\\\$0")).toList());
    }
}
