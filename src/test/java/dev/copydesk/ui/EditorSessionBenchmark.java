package dev.copydesk.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Server-side cost of an open editor: time to build the editor with its findings for the seed (after
 * warm-up), and the heap each open editor session keeps. Figures, not assertions: {@code ./mvnw -Pbench test}.
 */
@Tag("bench")
@IntegrationTest
class EditorSessionBenchmark {

    private static final int SESSIONS = 60;

    @Autowired
    ApplicationContext context;
    @Autowired
    ImportService imports;
    @Autowired
    CleanupService cleanup;

    @Test
    void measure() throws Exception {
        String seed = Files.readString(Path.of("src/main/resources/demo/story-as-received.txt"));
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> imports.importText(seed, "bench", null));
        awaitGrammar();
        Routes routes = new Routes().autoDiscoverViews("dev.copydesk");
        // Production mode, as deployed: dev mode records where every component was created.
        System.setProperty("vaadin.productionMode", "true");

        for (int i = 0; i < 10; i++) {
            openEditor(routes, story.id());
            MockVaadin.tearDown();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            openEditor(routes, story.id());
            times.add((System.nanoTime() - t) / 1e6);
            MockVaadin.tearDown();
        }
        times.sort(Double::compare);

        // One mock servlet for all (as in production, where the servlet and service are shared); each round
        // builds a fresh editor with its component tree and findings, and keeps it referenced.
        openEditor(routes, story.id());
        List<StoryEditorView> open = new ArrayList<>();
        com.github.mvysny.kaributesting.v10.LocatorJ._get(StoryEditorView.class);
        UI.getCurrent().navigate("");
        MockVaadin.clientRoundtrip(false);
        long before = usedHeapAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
            open.add(com.github.mvysny.kaributesting.v10.LocatorJ._get(StoryEditorView.class));
            MockVaadin.clientRoundtrip(false);
            UI.getCurrent().navigate("");
            MockVaadin.clientRoundtrip(false);
        }
        long after = usedHeapAfterGc();
        MockVaadin.tearDown();
        String report = String.format("open the seed in the editor with its findings (server side, warm): median %.0f ms,"
                + " max %.0f ms%nheap kept per open editor (%d editors with the seed and its findings, after GC): %d KB%n",
                times.get(times.size() / 2), times.getLast(), SESSIONS, (after - before) / SESSIONS / 1024);
        System.out.print("BENCH " + report.replace("\n", "\nBENCH "));
        Files.writeString(Path.of("target/bench-editor.txt"), report);
        if (open.stream().distinct().count() != SESSIONS) {
            throw new IllegalStateException("editors were not kept open");
        }
    }

    /** The app's LanguageTool warms up in the background from start-up; measure the editor once it is ready. */
    private void awaitGrammar() throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!cleanup.grammarReady()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("LanguageTool did not start; see the log");
            }
            Thread.sleep(50);
        }
    }

    private void openEditor(Routes routes, long storyId) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        var token = TestUsers.login("editor", Role.EDITOR);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, r) -> TestUsers.roleNames(Role.EDITOR).contains(r));
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(storyId));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
