package org.lowshire.portal.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.lowshire.portal.devstack.DemoUsers;
import org.lowshire.portal.devstack.TestStack;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) with helpers to sign in through the Keycloak page
 * and to scan each page with axe-core for WCAG 2.2 A/AA problems.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final Path profile;

    private final Path downloads;

    public Browser() {
        try {
            profile = Files.createTempDirectory("portal-chromium-");
            downloads = Files.createTempDirectory("portal-downloads-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var options = new ChromeOptions();
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Where files the browser downloads land. */
    public Path downloads() {
        return downloads;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String pathInApp) {
        driver.get(Http.appUrl(pathInApp));
    }

    /** Opens the portal and signs in on Keycloak's login page as a demo user. */
    public void signIn(String username) {
        signIn(username, password(username));
    }

    /** Opens the portal home page and submits Keycloak's login form with the given credentials. */
    public void signIn(String username, String password) {
        open("/");
        submitLogin(username, password);
    }

    /** Fills and submits Keycloak's login form, which must be on screen. */
    public void submitLogin(String username, String password) {
        waitFor(By.id("username"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    public org.openqa.selenium.WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Fails on any serious or critical WCAG 2.2 A/AA violation on the current page. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .toList();
        if (!bad.isEmpty()) {
            screenshot("axe-" + System.currentTimeMillis());
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                    + bad.stream()
                            .map(r -> "- " + r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                                    + r.getNodes().stream()
                                            .map(n -> String.valueOf(n.getTarget()))
                                            .limit(3)
                                            .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
    }

    /** Saves a screenshot under target/it-work/screenshots, for a failing test's report. */
    public Path screenshot(String name) {
        try {
            Path dir = TestStack.config().workDir().resolve("screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String password(String username) {
        try {
            return DemoUsers.byUsername(DemoUsers.realmFile(TestStack.config().projectDir()), username)
                    .password();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory: the OS cleans it in the end
        }
    }
}
