package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Text pasted from a whole web page: the menu and footer lines around the article go, the article stays. */
class PageChromeTest {

    private static final List<String> ARTICLE = List.of(
            "The council voted on Tuesday to close the town library at the end of the year, ending 120 years of service.",
            "Residents who use it at weekends said they would start a petition against the change before the next meeting.",
            "The library has opened on Sundays since 1998, when a local trust first paid for its staff and its heating.",
            "Councillors said the building needed repairs the town could not afford, and that a mobile library would do.",
            "The trust said it had offered to pay for the roof and was never given an answer by the council's officers.");
    private static final List<String> MENU = List.of("Home", "News", "Politics", "Sport", "Business", "Money", "Opinion",
            "Culture", "Tech & Science", "Travel", "Lifestyle", "Puzzles", "Jobs", "My Account");
    private static final List<String> FOOTER = List.of("About us", "Contact", "Privacy policy", "Terms of use", "Careers",
            "Advertise with us");

    private final CleanupEngine engine = Engines.withoutGrammar();

    private static String page(List<String> head, List<String> body, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(body);
        all.addAll(tail);
        return String.join("\n\n", all);
    }

    private List<String> cleaned(String text) {
        return List.of(engine.autoclean("Library to close", text).body().split("\n\n"));
    }

    @Test
    void the_menu_before_the_article_and_the_links_after_it_go() {
        assertThat(cleaned(page(MENU, ARTICLE, FOOTER))).containsExactlyElementsOf(ARTICLE);
    }

    @Test
    void a_menu_between_a_notice_and_the_article_goes_and_the_article_stays() {
        List<String> head = new ArrayList<>(List.of("We and our partners store data on your device to measure how the site "
                + "is used and to show you relevant advertising."));
        head.addAll(MENU);
        List<String> out = cleaned(page(head, ARTICLE, FOOTER));
        assertThat(out).containsAll(ARTICLE).doesNotContainAnyElementsOf(MENU).doesNotContainAnyElementsOf(FOOTER);
    }

    @Test
    void a_list_or_code_inside_the_article_stays() {
        List<String> body = new ArrayList<>(ARTICLE.subList(0, 2));
        body.addAll(List.of("Opening hours", "Monday 9am to 5pm", "Saturday 10am to 1pm", "x = open(hours);"));
        body.addAll(ARTICLE.subList(2, 5));
        assertThat(cleaned(page(MENU, body, FOOTER))).containsExactlyElementsOf(body);
    }

    @Test
    void a_wire_story_with_subheads_is_no_page() {
        String story = page(List.of(), List.of(ARTICLE.get(0), "What happens next", ARTICLE.get(1), "The trust",
                ARTICLE.get(2), ARTICLE.get(3)), List.of("Key points"));
        assertThat(engine.autoclean("Library to close", story).body()).isEqualTo(story);
    }

    @Test
    void a_page_of_short_posts_is_left_whole() {
        List<String> posts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            posts.add("Post " + i);
            posts.add("A short note about day " + i + " in the garden");
        }
        posts.add(ARTICLE.getFirst());
        String text = page(MENU, posts, FOOTER);
        assertThat(engine.autoclean("Garden notes", text).body()).isEqualTo(text);
    }

    @Test
    void a_numbered_list_article_keeps_its_first_subhead() {
        List<String> blocks = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            blocks.add(n + " Reason number " + n);
            blocks.add(ARTICLE.get(n % ARTICLE.size()).replace("council", "council " + n));
        }
        String text = String.join("\n\n", blocks);
        assertThat(engine.autoclean("Eight reasons", text).body()).isEqualTo(text);
    }

    @Test
    void teaser_headlines_and_prompts_after_the_article_go() {
        List<String> tail = List.of("Get our breaking news alerts in your inbox every morning",
                "Tom Cruise and Katie Holmes -- No Love Lost ... NOT on Speaking Terms",
                "Finding Cheap Flights is Now Easy tripsinsider.com",
                "Mysterious Alcatraz Escape Unsolved For Years, Until Police Find This...",
                "Photo gallery", "View all videos »", "Around The Web");
        List<String> out = cleaned(page(MENU, ARTICLE, tail));
        assertThat(out).containsExactlyElementsOf(ARTICLE);
    }

    @Test
    void a_table_of_figures_does_not_cut_the_article_in_two() {
        List<String> body = new ArrayList<>(ARTICLE.subList(0, 2));
        for (int n = 1; n <= 14; n++) {
            body.add(n + " \u2502 " + (n * 37 % 11) + " \u2502 " + (n % 2 == 0 ? "t" : "f"));
        }
        body.addAll(ARTICLE.subList(2, 5));
        assertThat(cleaned(page(MENU, body, FOOTER))).containsExactlyElementsOf(body);
    }

    @Test
    void a_list_and_a_hard_wrapped_paragraph_beside_the_article_stay() {
        List<String> tail = List.of("* GET a folder: retrieve the names of the documents",
                "* PUT a document: store a new version of it", "* DELETE a document: remove it",
                "The protocol supports storing, retrieving and", "removing individual documents, as well as listing",
                "the contents of a folder.");
        List<String> out = cleaned(page(MENU, ARTICLE, tail));
        assertThat(out).containsAll(ARTICLE).containsAll(tail.subList(0, 3)).doesNotContainAnyElementsOf(MENU)
                .as("the wrapped lines kept, and joined by the broken-paragraph rule")
                .contains("The protocol supports storing, retrieving and removing individual documents, as well as "
                        + "listing the contents of a folder.");
    }

    @Test
    void short_sentences_and_results_beside_the_article_stay() {
        List<String> tail = List.of("The council declined to comment.", "Nobody answered.", "The trust will meet again.",
                "Arsenal 2 Chelsea 1", "Leeds 0 Everton 3", "Fulham 1 Spurs 1");
        List<String> out = cleaned(page(MENU, ARTICLE, tail));
        assertThat(out).containsAll(ARTICLE).containsAll(tail).doesNotContainAnyElementsOf(MENU);
    }
}
