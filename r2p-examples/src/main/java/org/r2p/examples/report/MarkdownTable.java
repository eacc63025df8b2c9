package org.r2p.examples.report;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Markdown table as the report writes every one: a header row, the alignment row, then one
 * line per row. A cell's {@code |} is written {@code /} and its line breaks as spaces, so that
 * no value can break the table.
 */
final class MarkdownTable {
  private final StringBuilder md;

  /**
   * Starts a table by writing its header and alignment rows.
   *
   * @param md where the table is written
   * @param align one letter per column: {@code l} left, {@code r} right (figures)
   * @param heads the column headings
   */
  MarkdownTable(StringBuilder md, String align, List<String> heads) {
    if (align.length() != heads.size()) {
      throw new IllegalArgumentException("align has " + align.length() + " letters for " + heads.size() + " columns");
    }
    this.md = md;
    line(heads.stream());
    md.append('|');
    align.chars().forEach(c -> md.append(c == 'r' ? "---:|" : "---|"));
    md.append('\n');
  }

  /**
   * Writes a row.
   *
   * @param cells the cells, one per column, written with {@link String#valueOf(Object)}
   * @return this table
   */
  MarkdownTable row(Object... cells) {
    line(Stream.of(cells).map(c -> String.valueOf(c).replace("|", "/").replace("\n", " ")));
    return this;
  }

  private void line(Stream<String> cells) {
    md.append("| ").append(cells.collect(Collectors.joining(" | "))).append(" |\n");
  }
}
