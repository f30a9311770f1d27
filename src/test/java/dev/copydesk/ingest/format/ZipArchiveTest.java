package dev.copydesk.ingest.format;

import static dev.copydesk.ingest.format.Fixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.copydesk.ingest.ImportException;
import org.junit.jupiter.api.Test;

class ZipArchiveTest {

    @Test
    void entries_come_in_order_and_bad_ones_carry_their_reason_while_folders_and_system_files_are_skipped() {
        byte[] archive = zip("stories/", null, "stories/one.txt", "Head\n\nBody.", "empty.txt", "",
                "inner.zip", zip("x.txt", "X\n\nY."), "__MACOSX/stories/._one.txt", "junk", ".DS_Store", "junk");
        ZipArchive.Contents c = ZipArchive.open(archive);
        assertThat(c.entries()).extracting(ZipArchive.Entry::name).containsExactly("stories/one.txt", "empty.txt",
                "inner.zip");
        assertThat(c.entries().get(0).refused()).isFalse();
        assertThat(new String(c.entries().get(0).bytes())).isEqualTo("Head\n\nBody.");
        assertThat(c.entries().get(1).refusal()).contains("empty");
        assertThat(c.entries().get(2).refusal()).contains("nested");
        assertThat(c.skipped()).containsExactly("stories/", "__MACOSX/stories/._one.txt", ".DS_Store");
    }

    @Test
    void a_zip_bomb_is_refused_as_a_whole_by_what_it_unpacks_to_not_by_what_its_headers_say() throws IOException {
        var out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("story.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                z.write(zeros); // 20 MB of zeros packs to about 20 KB
            }
            z.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> ZipArchive.open(bomb)).isInstanceOf(ImportException.class)
                .hasMessageContaining("zip bomb").hasMessageContaining(IngestLimits.MAX_COMPRESSION_RATIO + " times")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.TOO_LARGE);
    }

    @Test
    void a_bomb_hidden_in_an_entry_that_would_be_skipped_still_counts() throws IOException {
        var out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("__MACOSX/.DS_Store"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThatThrownBy(() -> ZipArchive.open(out.toByteArray())).hasMessageContaining("zip bomb");
    }

    @Test
    void an_archive_cut_between_two_entries_is_refused_not_half_read() {
        byte[] whole = zip("a.txt", "Alpha\n\nText.", "b.txt", "Beta\n\nText.", "c.txt", "Gamma\n\nText.");
        int third = indexOf(whole, "c.txt".getBytes()) - 30; // the local header of the third entry
        byte[] cut = Arrays.copyOf(whole, third);
        assertThatThrownBy(() -> ZipArchive.open(cut)).hasMessageContaining("damaged or cut short");
        byte[] appended = Arrays.copyOf(whole, whole.length + 3);
        assertThat(ZipArchive.open(appended).entries()).as("trailing bytes after the end record are harmless")
                .hasSize(3);
    }

    @Test
    void names_in_the_dos_code_page_from_older_windows_tools_are_read() throws IOException {
        var out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, java.nio.charset.Charset.forName("IBM437"))) {
            z.putNextEntry(new ZipEntry("Z\u00fcrich.txt"));
            z.write("Z\u00fcrich votes\n\nText.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(ZipArchive.open(out.toByteArray()).entries()).extracting(ZipArchive.Entry::name)
                .containsExactly("Z\u00fcrich.txt");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void an_entry_name_that_climbs_out_of_a_folder_is_only_a_label(@org.junit.jupiter.api.io.TempDir Path dir) {
        String name = "../../" + dir.getFileName() + "/escaped.txt";
        ZipArchive.Contents c = ZipArchive.open(zip(name, "Head\n\nBody."));
        assertThat(c.entries()).singleElement().extracting(ZipArchive.Entry::name).isEqualTo(name);
        assertThat(Files.exists(dir.resolve("escaped.txt"))).isFalse();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void a_cut_off_archive_or_too_many_entries_stores_nothing_and_says_why() {
        byte[] whole = zip("a.txt", "Alpha story\n\n" + "Text. ".repeat(500), "b.txt", "Beta\n\nText.");
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> ZipArchive.open(cut)).isInstanceOf(ImportException.class)
                .hasMessageContaining("damaged or cut short");
        Object[] many = new Object[(IngestLimits.MAX_ARCHIVE_ENTRIES + 1) * 2];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = "s" + i + ".txt";
            many[i + 1] = "H\n\nB.";
        }
        assertThatThrownBy(() -> ZipArchive.open(zip(many))).hasMessageContaining("more than "
                + IngestLimits.MAX_ARCHIVE_ENTRIES + " entries");
        assertThatThrownBy(() -> ZipArchive.open("PK\u0003\u0004 not really".getBytes()))
                .isInstanceOf(ImportException.class);
    }
}
