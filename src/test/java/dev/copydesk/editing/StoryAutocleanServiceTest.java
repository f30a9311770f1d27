package dev.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.cleanup.FindingType;
import dev.copydesk.review.IgnoreService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The API's findings and autoclean leave alone what an editor settled, exactly as the editor view does. */
@IntegrationTest
class StoryAutocleanServiceTest {

    private static final String KEPT_AD = "Advertisement: Riverside Garden Centre Spring Sale";
    private static final String TAGGED = "Story continues below advertisement";
    private static final String OTHER_AD = "Sponsored: Harbour View Apartments Open Day";

    @Autowired
    StoryService stories;
    @Autowired
    StoryAutocleanService autoclean;
    @Autowired
    IgnoreService ignores;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void ignored_and_tagged_findings_are_neither_listed_nor_fixed_but_the_others_are() {
        TestUsers.login("editor", Role.EDITOR);
        String body = "The garden centre opened in 1984.\n\n" + KEPT_AD + "\n\nIt employs 40 people.\n\n" + TAGGED
                + "\n\nThe owners plan a cafe.\n\n" + OTHER_AD;
        StoryDetails s = stories.create(new StoryDraft("Garden centre " + System.nanoTime(), null, "t", body, "raw"));
        s = stories.save(s.id(), new StoryEdit(1, s.headline(), null, body, "tag", List.of(new Tag(TagKind.BOILERPLATE, TAGGED))));
        List<Finding> before = autoclean.findings(s.id());
        Finding kept = before.stream().filter(f -> covers(body, f, KEPT_AD)).findFirst().orElseThrow();
        ignores.ignore(s.id(), kept, body, "Ad insert", "The sale is what the story is about");

        List<Finding> listed = autoclean.findings(s.id());
        assertThat(listed).noneMatch(f -> covers(body, f, KEPT_AD)).noneMatch(f -> covers(body, f, TAGGED))
                .anyMatch(f -> f.type() == FindingType.AD_INSERT && covers(body, f, OTHER_AD));

        StoryDetails cleaned = autoclean.autoclean(s.id());
        assertThat(cleaned.revision()).isEqualTo(3);
        assertThat(cleaned.body()).contains(KEPT_AD, TAGGED).doesNotContain(OTHER_AD);
        assertThat(cleaned.tags()).containsExactly(new Tag(TagKind.BOILERPLATE, TAGGED));
    }

    private static boolean covers(String body, Finding f, String text) {
        return body.substring(f.start(), f.end()).contains(text);
    }
}
