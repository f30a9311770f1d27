package dev.copydesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.copydesk.base.ClusterLease;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.security.Role;
import dev.copydesk.security.UserAccountService;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds demo users (editor/editor, reviewer/reviewer, admin/admin) and sample stories on an empty desk. Only
 * with {@code copydesk.demo-data=true}, which the demo profile sets: the default start seeds nothing.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty(name = "copydesk.demo-data")
class DemoDataLoader implements ApplicationRunner {

    static final List<String> SAMPLE_STORIES = List.of(
            "demo/story-as-received.txt", "demo/scraped-web-article.txt", "demo/agency-repeated-lede.txt");
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserAccountService users;
    private final StoryService stories;
    private final ImportService imports;

    private final ClusterLease lease;

    DemoDataLoader(UserAccountService users, StoryService stories, ImportService imports, ClusterLease lease) {
        this.lease = lease;
        this.users = users;
        this.stories = stories;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Two nodes starting at once on one database take turns: the second finds the accounts and stories there.
        lease.exclusively("start-up-seeding", Duration.ofMinutes(2), () -> {
            seed();
            return null;
        });
    }

    private void seed() {
        DemoAccounts.ALL.forEach(user -> users.createIfMissing(user, DemoAccounts.PASSWORD_LENGTH));
        log.warn("""

                ************************************************************************
                *  DEMO USERS ARE ACTIVE: editor/editor, reviewer/reviewer, admin/admin *
                *  (copydesk.demo-data=true, set by the demo profile). Never expose    *
                *  this instance. Start without the demo profile for real use: it     *
                *  needs COPYDESK_ADMIN_PASSWORD and disables these demo accounts.    *
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
