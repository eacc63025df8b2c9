package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README and of the pages under {@code docs/} (and of the CHANGELOG
 * and release notes, which point into them) leads to a file or folder that exists, so a user
 * who follows one never lands on nothing.
 */
final class DocumentationLinksTest {
  /** A Markdown link or image: {@code [text](target)} or {@code ![alt](target)}; the target has no space. */
  static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** The relative targets of a page's links, without their {@code #fragment}; web and mail links left out. */
  static List<String> relativeTargets(String markdown) {
    List<String> targets = new ArrayList<>();
    Matcher m = LINK.matcher(markdown);
    while (m.find()) {
      String target = m.group(1);
      if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*") || target.startsWith("#")) {
        continue;
      }
      int hash = target.indexOf('#');
      targets.add(hash >= 0 ? target.substring(0, hash) : target);
    }
    return targets;
  }

  @Test
  void relativeTargets_areThePathsOfLocalLinks() {
    assertThat(relativeTargets("see [a](docs/a.md#x), ![b](b.png), [c](https://x.org/y), [d](#top), [e](mailto:a@b)"))
        .containsExactly("docs/a.md", "b.png");
  }

  @Test
  void everyRelativeLinkOfTheDocumentation_pointsToAnExistingFile() throws IOException {
    List<Path> pages = new ArrayList<>(ExamplesTest.documentation());
    pages.add(ExamplesTest.root().resolve("CHANGELOG.md"));
    pages.add(ExamplesTest.root().resolve("RELEASE-NOTES-0.2.0.md"));
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages) {
      for (String target : relativeTargets(Files.readString(page))) {
        links++;
        if (!Files.exists(page.getParent().resolve(target).normalize())) {
          broken.add(ExamplesTest.root().relativize(page) + ": " + target);
        }
      }
    }
    assertThat(links).as("links checked").isGreaterThan(20);
    assertThat(broken).as("links to no file").isEmpty();
  }

  @Test
  void theReadmeLinksEveryPageOfTheDocumentation() throws IOException {
    List<String> targets = relativeTargets(ExamplesTest.page("README.md"));
    for (Path page : ExamplesTest.documentation()) {
      String name = ExamplesTest.root().relativize(page).toString().replace('\\', '/');
      if (!name.equals("README.md")) {
        assertThat(targets).as("the README's links").contains(name);
      }
    }
  }
}
