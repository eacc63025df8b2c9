package org.r2p.examples.report;

import java.util.Locale;

/** The formats in which {@link HistoryReport#writeTo(java.nio.file.Path, java.util.Set)} writes the report. */
public enum ReportFormat {
  /** {@code report.md}: Markdown, what {@code r2p} prints. */
  MD,
  /** {@code report.html}: one self-contained page with charts and tables that sort and filter. */
  HTML;

  /** @return the name used on the command line and in the file's extension ("md", "html") */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
