package dev.copydesk.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestStories;
import dev.copydesk.TestUsers;
import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bulk export of 1,000 approved stories as one ZIP, per format. Figures, not assertions: ./mvnw -Pbench test. */
@Tag("bench")
@IntegrationTest
class ExportBenchmark {

    @Autowired
    StoryService stories;
    @Autowired
    ReviewService workflow;
    @Autowired
    ExportService exports;

    @Test
    void measure() throws Exception {
        String seed = Files.readString(Path.of("src/test/resources/export/seed-autocleaned.expected.txt"));
        String body = seed.substring(seed.indexOf("\n\n") + 2);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(TestStories.approved(stories, workflow, "Bench story " + i, body + "\n\nStory number " + i + ".").id());
        }
        StringBuilder report = new StringBuilder();
        TestUsers.login("admin", Role.ADMIN);
        for (ExportFormat format : ExportFormat.values()) {
            var out = new ByteArrayOutputStream();
            long t = System.nanoTime();
            int written = exports.zip(ids, format, out, done -> { });
            double seconds = (System.nanoTime() - t) / 1e9;
            report.append(String.format("ZIP of %d approved seed-sized stories as %s: %.2f s = %.0f stories/s, %d KB%n",
                    written, format.name().toLowerCase(), seconds, written / seconds, out.size() / 1024));
        }
        TestUsers.logout();
        System.out.print("BENCH " + report.toString().replace("\n", "\nBENCH "));
        Files.writeString(Path.of("target/bench-export.txt"), report);
    }
}
