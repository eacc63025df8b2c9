package org.r2p.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's Markdown tables: header, alignment, and cells that cannot break a row. */
final class MarkdownTableTest {
  @Test
  void writesTheHeaderTheAlignmentAndOneLinePerRow() {
    StringBuilder md = new StringBuilder();
    new MarkdownTable(md, "lr", List.of("Seat", "Casts")).row("France", 18).row("", 0);
    assertThat(md).hasToString("| Seat | Casts |\n|---|---:|\n| France | 18 |\n|  | 0 |\n");
  }

  @Test
  void aBarOrALineBreakInACellCannotBreakTheRow() {
    StringBuilder md = new StringBuilder();
    new MarkdownTable(md, "l", List.of("Subject")).row("a | b\nc");
    assertThat(md.toString().lines()).containsExactly("| Subject |", "|---|", "| a / b c |");
  }

  @Test
  void anAlignmentForEveryColumn() {
    assertThatThrownBy(() -> new MarkdownTable(new StringBuilder(), "l", List.of("A", "B")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 letters for 2 columns");
  }
}
