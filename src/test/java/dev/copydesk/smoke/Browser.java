package dev.copydesk.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the browser tests, and the steps every one of them takes. */
final class Browser {

    private Browser() {
    }

    /** A fresh headless Chromium with a profile of its own; its console log is kept (for CSP checks). */
    static WebDriver chromium() throws IOException {
        String chromium = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        assertThat(new File(chromium)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory("copydesk-chromium")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        return new ChromeDriver(service, options);
    }

    /** Logs in on the app at {@code baseUrl} as a demo user (password = name). */
    static void logIn(WebDriver browser, WebDriverWait wait, String baseUrl, String user) {
        if (!browser.getCurrentUrl().contains("login")) {
            browser.get(baseUrl + "login");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(user, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /** Waits until no Vaadin round trip is in flight. */
    static void settle(WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + "return !c || Object.values(c).every(x => typeof x.isActive !== 'function' || !x.isActive());")));
    }

    /** Paragraph {@code index} of the editor's text (the virtual list renders the first screenful). */
    static WebElement paragraph(WebDriverWait wait, int index) {
        settle(wait);
        return wait.until(d -> {
            List<WebElement> paragraphs = d.findElements(By.cssSelector("#markup .copydesk-paragraph"));
            return paragraphs.size() > index ? paragraphs.get(index) : null;
        });
    }

    /** The HTTP Basic header of a demo user (password = name), for the API. */
    static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
