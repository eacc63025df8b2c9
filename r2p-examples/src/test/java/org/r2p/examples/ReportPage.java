package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.r2p.json.internal.CsvRows;

/**
 * The bundled history's report written once by the program into {@code target/report-html/}, for
 * the tests of {@code report.html}; the expected figures are read from the CSV tables written
 * beside it. Test support.
 */
final class ReportPage {
  /** Where the report (and the browser test's screenshot) is written. */
  static final Path DIR = Path.of("target", "report-html");

  private static boolean written;

  private ReportPage() {}

  /** @return report.html, written by {@code r2p --out target/report-html --quiet} on the first call */
  static synchronized Path html() {
    if (!written) {
      Cli c = Cli.run("--out", DIR.toString(), "--quiet");
      assertThat(c.code).as(c.toString()).isZero();
      written = true;
    }
    return DIR.resolve("report.html");
  }

  /** @return the rows of one of the CSV tables written beside the page */
  static List<CsvRows.Row> csv(String name) {
    html();
    try (InputStream in = Files.newInputStream(DIR.resolve(name))) {
      return CsvRows.read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
