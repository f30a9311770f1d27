package dev.copydesk.cleanup.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.copydesk.text.Body;

/**
 * The OneStopEnglish corpus (Vajjala &amp; Lučić 2018, CC BY-SA 4.0): 189 Guardian stories, each at three reading
 * levels, one paragraph a line, and sentence pairs that restate each other across levels.
 *
 * <p>The story files have no title line (the first line is the lede; a few listicles open with a numbered
 * sub-heading such as "1 Passing clouds", which is part of the story), a byte-order mark on most files and trailing
 * spaces on most lines. A story's body is {@link Body#canonical} of the file (the form the editor works on: trimmed
 * lines joined by one blank line), and its headline comes from the file name ("WNL Who can stop Trump-adv.txt" →
 * "Who can stop Trump").
 */
public final class OneStopEnglish {

    static final String FOLDER = "onestopenglish";

    private OneStopEnglish() {
    }

    public enum Level {
        ADV("Adv-Txt", "adv"), INT("Int-Txt", "int"), ELE("Ele-Txt", "ele");

        final String folder;
        final String suffix;

        Level(String folder, String suffix) {
            this.folder = folder;
            this.suffix = suffix;
        }
    }

    /** One story at one level: {@code name} is the file name without level and extension ("Amazon"). */
    public record Story(String name, String headline, String body) {

        public List<String> paragraphs() {
            return Arrays.asList(body.split("\n\n"));
        }

        public int words() {
            return Words.count(body);
        }
    }

    /** A sentence ({@code from}) and its rewrite at another level ({@code to}), as the aligned file gives them. */
    public record Pair(String from, String to) {
    }

    /** Every story of the level, sorted by name. */
    public static List<Story> stories(Path root, Level level) {
        Path dir = root.resolve(FOLDER).resolve("Texts-SeparatedByReadingLevel").resolve(level.folder);
        String ending = "-" + level.suffix + ".txt";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().map(p -> {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - ending.length()).strip();
                return new Story(name, headline(name), Body.canonical(read(p)));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pairs of {@code Sentence-Aligned/<file>} ("ADV-ELE.txt", "ADV-INT.txt", "ELE-INT.txt"): two lines, then a
     * line of asterisks. The aligned text has lost some characters of the stories (curly quotes, apostrophes, dashes:
     * "countrys", "is  whether"), so find a pair's sentence in a story by {@link Words#letters}, not verbatim.
     */
    public static List<Pair> pairs(Path root, String file) {
        List<Pair> pairs = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String line : read(root.resolve(FOLDER).resolve("Sentence-Aligned").resolve(file)).split("\n")) {
            String l = line.strip();
            if (l.startsWith("*******")) {
                if (group.size() == 2) {
                    pairs.add(new Pair(group.get(0), group.get(1)));
                }
                group.clear();
            } else if (!l.isEmpty()) {
                group.add(l);
            }
        }
        return pairs;
    }

    static String headline(String name) {
        String h = name.startsWith("WNL ") ? name.substring(4) : name;
        h = h.replaceAll("[\\s-]+$", "").strip();
        return h.isEmpty() ? name : h.substring(0, 1).toUpperCase(Locale.ROOT) + h.substring(1);
    }

    static String read(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
