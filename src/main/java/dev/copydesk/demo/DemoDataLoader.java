package dev.copydesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.copydesk.ingest.ImportService;
import dev.copydesk.security.NewUser;
import dev.copydesk.security.Role;
import dev.copydesk.security.UserAccountService;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds the embedded default with demo users (editor/editor, reviewer/reviewer, admin/admin) and sample
 * stories on an empty desk. Off in the prod profile ({@code copydesk.demo-data=false}).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "copydesk.demo-data", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    static final List<String> SAMPLE_STORIES = List.of(
            "demo/story-as-received.txt", "demo/scraped-web-article.txt", "demo/agency-repeated-lede.txt");
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int DEMO_PASSWORD_LENGTH = 1;

    private final UserAccountService users;
    private final StoryService stories;
    private final ImportService imports;

    DemoDataLoader(UserAccountService users, StoryService stories, ImportService imports) {
        this.users = users;
        this.stories = stories;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.createIfMissing(new NewUser("editor", "Eddie Editor", "editor", Role.EDITOR), DEMO_PASSWORD_LENGTH);
        users.createIfMissing(new NewUser("reviewer", "Rita Reviewer", "reviewer", Role.REVIEWER), DEMO_PASSWORD_LENGTH);
        users.createIfMissing(new NewUser("admin", "Ada Admin", "admin", Role.ADMIN), DEMO_PASSWORD_LENGTH);
        log.warn("""

                ************************************************************************
                *  DEMO USERS ARE ACTIVE: editor/editor, reviewer/reviewer, admin/admin *
                *  Never expose this instance. Run with --spring.profiles.active=prod  *
                *  (and COPYDESK_ADMIN_PASSWORD) for a real deployment.                 *
                ************************************************************************""");
        SystemUser.runAs("editor", List.of(Role.EDITOR_NAME), () -> {
            if (stories.count(StoryFilter.ALL) == 0) {
                SAMPLE_STORIES.forEach(path -> imports.importText(read(path), "Demo wire", null));
                log.info("Loaded {} sample stories", SAMPLE_STORIES.size());
            }
            return null;
        });
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Sample story " + path + " is missing from the build", e);
        }
    }
}
