package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.r2p.core.Instrument;
import org.r2p.json.internal.CsvRows;

/**
 * report.html in a real browser: Debian's Chromium, headless, driven by its chromedriver (both
 * paths given, so that nothing is downloaded). Skipped, with the reason, where they are not
 * installed ({@code apt-get install -y chromium chromium-driver}; {@code .ci/run} installs them).
 * The paths can be changed with {@code -Dr2p.chromium=…} and {@code -Dr2p.chromedriver=…}.
 *
 * <p>Every expected count is read from the CSV tables the program wrote beside the page.
 */
final class ReportHtmlBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("r2p.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("r2p.chromedriver", "/usr/bin/chromedriver"));

  private static ChromeDriver driver;
  private static Path userData;

  @BeforeAll
  static void open() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
            + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
    Path page = ReportPage.html();
    userData = Files.createTempDirectory("r2p-chromium");
    // the driver's path is given, so Selenium Manager has nothing to find or download
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + userData, "--window-size=1280,1500", "--hide-scrollbars");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    long bytes = Files.size(page);
    // measured, not asserted: the first load (a browser just started) and a second one
    for (String load : List.of("first load", "second load")) {
      driver.get(page.toUri().toString());
      List<?> t = (List<?>) ((JavascriptExecutor) driver).executeScript("var n = performance.getEntriesByType('navigation')[0];"
          + " return [Math.round(n.domContentLoadedEventEnd), Math.round(n.loadEventEnd)];");
      System.out.printf("report.html: %,d bytes (%.2f MB; target < 2 MB); %s in headless Chromium: DOMContentLoaded"
          + " after %s ms, load event after %s ms (target < 1 s)%n", bytes, bytes / 1e6, load, t.get(0), t.get(1));
    }
    Files.write(ReportPage.DIR.resolve("report.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @AfterAll
  static void close() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (userData != null) {
      try (var files = Files.walk(userData)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void thePageLoadsWithoutAConsoleError() {
    assertThat(driver.getTitle()).startsWith("r2p: the veto in the Security Council");
    List<String> severe = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        severe.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertThat(severe).isEmpty();
    assertThat(ReportPage.DIR.resolve("report.png")).isNotEmptyFile();
  }

  @Test
  void everyChartRendersOneMarkPerFigure() {
    List<CsvRows.Row> casts = ReportPage.csv("veto_casts_findings.csv");
    int yearSeats = casts.stream().map(r -> r.get("date").substring(0, 4) + r.get("seat")).collect(Collectors.toSet()).size();
    int situations = ReportPage.csv("vetoes_by_situation.csv").size();
    List<CsvRows.Row> ga = ReportPage.csv("ga_76_262_deadlines.csv");
    int gaSpans = ga.size() + (int) ga.stream().filter(r -> r.get("ga_meeting_date").length() == 10).count();
    // a scenario that changes no outcome has no bar
    int scenarios = ReportPage.csv("whatif.csv").stream().filter(r -> !r.get("baseline").equals(r.get("scenario_outcome")))
        .map(r -> r.get("scenario")).collect(Collectors.toSet()).size();
    assertThat(yearSeats).isPositive();
    assertThat(marks("chart-years")).isEqualTo(yearSeats);
    assertThat(marks("chart-situations")).isEqualTo(situations);
    assertThat(marks("chart-ga")).isEqualTo(gaSpans);
    assertThat(marks("chart-whatif")).isEqualTo(scenarios);
  }

  /** The data marks of a chart, after checking that it is laid out and that its text alternative names it. */
  private static int marks(String id) {
    WebElement svg = driver.findElement(By.id(id));
    assertThat(svg.getSize().getWidth()).as(id + " width").isGreaterThan(300);
    assertThat(svg.getSize().getHeight()).as(id + " height").isGreaterThan(100);
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(driver.findElement(By.id(svg.getAttribute("aria-labelledby"))).getText()).isNotBlank();
    // every mark is drawn: a group with its shapes, each with a size
    List<WebElement> marks = svg.findElements(By.cssSelector("g[data-ref*='rowKey']"));
    for (WebElement m : marks) {
      Number w = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].getBBox().width + arguments[0].getBBox().height;", m);
      assertThat(w.doubleValue()).as(id + " mark " + m.getAttribute("data-ref")).isPositive();
    }
    return marks.size();
  }

  @Test
  void filteringATableShowsTheMatchingRowsOnly() {
    List<CsvRows.Row> casts = ReportPage.csv("veto_casts_findings.csv");
    long france = casts.stream().filter(r -> r.get("seat").equals("FRANCE")).count();
    assertThat(visibleRows("casts")).isEqualTo(casts.size());
    Select seat = filter(By.cssSelector(".filters[data-table='casts'] select"), "Seat");
    seat.selectByVisibleText("France");
    assertThat(visibleRows("casts")).isEqualTo(france).isLessThan(casts.size());
    assertThat(driver.findElement(By.id("casts-count")).getText()).isEqualTo(france + " of " + casts.size() + " rows");
    seat.selectByIndex(0);
    assertThat(visibleRows("casts")).isEqualTo(casts.size());

    // verdicts: one row per cast and instrument; filtered by instrument and verdict together
    Select instrument = filter(By.cssSelector(".filters[data-table='verdicts'] select"), "Instrument");
    Select verdict = filter(By.cssSelector(".filters[data-table='verdicts'] select"), "Verdict");
    instrument.selectByVisibleText("ACT Code of Conduct");
    verdict.selectByVisibleText("NOT_APPLICABLE");
    long expected = casts.stream().filter(r -> r.get("act_code_of_conduct").equals("NOT_APPLICABLE")).count();
    assertThat(visibleRows("verdicts")).isEqualTo(expected);
    instrument.selectByIndex(0);
    verdict.selectByIndex(0);

    // why a commitment did not apply: one row per instrument and set of reasons, filtered by instrument
    List<CsvRows.Row> reasons = ReportPage.csv("not_applicable_reasons.csv");
    long uk = reasons.stream().filter(r -> Instrument.valueOf(r.get("instrument")).shortName().equals("UK pledge")).count();
    Select reasonsBy = filter(By.cssSelector(".filters[data-table='reasons'] select"), "Instrument");
    reasonsBy.selectByVisibleText("UK pledge");
    assertThat(visibleRows("reasons")).isEqualTo(uk).isPositive().isLessThan(reasons.size());
    reasonsBy.selectByIndex(0);
    assertThat(visibleRows("reasons")).isEqualTo(reasons.size());
  }

  @Test
  void sortingATableByAColumnReordersItsRows_fromTheKeyboardToo() {
    List<CsvRows.Row> casts = ReportPage.csv("veto_casts_findings.csv");
    String latest = casts.stream().map(r -> r.get("date")).max(String::compareTo).orElseThrow();
    String earliest = casts.stream().map(r -> r.get("date")).min(String::compareTo).orElseThrow();
    List<String> before = column("casts", 1);
    driver.findElement(By.cssSelector("#casts thead th:nth-child(5) button")).click();
    List<String> states = column("casts", 5);
    assertThat(states).isSortedAccordingTo(String::compareTo);
    assertThat(column("casts", 1)).isNotEqualTo(before).containsExactlyInAnyOrderElementsOf(before);
    WebElement date = driver.findElement(By.cssSelector("#casts thead th:first-child button"));
    date.sendKeys(Keys.ENTER); // a heading's button takes the keyboard
    assertThat(column("casts", 1)).isSortedAccordingTo(String::compareTo).first().isEqualTo(earliest);
    assertThat(date.findElement(By.xpath("..")).getAttribute("aria-sort")).isEqualTo("ascending");
    date.sendKeys(Keys.SPACE);
    assertThat(column("casts", 1)).first().isEqualTo(latest);
    assertThat(date.findElement(By.xpath("..")).getAttribute("aria-sort")).isEqualTo("descending");
  }

  @Test
  void anExplanationOpensWithOneClick() throws Exception {
    WebElement details = driver.findElement(By.cssSelector("#verdicts tbody tr details"));
    WebElement explanation = details.findElement(By.tagName("p"));
    assertThat(details.getAttribute("open")).isNull();
    assertThat(explanation.isDisplayed()).isFalse();
    details.findElement(By.tagName("summary")).click();
    assertThat(details.getAttribute("open")).isNotNull();
    assertThat(explanation.isDisplayed()).isTrue();
    assertThat(explanation.getText()).contains("Outcome:");
    assertThat(details.findElements(By.tagName("li"))).isNotEmpty();
    Files.write(ReportPage.DIR.resolve("report-explanation.png"), driver.getScreenshotAs(OutputType.BYTES));
    details.findElement(By.tagName("summary")).click();
  }

  private static long visibleRows(String table) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(
        "return Array.prototype.filter.call(document.getElementById(arguments[0]).tBodies[0].rows,"
            + " function (r) { return !r.hidden && r.offsetParent !== null; }).length;", table)).longValue();
  }

  @SuppressWarnings("unchecked")
  private static List<String> column(String table, int column) {
    return (List<String>) ((JavascriptExecutor) driver).executeScript(
        "var c = arguments[1] - 1; return Array.prototype.filter.call(document.getElementById(arguments[0]).tBodies[0].rows,"
            + " function (r) { return !r.hidden; }).map(function (r) { return r.cells[c].textContent.trim(); });", table, column);
  }

  /** A table's filter, found by its label's words (the attribute that carries its key is the page's own affair). */
  private Select filter(By selects, String label) {
    return new Select(driver.findElements(selects).stream()
        .filter(e -> e.findElement(By.xpath("..")).getText().startsWith(label)).findFirst().orElseThrow());
  }
}
