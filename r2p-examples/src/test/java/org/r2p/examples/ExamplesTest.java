package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runnable examples, run, so that they cannot rot; and the examples of the README and of the
 * pages under {@code docs/}, which are the code of the consumer test ({@code src/it/consumer},
 * built and run by the invoker in verify).
 */
final class ExamplesTest {
  @Test
  void checkHypotheticalVote() {
    assertThat(CheckHypotheticalVote.run()).startsWith("ACT Code of Conduct: BREACH\n")
        .contains("Abstention, letter: CONSISTENT\n").contains("Abstention, spirit: CONSISTENT, flagged against para 1\n");
  }

  @Test
  void readJson() {
    assertThat(ReadJson.run()).contains("Read ok with 2 votes").contains("1 valid of 2")
        .contains("line 2 /1/votes/1/member vote.duplicate-member");
  }

  @Test
  void whatIfRussiaJoinedTheCode() {
    // V194 (Aleppo, 2016) and V227 (Sudan, 2024): Russia alone vetoed drafts assessed YES
    // before the vote; V195 and V206 stay vetoed by China, V187-V189 predate the adherence
    assertThat(WhatIfRussiaJoinedTheCode.run())
        .contains("2 vetoed drafts would have been adopted")
        .contains("2016-10-08 S/2016/846: FAILED_VETO -> ADOPTED, flipped by [RUS NO->ABSTAIN]; aim asserted by UN High"
            + " Commissioner for Human Rights Zeid Ra'ad Al Hussein")
        .contains("2024-11-18 S/2024/826: FAILED_VETO -> ADOPTED")
        .doesNotContain("S/2016/1026").doesNotContain("S/2012/77");
  }

  @Test
  void runScenario() {
    assertThat(RunScenario.run())
        .contains("S/2011/612: FAILED_VETO -> ADOPTED").contains("S/2016/846: FAILED_VETO -> ADOPTED")
        .doesNotContain("S/2014/348")
        .contains("Shapley-Shubik of France: 421/2145 with the veto, 1/15 without");
  }

  /** The text between the line holding {@code begin} and the line holding {@code end}. */
  static String between(String text, String begin, String end) {
    int a = text.indexOf(begin);
    int b = text.indexOf(end, a);
    assertThat(a).as("marker " + begin).isNotNegative();
    assertThat(b).as("marker " + end).isGreaterThan(a);
    return text.substring(text.indexOf('\n', a) + 1, text.lastIndexOf('\n', b) + 1);
  }

  /** The code with blank lines dropped and each line stripped of its indentation. */
  static String strip(String code) {
    StringBuilder sb = new StringBuilder();
    for (String line : code.split("\n")) {
      if (!line.isBlank()) {
        sb.append(line.strip()).append('\n');
      }
    }
    return sb.toString();
  }

  /** Every fenced block of the given language in a Markdown text. */
  static List<String> fenced(String markdown, String language) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^```" + language + "\n(.*?)^```\n", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** Every region between {@code // readme:NAME:begin} and {@code // readme:NAME:end}. */
  static List<String> regions(String source) {
    List<String> regions = new ArrayList<>();
    Matcher m = Pattern.compile("// readme:([a-z-]+):begin").matcher(source);
    while (m.find()) {
      regions.add(between(source.substring(m.start()), m.group(), "// readme:" + m.group(1) + ":end"));
    }
    return regions;
  }

  /** The repository's root, whether the tests run there or in this module's folder. */
  static Path root() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) ? here : here.getParent();
  }

  /** The documentation a user reads: the README, then every page under {@code docs/}, by name. */
  static List<Path> documentation() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(root().resolve("README.md"));
    try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** A page of the documentation by its path from the repository's root, e.g. {@code docs/rules.md}. */
  static String page(String path) throws IOException {
    return Files.readString(root().resolve(path));
  }

  private static final Path CONSUMER = Paths.get("r2p-examples/src/it/consumer");

  @Test
  void everyJavaExampleOfTheDocumentationIsTheConsumerTestsCode() throws IOException {
    Set<String> inReadme = new LinkedHashSet<>();
    for (Path page : documentation()) {
      for (String block : fenced(Files.readString(page), "java")) {
        inReadme.add(strip(block));
      }
    }
    assertThat(fenced(page("README.md"), "java")).as("the README's quick start in Java").isNotEmpty();
    Set<String> inConsumer = new LinkedHashSet<>();
    // the consumer test's code, and the example classes of this module (compiled and run by
    // this module's tests: WhatIfRussiaJoinedTheCode)
    for (Path src : List.of(root().resolve(CONSUMER).resolve("src"), root().resolve("r2p-examples/src/main/java"))) {
      try (Stream<Path> files = Files.walk(src)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
          for (String region : regions(Files.readString(file))) {
            inConsumer.add(strip(region));
          }
        }
      }
    }
    assertThat(inConsumer).as("the consumer test's readme regions, and the Java examples of the README and docs/")
        .containsExactlyInAnyOrderElementsOf(inReadme);
  }

  /**
   * The documentation's dependency snippet is the consumer test's, except for the version: the
   * pages name the latest release (the newest {@code ## [x.y.z]} section of the CHANGELOG), the
   * consumer test builds against this build's version.
   */
  @Test
  void everyDependencySnippetOfTheDocumentationIsTheConsumerTestsPomVerbatim_namingTheLatestRelease() throws IOException {
    String pom = Files.readString(root().resolve(CONSUMER).resolve("pom.xml"));
    String expected = between(pom, "<!-- readme:maven:begin -->", "<!-- readme:maven:end -->");
    Matcher release = Pattern.compile("(?m)^## \\[(\\d+\\.\\d+\\.\\d+)] - ").matcher(
        Files.readString(root().resolve("CHANGELOG.md")));
    assertThat(release.find()).as("a released version in CHANGELOG.md").isTrue();
    String named = "<version>" + release.group(1) + "</version>";
    String bom = "<artifactId>r2p-bom</artifactId>\n      ";
    String released = expected.replaceFirst(Pattern.quote(bom) + "<version>[^<]+</version>",
        Matcher.quoteReplacement(bom + named));
    assertThat(released).as("the consumer test's snippet, its version replaced").contains(bom + named);
    Set<String> pages = new LinkedHashSet<>();
    for (Path page : documentation()) {
      for (String snippet : fenced(Files.readString(page), "xml")) {
        if (snippet.contains("<artifactId>r2p-bom</artifactId>")) {
          assertThat(snippet).as(root().relativize(page).toString()).isEqualTo(released);
          pages.add(root().relativize(page).toString().replace('\\', '/'));
        }
      }
    }
    assertThat(pages).as("the pages that give the dependency snippet").contains("README.md", "docs/embedding.md");
  }
}
