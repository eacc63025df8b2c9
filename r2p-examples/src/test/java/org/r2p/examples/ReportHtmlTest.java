package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.r2p.core.Instrument;
import org.r2p.json.internal.CsvRows;
import org.r2p.rules.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * report.html without a browser: valid HTML, self-contained, under 2 MB, the reasons table as its CSV, the same
 * bytes twice, and the --format option.
 */
final class ReportHtmlTest {
  @TempDir Path dir;

  @Test
  void theNuHtmlCheckerFindsNoErrorAndNoWarning() throws Exception {
    Path page = ReportPage.html();
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    String out = validator.validate(page);
    JsonNode messages = new ObjectMapper().readTree(out).path("messages");
    List<String> problems = new ArrayList<>();
    for (JsonNode m : messages) {
      problems.add(m.path("type").asString() + " " + m.path("subType").asString("") + " line "
          + m.path("lastLine").asString("?") + ": " + m.path("message").asString());
    }
    assertThat(problems).as("Nu HTML Checker on %s", page).isEmpty();
  }

  @Test
  void thePageIsSelfContained() throws IOException {
    String html = Files.readString(ReportPage.html(), StandardCharsets.UTF_8);
    // no resource from elsewhere: no linked style sheet, no script or image by address, no imported font
    assertThat(html).doesNotContain("<link").doesNotContain("@import").doesNotContain("@font-face")
        .doesNotContainPattern("<script[^>]*\\ssrc=").doesNotContainPattern("<img[^>]*\\ssrc=");
    Matcher urls = Pattern.compile("url\\((?!#)|\\s(?:src|href|xlink:href)=['\"](?!#)").matcher(html);
    List<String> external = new ArrayList<>();
    while (urls.find()) {
      external.add(html.substring(urls.start(), Math.min(html.length(), urls.end() + 40)));
    }
    assertThat(external).as("references to anything outside the page").isEmpty();
    assertThat(html).contains("<script>").contains("<style>").contains("<svg id='chart-years'");
  }

  @Test
  void theVerdictFilterOffersEveryVerdictAndStylesEach() throws IOException {
    String html = Files.readString(ReportPage.html(), StandardCharsets.UTF_8);
    for (Verdict v : Verdict.values()) {
      assertThat(html).contains("<option>" + v.name() + "</option>").contains(".v-" + v.name() + "{");
    }
  }

  @Test
  void theReasonsTableHasTheRowsOfTheReasonsCsv_andThePageStaysUnderTwoMegabytes() throws IOException {
    Path page = ReportPage.html();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    int start = html.indexOf("<table class=\"data\" id=\"reasons\">");
    assertThat(start).isNotNegative();
    String table = html.substring(start, html.indexOf("</table>", start));
    List<CsvRows.Row> csv = ReportPage.csv("not_applicable_reasons.csv");
    assertThat(csv).isNotEmpty();
    assertThat(table.split("<tr data-i=", -1)).hasSize(csv.size() + 1);
    for (CsvRows.Row r : csv) {
      assertThat(table).contains("<td>" + Instrument.valueOf(r.get("instrument")).shortName() + "</td><td>"
          + r.get("reasons") + "</td><td data-sort=\"" + String.format("%012d", Integer.parseInt(r.get("casts")))
          + "\">" + r.get("casts") + "</td><td>" + r.get("vetoes").replace("; ", ", ") + "</td>");
    }
    assertThat(html).contains("<a href=\"#reasons-s\">Why a commitment did not apply")
        .contains("<div class=\"filters\" data-table=\"reasons\"");
    assertThat(Files.size(page)).as("report.html bytes").isLessThan(2_000_000);
  }

  @Test
  void twoRunsWriteTheSameBytes() throws IOException {
    assertThat(run("--out", dir.resolve("a").toString(), "--quiet").code).isZero();
    assertThat(run("--out", dir.resolve("b").toString(), "--quiet").code).isZero();
    for (String f : List.of("report.html", "report.md", "vetoes_per_year.svg")) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
  }

  @Test
  void formatChoosesTheReportsWritten() throws IOException {
    Cli md = run("--out", dir.resolve("md").toString(), "--quiet", "--format", "md");
    assertThat(md.code).as(md.toString()).isZero();
    assertThat(dir.resolve("md/report.md")).exists();
    assertThat(dir.resolve("md/report.html")).doesNotExist();
    assertThat(dir.resolve("md/whatif.csv")).exists();
    Cli html = run("--out", dir.resolve("html").toString(), "--quiet", "--format", "HTML");
    assertThat(html.code).as(html.toString()).isZero();
    assertThat(dir.resolve("html/report.html")).exists();
    assertThat(dir.resolve("html/report.md")).doesNotExist();
    // the same files but the report's, and the program says how many
    assertThat(files(dir.resolve("html"))).isEqualTo(files(dir.resolve("md")));
    assertThat(html.out).startsWith("Wrote " + files(dir.resolve("html")) + " files to");
    Cli both = run("--out", dir.resolve("both").toString(), "--quiet", "--format", "html,md");
    assertThat(both.code).isZero();
    assertThat(dir.resolve("both/report.html")).exists();
    assertThat(dir.resolve("both/report.md")).exists();
  }

  private static long files(Path d) throws IOException {
    try (var l = Files.list(d)) {
      return l.count();
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli c = run("--out", dir.toString(), "--format", "md,pdf");
    assertThat(c.code).isEqualTo(2);
    assertThat(c.err).contains("--format").contains("pdf").doesNotContain("Exception");
    assertThat(dir.resolve("report.html")).doesNotExist();
  }
}
