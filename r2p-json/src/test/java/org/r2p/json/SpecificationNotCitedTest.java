package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Instrument;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Finding;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Review;

/**
 * The project's specification files (FINDINGS.md, DOMAIN.md) are never cited as a source: not
 * in any explanation the rules give, not in the README, the CHANGELOG or a page under docs/, not
 * in a bundled data row.
 */
final class SpecificationNotCitedTest {
  static final Pattern SPEC = Pattern.compile("FINDINGS(\\.md)?|DOMAIN\\.md");

  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) ? here : here.getParent();
  }

  /**
   * The bundled registry without the rows that cite a specification file: those are bundled
   * data, checked by {@link #bundledRowsCitingASpecificationFile_areOnlyTheKnownOnesStillToGo};
   * what is left shows what the rules' own words say.
   */
  static CommitmentRegistry withoutSpecificationRows(CommitmentRegistry reg) {
    CommitmentRegistry.Builder b = CommitmentRegistry.builder();
    reg.adherences().stream().filter(a -> !SPEC.matcher(a.source() + a.note().orElse("")).find()).forEach(b::add);
    reg.nonAdherences().stream().filter(n -> !SPEC.matcher(n.source()).find()).forEach(b::addNonAdherence);
    for (Instrument i : Instrument.values()) {
      b.completeness(i, reg.completeness(i));
    }
    return b.build();
  }

  /** The record without an assessment that cites a specification file (bundled data, checked apart). */
  static VoteRecord withoutSpecificationAim(VoteRecord r) {
    return r.proposal().atrocityAim().filter(a -> SPEC.matcher(a.assertedBy() + a.source().orElse("")
        + a.note().orElse("")).find()).isPresent() ? r.withProposal(r.proposal().withAtrocityAim(Optional.empty())) : r;
  }

  @Test
  void noExplanationCitesASpecificationFile() {
    R2pRules base = R2pDatasets.bundled().rules().withRegistry(withoutSpecificationRows(R2pDatasets.bundled().commitments()));
    List<String> cited = new ArrayList<>();
    for (Interpretation i : List.of(Interpretation.defaults(),
        Interpretation.defaults().withAbstention(Interpretation.AbstentionReading.SPIRIT)
            .withCredibility(Interpretation.CredibilityTest.MAJORITY_SUPPORT)
            .withVitalInterest(Interpretation.VitalInterest.SELF_DECLARED).withNoOnFailedDraftBreaches(true))) {
      R2pRules rules = base.withInterpretation(i);
      for (VoteRecord bundled : R2pDatasets.bundled().vetoes()) {
        VoteRecord r = withoutSpecificationAim(bundled);
        Review review = rules.review(r);
        List<String> texts = new ArrayList<>();
        texts.add(review.decision().explanation().paragraph());
        review.gaDebate().ifPresent(g -> texts.add(g.explanation().paragraph()));
        for (Finding f : review.findings()) {
          texts.add(f.explain());
          f.explanation().conditions().forEach(c -> texts.add(c.detail()));
        }
        for (String t : texts) {
          if (SPEC.matcher(t).find()) {
            cited.add(r.id().orElse("?") + ": " + t);
          }
        }
      }
    }
    for (Instrument i : Instrument.values()) {
      assertThat(i.url() + " " + i.title()).doesNotContainPattern(SPEC);
    }
    assertThat(cited).isEmpty();
  }

  @Test
  void noDocumentationLineCitesASpecificationFile() throws IOException {
    List<String> lines = new ArrayList<>();
    List<Path> pages = new ArrayList<>(List.of(root().resolve("README.md"), root().resolve("r2p-benchmarks/README.md"),
        root().resolve("CHANGELOG.md"), root().resolve("RELEASE-NOTES-0.2.0.md")));
    try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    assertThat(pages).as("the documentation pages").anyMatch(p -> p.endsWith(Path.of("docs", "rules.md")));
    for (Path readme : pages) {
      if (Files.exists(readme)) {
        int n = 0;
        for (String line : Files.readAllLines(readme)) {
          n++;
          if (SPEC.matcher(line).find()) {
            lines.add(root().relativize(readme) + ":" + n + ": " + line);
          }
        }
      }
    }
    assertThat(lines).isEmpty();
  }

  /**
   * The bundled files that name a specification file: only the verbatim copy of the research
   * notes, which names them as specifications, never as a source (its rows and every other
   * file's rows cite none: {@code PublicRecordTest}). Any other file naming one fails.
   */
  static final List<String> BUNDLED_FILES_STILL_CITING_A_SPECIFICATION = List.of("sourced/NOTES.md");

  @Test
  void bundledRowsCitingASpecificationFile_areOnlyTheKnownOnesStillToGo() throws IOException {
    Path data = root().resolve("r2p-json/src/main/resources/org/r2p/json/data");
    TreeSet<String> citing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (SPEC.matcher(Files.readString(f)).find()) {
          citing.add(data.relativize(f).toString());
        }
      }
    }
    assertThat(citing).containsExactlyElementsOf(BUNDLED_FILES_STILL_CITING_A_SPECIFICATION);
  }
}
