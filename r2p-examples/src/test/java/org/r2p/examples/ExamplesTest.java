package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The runnable examples, run, so that they cannot rot; and the README's copy of the quick start. */
final class ExamplesTest {
  @Test
  void quickStart() {
    assertThat(QuickStart.run()).startsWith("FAILED_VETO: S/2014/348 was put to the vote on 2014-05-22: 13-2-0.")
        .contains("vetoed by China and Russian Federation");
  }

  @Test
  void checkHypotheticalVote() {
    assertThat(CheckHypotheticalVote.run()).startsWith("ACT Code of Conduct: BREACH\n")
        .contains("Abstention, letter: CONSISTENT\n").contains("Abstention, spirit: BREACH\n");
  }

  @Test
  void readJson() {
    assertThat(ReadJson.run()).contains("Read ok with 2 votes").contains("1 valid of 2")
        .contains("line 2 /1/votes/1/member vote.duplicate-member");
  }

  @Test
  void runScenario() {
    assertThat(RunScenario.run())
        .contains("S/2007/14: FAILED_VETO -> ADOPTED").contains("S/2014/348: FAILED_VETO -> ADOPTED")
        .contains("Shapley-Shubik of France: 421/2145 with the veto, 1/15 without");
  }

  static String between(String text, String begin, String end) {
    int a = text.indexOf(begin);
    int b = text.indexOf(end, a);
    assertThat(a).as("marker " + begin).isNotNegative();
    assertThat(b).as("marker " + end).isGreaterThan(a);
    return text.substring(text.indexOf('\n', a) + 1, b);
  }

  static String strip(String code) {
    StringBuilder sb = new StringBuilder();
    for (String line : code.split("\n")) {
      if (!line.isBlank()) {
        sb.append(line.strip()).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void readmeQuickStartIsTheCompiledOne() throws IOException {
    Path root = Paths.get("").toAbsolutePath();
    Path readme = Files.exists(root.resolve("README.md")) ? root.resolve("README.md") : root.getParent().resolve("README.md");
    String source = Files.readString(root.resolve("src/main/java/org/r2p/examples/QuickStart.java"));
    String inCode = between(source, "// quick-start:begin", "// quick-start:end");
    String inReadme = between(Files.readString(readme), "<!-- quick-start:begin -->", "<!-- quick-start:end -->");
    assertThat(strip(inReadme.replace("```java\n", "").replace("```\n", ""))).isEqualTo(strip(inCode));
  }
}
