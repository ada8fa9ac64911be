package org.dvpp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import org.dvpp.storage.spi.OutcomeRow;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * BrowserTest: the HTML report opened in Debian's headless Chromium. Its charts render, a screenshot is kept under
 * target/, and the browser's DevTools network log shows no request other than loading the page's own file. Needs the
 * {@code chromium} and {@code chromium-driver} packages; mandatory with {@code -Ddvpp.requireBrowsers=true}, skipped with
 * a message otherwise.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static void requireBrowser() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("chromium (" + CHROMIUM + ")");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add("chromium-driver (" + DRIVER + ")");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser test needs " + String.join(" and ", missing);
        if (Boolean.getBoolean("dvpp.requireBrowsers")) {
            Assertions.fail(message + "; -Ddvpp.requireBrowsers=true makes it mandatory");
        }
        Assumptions.abort(message + "; skipping (apt-get install chromium chromium-driver, or set "
                + "-Ddvpp.requireBrowsers=true to make this a failure)");
    }

    @Test
    void theReportOpensOfflineWithItsChartsAndMakesNoNetworkRequest() throws Exception {
        requireBrowser();
        Random rnd = new Random(5);
        List<OutcomeRow> rows = new ArrayList<>();
        for (String area : List.of("merton", "sutton", "kingston")) {
            OutcomeRow r;
            do {
                r = DisclosureControlTest.randomRow(rnd, area, 200);
            } while (r.started() < 20 || r.completed() < 10);
            rows.add(r);
        }
        List<ChangeFigures> changes = new ArrayList<>();
        for (OutcomeRow r : rows) {
            changes.add(new ChangeFigures(r.key(), "phq-9", "total", "PHQ-9 total", ChangeRule.RELIABLE_CHANGE, 40, 22,
                    6, java.math.BigDecimal.valueOf(600), java.math.BigDecimal.valueOf(400)));
            changes.add(new ChangeFigures(r.key(), "top", "quality_of_life", "TOP overall quality of life",
                    ChangeRule.DIRECTION, 30, 18, 5, java.math.BigDecimal.valueOf(270), java.math.BigDecimal
                            .valueOf(330)));
        }
        PublishedReport report = DisclosureControl.publish("Outcomes, Q1 2025", ReportOutputTest.Q, rows, changes,
                DisclosurePolicy.DEFAULT);
        StringWriter w = new StringWriter();
        ReportWriter.write(report, ReportFormat.HTML, w);
        Path dir = Path.of("target", "browser");
        Files.createDirectories(dir);
        Path page = dir.resolve("report.html").toAbsolutePath();
        Files.writeString(page, w.toString(), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("dvpp-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,2000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(page.toUri().toString());
            JavascriptExecutor js = driver;
            Object charts = js.executeScript("return Array.from(document.querySelectorAll('div.chart > svg'))"
                    + ".map(s => { const b = s.getBoundingClientRect(); return [s.parentElement.id, b.width, b.height,"
                    + " s.querySelectorAll('rect,path').length]; });");
            @SuppressWarnings("unchecked")
            List<List<Object>> list = (List<List<Object>>) charts;
            assertThat(list).extracting(l -> l.get(0))
                    .containsExactly("chart-funnel", "chart-completion", "chart-hours", "chart-change");
            for (List<Object> c : list) {
                assertThat(((Number) c.get(1)).doubleValue()).as("%s width", c.get(0)).isGreaterThan(400);
                assertThat(((Number) c.get(2)).doubleValue()).as("%s height", c.get(0)).isGreaterThan(200);
                assertThat(((Number) c.get(3)).longValue()).as("%s shapes", c.get(0)).isGreaterThan(5);
            }
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve("report.png"), png);
            assertThat(png.length).isGreaterThan(10_000);
            List<String> requests = new ArrayList<>();
            for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
                String m = e.getMessage();
                if (m.contains("\"Network.requestWillBeSent\"")) {
                    int i = m.indexOf("\"url\":\"");
                    requests.add(i < 0 ? m : m.substring(i + 7, m.indexOf('"', i + 7)));
                }
            }
            // the browser's own start page (chrome://) loads before ours; anything else would be the report's
            List<String> fromPage = requests.stream().filter(u -> !u.startsWith("chrome:")).toList();
            assertThat(fromPage).as("every request after the start page").isNotEmpty()
                    .allSatisfy(u -> assertThat(u).doesNotStartWith("http").doesNotStartWith("ws")
                            .doesNotStartWith("ftp"));
            assertThat(fromPage).as("only the page itself").containsOnly(page.toUri().toString());
            // a request the page's Content-Security-Policy blocked never reaches the network log: it shows here
            assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                    .noneMatch(m -> m.contains("Content Security Policy") || m.contains("net::"));
        } finally {
            driver.quit();
        }
    }
}
