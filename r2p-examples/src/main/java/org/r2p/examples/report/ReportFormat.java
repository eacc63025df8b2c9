package org.r2p.examples.report;

/**
 * The formats in which {@link HistoryReport#writeTo(java.nio.file.Path, java.util.Set)} writes the
 * report; on the command line, {@code --format md,html} (any case).
 */
public enum ReportFormat {
  /** {@code report.md}: Markdown, what {@code r2p} prints. */
  MD,
  /** {@code report.html}: one self-contained page with charts and tables that sort and filter. */
  HTML
}
