package dev.copydesk.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged jar, started like a user would start it (demo profile), driven by Debian's headless Chromium: log
 * in, open the desk and the seed story, save an edit, then kill -9 the JVM and check the save is in the database.
 * On every view it opens, the browser console must show no Content-Security-Policy violation. Before that (the flow
 * ends the JVM), two editors co-edit one story in two browsers while a third browser watches the desk.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmokeIT {

    private static final Path TARGET = Path.of("target");
    private static final String PROMO = "Grand Harbour Hotel And Spa Weekend Offers";
    private static final List<String> CSP_VIOLATIONS = new ArrayList<>();
    private static AppProcess app;
    private static Path dataDir;
    private static String baseUrl;
    private static long startupMillis;

    @BeforeAll
    static void startPackagedApp() throws Exception {
        dataDir = Files.createTempDirectory("copydesk-smoke");
        long t0 = System.nanoTime();
        // The demo profile seeds the users and the sample story the flow below logs in as and opens.
        app = AppProcess.start("smoke-app.log", "--spring.profiles.active=demo", "--copydesk.data-dir=" + dataDir);
        baseUrl = app.baseUrl;
        app.waitUntilServing("login", Duration.ofSeconds(120));
        startupMillis = (System.nanoTime() - t0) / 1_000_000;
        Files.writeString(TARGET.resolve("smoke-startup.txt"), "cold start to first /login page: " + startupMillis + " ms\n");
        System.out.println("Copydesk jar cold start: " + startupMillis + " ms");
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    @Order(1)
    void two_editors_edit_two_paragraphs_at_once_and_each_sees_the_others_save_live() throws Exception {
        String headline = "Bridge vote " + System.nanoTime();
        String body = String.join("\n\n", "The council met on Monday evening.", "It voted to close the old bridge.",
                "Residents had asked for a new crossing.", "Work will start in the spring.",
                "The mayor said the cost was fair.", "A public meeting follows next week.");
        long id = createStory(headline, body);
        WebDriver a = Browser.chromium();
        WebDriver b = Browser.chromium();
        WebDriver desk = Browser.chromium();
        try {
            var waitA = new WebDriverWait(a, Duration.ofSeconds(30));
            var waitB = new WebDriverWait(b, Duration.ofSeconds(30));
            var waitDesk = new WebDriverWait(desk, Duration.ofSeconds(30));
            Browser.logIn(a, waitA, baseUrl, "editor");
            Browser.logIn(b, waitB, baseUrl, "admin");
            Browser.logIn(desk, waitDesk, baseUrl, "reviewer");
            a.get(baseUrl + "stories/" + id);
            b.get(baseUrl + "stories/" + id);
            waitA.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#markup .copydesk-paragraph")));
            waitB.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#markup .copydesk-paragraph")));

            // The third browser's desk shows both editors in the story's row, without a reload.
            waitDesk.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content//span[@title='editor has it open'"
                    + " or @title='admin has it open']")).size() == 2);
            screenshot(desk, "smoke-desk-presence.png");

            // A opens paragraph 2; B sees it held by A, is refused it, and opens paragraph 5.
            Browser.paragraph(waitA, 1).click();
            WebElement typingA = waitA.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#block-text textarea")));
            waitB.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#markup .held"),
                    "editor is editing"));
            Browser.paragraph(waitB, 1).click();
            waitB.until(ExpectedConditions.textToBePresentInElementLocated(By.id("block-title"),
                    "Paragraph 2 is being edited by editor"));
            Browser.paragraph(waitB, 4).sendKeys(Keys.ENTER); // a paragraph opens from the keyboard too
            WebElement typingB = waitB.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#block-text textarea")));
            typingB.sendKeys(Keys.chord(Keys.CONTROL, "a"), "The mayor said the cost was fair and overdue.");

            // A saves paragraph 2: B's view shows it in place, B's typing untouched.
            typingA.sendKeys(Keys.chord(Keys.CONTROL, "a"), "It voted by nine to two to close the old bridge.");
            click(a, waitA, By.id("save-block"));
            waitA.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"), "Revision 2"));
            long savedA = System.nanoTime();
            waitB.until(ExpectedConditions.textToBePresentInElementLocated(By.id("markup"), "by nine to two"));
            recordTiming("co-editing: A's save shown in B's browser (push)", savedA);
            assertThat(typingB.getAttribute("value")).isEqualTo("The mayor said the cost was fair and overdue.");
            screenshot(b, "smoke-coediting-b.png");

            // B saves paragraph 5: A sees it, and the history holds both saves.
            click(b, waitB, By.id("save-block"));
            waitB.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"), "Revision 3"));
            long savedB = System.nanoTime();
            waitA.until(ExpectedConditions.textToBePresentInElementLocated(By.id("markup"), "fair and overdue"));
            recordTiming("co-editing: B's save shown in A's browser (push)", savedB);
            screenshot(a, "smoke-coediting-a.png");
            String latest = getJson("/api/stories/" + id);
            assertThat(latest).contains("\"revision\":3").contains("by nine to two").contains("fair and overdue");
            collectCspViolations(a, "co-editing A");
            collectCspViolations(b, "co-editing B");
            collectCspViolations(desk, "desk watching");
        } catch (RuntimeException | AssertionError e) {
            screenshot(a, "smoke-failure-a.png");
            screenshot(b, "smoke-failure-b.png");
            screenshot(desk, "smoke-failure-desk.png");
            throw e;
        } finally {
            a.quit();
            b.quit();
            desk.quit();
        }
    }

    private static long createStory(String headline, String body) throws IOException, InterruptedException {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(baseUrl + "api/stories?title="
                        + java.net.URLEncoder.encode(headline, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", Browser.basic("editor"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var matcher = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String getJson(String path) throws IOException, InterruptedException {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(baseUrl + path.substring(1)))
                .header("Authorization", Browser.basic("editor")).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    @Order(2)
    void editor_imports_cleans_tags_saves_and_edits_a_story_and_the_saves_survive_kill_minus_nine() throws Exception {
        WebDriver browser = Browser.chromium();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(baseUrl);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
            proveTheConsoleShowsCspViolations(browser, wait);
            Cookie before = browser.manage().getCookieNamed("JSESSIONID");
            Browser.logIn(browser, wait, baseUrl, "editor");

            WebElement seedRow = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//vaadin-grid-cell-content[starts-with(normalize-space(.), 'Russia Slams US-Led Attack')]")));
            Cookie after = browser.manage().getCookieNamed("JSESSIONID");
            assertThat(before).as("the login page opens a session").isNotNull();
            assertThat(after.getValue()).as("the session id changes on login").isNotEqualTo(before.getValue());
            assertThat(browser.findElement(By.id("current-user")).getText()).contains("editor").contains("Editor");
            screenshot(browser, "smoke-desk.png");
            collectCspViolations(browser, "login and desk");

            // Import the seed with an unmarked promo line pasted in, through the real import view.
            String seed = Files.readString(Path.of("src/main/resources/demo/story-as-received.txt"));
            String story = seed.replace("by Russian forces\n", "by Russian forces\n" + PROMO + "\n");
            browser.get(baseUrl + "import");
            WebElement pasted = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pasted")));
            ((ChromeDriver) browser).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", pasted, story);
            long importClicked = System.nanoTime();
            click(browser, wait, By.id("import-pasted"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("markup")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings-summary"), "Duplicates"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#markup .mark-duplicate")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .copydesk-badge")));
            collectCspViolations(browser, "import");
            recordTiming("import click to editor with findings marked", importClicked);
            screenshot(browser, "smoke-editor-before.png");
            String editorUrl = browser.getCurrentUrl();

            click(browser, wait, By.id("autoclean"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autoclean"), "(0)"));
            reveal(browser, wait, PROMO);
            click(browser, wait, findingButton(PROMO, "Tag as ad"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(findingButton(PROMO, "Tag as ad")));
            reveal(browser, wait, "Possible repetition of");
            click(browser, wait, findingButton("Possible repetition of", "Accept"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(findingButton("Possible repetition of", "Accept")));
            reveal(browser, wait, "heartbreaking");
            click(browser, wait, findingButton("heartbreaking", "Ignore"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(findingButton("heartbreaking", "Ignore")));
            browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "s"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"), "Revision 2"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#markup .copydesk-paragraph")));
            ((ChromeDriver) browser).executeScript("document.getElementById('markup').scrollToIndex(3)");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#markup .copydesk-tag-label")));
            screenshot(browser, "smoke-editor-after.png");

            click(browser, wait, By.id("mode"));
            WebElement body = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#body textarea")));
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\nAdded in the smoke test.");
            body.sendKeys(Keys.chord(Keys.CONTROL, "s"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"), "Revision 3"));
            screenshot(browser, "smoke-editor.png");
            collectCspViolations(browser, "editor");

            // The link sits below the fold, under the "Saved" toast: click it the way a script can.
            WebElement historyLink = browser.findElement(By.partialLinkText("History"));
            ((ChromeDriver) browser).executeScript("arguments[0].click()", historyLink);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "History: Russia Slams"));
            wait.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='3']")).size() == 1);
            screenshot(browser, "smoke-history.png");
            collectCspViolations(browser, "history");

            // Warm now: reopening the story in the editor until its findings are marked.
            long reopen = System.nanoTime();
            browser.get(editorUrl);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#markup .copydesk-paragraph .mark")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .copydesk-badge")));
            recordTiming("warm page load of the editor with findings marked", reopen);
            click(browser, wait, By.id("theme-toggle"));
            wait.until(d -> "dark".equals(((ChromeDriver) d).executeScript(
                    "return document.documentElement.getAttribute('theme')")));
            screenshot(browser, "smoke-editor-dark.png");

            // The approval loop across two browsers: the editor submits, the reviewer approves.
            click(browser, wait, By.id("submit"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"), "In review"));
            WebDriver reviewer = Browser.chromium();
            try {
                var reviewerWait = new WebDriverWait(reviewer, Duration.ofSeconds(30));
                Browser.logIn(reviewer, reviewerWait, baseUrl, "reviewer");
                reviewer.get(baseUrl + "review");
                click(reviewer, reviewerWait, By.xpath(
                        "//vaadin-grid-cell-content[starts-with(normalize-space(.), 'Russia Slams US-Led Attack')]"));
                reviewerWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diff .diff-del")));
                click(reviewer, reviewerWait, By.id("approve"));
                reviewerWait.until(d -> String.valueOf(((ChromeDriver) d).executeScript(
                        "return document.getElementById('review-state').textContent")).contains("approved"));
                ((ChromeDriver) reviewer).executeScript("window.scrollTo(0, 0)");
                screenshot(reviewer, "smoke-review.png");
                collectCspViolations(reviewer, "review queue and review");
            } catch (RuntimeException | AssertionError e) {
                screenshot(reviewer, "smoke-failure-reviewer.png");
                throw e;
            } finally {
                reviewer.quit();
            }

            browser.get(baseUrl + "users");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Page not found"));
            assertThat(browser.getPageSource()).doesNotContain("Available routes");
            collectCspViolations(browser, "editor submits, page not found");

            // The admin's views: export, users, and the password page every user has.
            browser.get(baseUrl);
            click(browser, wait, By.id("logout"));
            Browser.logIn(browser, wait, baseUrl, "admin");
            browser.get(baseUrl + "export");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#export-grid")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#export-grid vaadin-grid-cell-content")));
            collectCspViolations(browser, "export");
            browser.get(baseUrl + "users");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//vaadin-grid-cell-content[normalize-space(.)='reviewer']")));
            screenshot(browser, "smoke-users.png");
            collectCspViolations(browser, "users");
            click(browser, wait, By.id("change-password"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-password")));
            collectCspViolations(browser, "change password");
            assertThat(CSP_VIOLATIONS).as("Content-Security-Policy violations in the browser console").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            screenshot(browser, "smoke-failure.png");
            throw e;
        } finally {
            browser.quit();
        }

        app.killMinusNine();
        try (var db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("copydesk"), "sa", "");
                var approved = db.prepareStatement("select approved_revision, status from story where id = "
                        + "(select story_id from revision where number = 3 and blocks like ?)");
                var query = db.prepareStatement("select count(*) from revision where number = 3 and body like ?"
                        + " and blocks like ?")) {
            // The tag is the AD kind of the promo's block (BlockCodec writes id, kind, text in that order).
            String taggedPromo = "%\"kind\":\"AD\",\"text\":\"" + PROMO + "\"%";
            approved.setString(1, taggedPromo);
            try (var rs = approved.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the reviewer's approval names revision 3").isEqualTo(3);
                assertThat(rs.getString(2)).isEqualTo("APPROVED");
            }
            query.setString(1, "%Added in the smoke test.");
            query.setString(2, taggedPromo);
            try (var rs = query.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the acknowledged save, with its tag, survived kill -9").isEqualTo(1);
            }
        }
    }

    /**
     * The check below is only worth something if the console really reports violations: an image from another
     * origin (a loopback address; the policy blocks it before any request) must show up as one.
     */
    private static void proveTheConsoleShowsCspViolations(WebDriver browser, WebDriverWait wait) {
        ((ChromeDriver) browser).executeScript("const probe = document.createElement('img');"
                + "probe.src = 'http://127.0.0.2:9/csp-probe.png'; document.body.appendChild(probe);");
        List<String> seen = new ArrayList<>();
        wait.until(d -> {
            d.manage().logs().get(LogType.BROWSER).forEach(entry -> seen.add(entry.getMessage()));
            return seen.stream().anyMatch(m -> m.contains("csp-probe") && m.contains("Content Security Policy"));
        });
    }

    private static void collectCspViolations(WebDriver browser, String where) {
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                CSP_VIOLATIONS.add(where + ": " + message);
            }
        }
    }

    /** Figures for BENCHMARKS.md: printed and appended to target/smoke-startup.txt (never asserted). */
    private static void recordTiming(String what, long startNanos) throws IOException {
        String line = what + ": " + (System.nanoTime() - startNanos) / 1_000_000 + " ms\n";
        System.out.print("Copydesk " + line);
        Files.writeString(TARGET.resolve("smoke-startup.txt"), line, java.nio.file.StandardOpenOption.APPEND);
    }

    private static By findingButton(String findingText, String button) {
        return By.xpath("//div[contains(@class,'copydesk-finding')][contains(., \"" + findingText + "\")]"
                + "//vaadin-button[normalize-space(.)='" + button + "']");
    }

    /** Scrolls the virtual findings list until a finding mentioning the text is rendered. */
    private static void reveal(WebDriver browser, WebDriverWait wait, String findingText) {
        Browser.settle(wait);
        wait.until(d -> {
            if (!d.findElements(By.xpath("//div[contains(@class,'copydesk-finding')][contains(., \"" + findingText
                    + "\")]")).isEmpty()) {
                return true;
            }
            ((ChromeDriver) d).executeScript("const l = document.getElementById('findings'); l.scrollTop += 300;");
            return false;
        });
    }

    /**
     * Clicks through scripts: the findings panel scrolls, and a toast may sit on top of a button. The list re-renders
     * when a re-analysis arrives, so an element found a moment ago may be gone: find it again and retry.
     */
    private static void click(WebDriver browser, WebDriverWait wait, By target) {
        Browser.settle(wait);
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(target);
            ((ChromeDriver) d).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                    element);
            return true;
        });
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(TARGET.resolve(name), png);
    }
}
