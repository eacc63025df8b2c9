package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.r2p.core.AtrocityAim;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.CsvRows;

/**
 * The bundled data cites the public record: no row rests on the project's specifications, and
 * the atrocity assessments are the revised sourced file's, row for row (its copy of 2026-12-05
 * is kept among the test resources, {@code org/r2p/json/revised/}).
 */
final class PublicRecordTest {
  /** The project's specification files, however a row might name them. */
  static final Pattern SPECIFICATION = Pattern.compile("FINDINGS|DOMAIN(\\.md|\\s*§|\\s+F\\d)");

  static List<Path> bundledCsvFiles() {
    try {
      Path dir = Path.of(R2pDatasets.class.getResource("/org/r2p/json/data/").toURI());
      try (Stream<Path> files = Files.walk(dir)) {
        return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<CsvRows.Row> rows(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return CsvRows.read(file.getFileName().toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noBundledRowCitesASpecification() {
    List<Path> files = bundledCsvFiles();
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("unsc_vetoes.csv", "known_non_adherence.csv", "atrocity_assessments.csv", "act_code_supporters.csv");
    List<String> citing = new ArrayList<>();
    int cells = 0;
    for (Path f : files) {
      for (CsvRows.Row r : rows(f)) {
        for (Map.Entry<String, String> cell : r.fields().entrySet()) {
          cells++;
          if (SPECIFICATION.matcher(cell.getValue()).find()) {
            citing.add(r.where() + " " + cell.getKey() + ": " + cell.getValue());
          }
        }
      }
    }
    assertThat(cells).isGreaterThan(10_000);
    assertThat(citing).isEmpty();
    // and the pattern finds the citations the audit removed
    assertThat(SPECIFICATION.matcher("FINDINGS.md §2 (second legal reading)").find()).isTrue();
    assertThat(SPECIFICATION.matcher("DOMAIN.md §7.1 case 7").find()).isTrue();
    assertThat(SPECIFICATION.matcher("DOMAIN §3.4 F11").find()).isTrue();
  }

  @Test
  void noValueTheLoaderBuildsCitesASpecification() {
    R2pDatasets data = R2pDatasets.load();
    for (VoteRecord r : data.vetoes()) {
      assertThat(SPECIFICATION.matcher(r.source()).find()).as(r.id().orElse("")).isFalse();
      r.proposal().atrocityAim().ifPresent(a -> {
        assertThat(SPECIFICATION.matcher(a.assertedBy()).find()).as(r.id().orElse("")).isFalse();
        assertThat(SPECIFICATION.matcher(a.source().orElse("")).find()).as(r.id().orElse("")).isFalse();
      });
    }
    data.commitments().adherences().forEach(a -> assertThat(SPECIFICATION.matcher(a.source()).find()).as(a.toString()).isFalse());
    data.commitments().nonAdherences().forEach(n -> assertThat(SPECIFICATION.matcher(n.source()).find()).as(n.toString()).isFalse());
  }

  @Test
  void theAssessmentsAreTheRevisedFileRowForRow() {
    List<CsvRows.Row> revised;
    try (InputStream in = PublicRecordTest.class.getResourceAsStream("/org/r2p/json/revised/atrocity_assessments.csv")) {
      revised = CsvRows.read("revised/atrocity_assessments.csv", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    R2pDatasets data = R2pDatasets.load();
    List<SourcedAssessment> bundled = data.sourcedAssessments();
    assertThat(bundled).hasSize(revised.size());
    for (int i = 0; i < revised.size(); i++) {
      CsvRows.Row r = revised.get(i);
      List<String> expected = SourcedAssessment.COLUMNS.stream().map(r::get).toList();
      assertThat(bundled.get(i).cells()).as(r.where()).isEqualTo(expected);
      // and the record of that veto carries the row's aim, asserted by the row's source
      String id = r.get("veto_id");
      VoteRecord record = data.vetoes().stream().filter(v -> v.id().orElse("").equals(id)).findFirst().orElseThrow();
      AtrocityAim aim = record.proposal().atrocityAim().orElseThrow();
      assertThat(aim.assessment().name()).as(id).isEqualTo(r.get("aims_to_end_or_prevent"));
      assertThat(aim.source()).as(id).hasValue(r.get("source"));
      assertThat(r.get("draft_symbol")).as(id).startsWith(record.proposal().symbol().map(Object::toString).orElseThrow());
    }
  }
}
