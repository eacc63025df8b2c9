package org.r2p.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.DatePrecision;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.NonAdherence;
import org.r2p.core.Purpose;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.CsvRows;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A researcher's own facts laid over the bundled ones: atrocity assessments keyed by document
 * symbol, and adherences or dated non-adherences. Files are CSV ({@code .csv}) or JSON.
 *
 * <p>Assessments, CSV: {@code symbol,assessment,crimes,purpose,timing,asserted_by,source,note}
 * (crimes separated by {@code ;}; only symbol, assessment and asserted_by required). JSON: an
 * object whose keys are symbols and whose values are atrocity aims as in the proposal schema.
 *
 * <p>Adherence, CSV: {@code state,instrument,relation,from,precision,to,source,note}, relation
 * ADHERES or DOES_NOT_ADHERE (a non-adherence as of {@code from}). JSON: an array of
 * adherences as in the adherence schema.
 *
 * <p>Every problem in a file is reported at once, with the file and line, and nothing is
 * applied from a file with a problem.
 */
public final class Overlays {
  private Overlays() {}

  /**
   * Reads atrocity assessments keyed by document symbol.
   *
   * @param file the file
   * @return symbol to assessment, in the file's order
   * @throws IllegalArgumentException listing every problem, each with the file and line
   * @throws IOException if the file cannot be read
   */
  public static Map<DocumentSymbol, AtrocityAim> readAssessments(Path file) throws IOException {
    Map<DocumentSymbol, AtrocityAim> out = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    if (isCsv(file)) {
      for (CsvRows.Row r : csv(file)) {
        try {
          AtrocityAim.Builder a = AtrocityAim.builder()
              .assessment(Assessment.valueOf(r.get("assessment").toUpperCase(Locale.ROOT)))
              .assertedBy(r.get("asserted_by"));
          for (String c : opt(r, "crimes").split(";")) {
            if (!c.isBlank()) {
              a.addCrimes(AtrocityCrime.valueOf(c.trim().toUpperCase(Locale.ROOT)));
            }
          }
          if (!opt(r, "purpose").isEmpty()) {
            a.purpose(Purpose.valueOf(opt(r, "purpose").toUpperCase(Locale.ROOT)));
          }
          if (!opt(r, "timing").isEmpty()) {
            a.timing(CharacterisationTiming.valueOf(opt(r, "timing").toUpperCase(Locale.ROOT)));
          }
          if (!opt(r, "source").isEmpty()) {
            a.source(opt(r, "source"));
          }
          if (!opt(r, "note").isEmpty()) {
            a.note(opt(r, "note"));
          }
          out.put(DocumentSymbol.parse(r.get("symbol")), a.build());
        } catch (RuntimeException e) {
          problems.add(r.where() + ": " + e.getMessage());
        }
      }
    } else {
      JsonMapper m = R2pJson.mapper();
      JsonNode root = tree(m, file);
      if (!root.isObject()) {
        throw new IllegalArgumentException(file + ": assessments must be a JSON object keyed by document symbol");
      }
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        try {
          out.put(DocumentSymbol.parse(e.getKey()), m.treeToValue(e.getValue(), AtrocityAim.class));
        } catch (RuntimeException x) {
          problems.add(file + " /" + e.getKey() + ": " + x.getMessage());
        }
      }
    }
    fail(problems);
    return out;
  }

  /**
   * Lays assessments over records: a record whose proposal's symbol has one gets it in place
   * of its own.
   *
   * @param records the records
   * @param assessments symbol to assessment
   * @return the records, in order
   */
  public static List<VoteRecord> withAssessments(List<VoteRecord> records, Map<DocumentSymbol, AtrocityAim> assessments) {
    List<VoteRecord> out = new ArrayList<>(records.size());
    for (VoteRecord r : records) {
      Optional<AtrocityAim> a = r.proposal().symbol().map(assessments::get);
      out.add(a.isPresent() ? r.withProposal(r.proposal().withAtrocityAim(a.get())) : r);
    }
    return out;
  }

  /**
   * Reads adherences and dated non-adherences and lays them over a registry: each adherence
   * replaces any overlapping one of the same state and instrument; completeness is kept.
   *
   * @param file the file
   * @param base the registry
   * @return the new registry
   * @throws IllegalArgumentException listing every problem, each with the file and line
   * @throws IOException if the file cannot be read
   */
  public static CommitmentRegistry readAdherence(Path file, CommitmentRegistry base) throws IOException {
    List<Adherence> adherences = new ArrayList<>();
    List<NonAdherence> non = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (isCsv(file)) {
      for (CsvRows.Row r : csv(file)) {
        try {
          String code = r.get("state").toUpperCase(Locale.ROOT);
          MemberState s = MemberStates.byCode(code)
              .orElseThrow(() -> new IllegalArgumentException("unknown state code: '" + code + "'"));
          Instrument i = Instrument.valueOf(r.get("instrument").toUpperCase(Locale.ROOT));
          LocalDate from = LocalDate.parse(r.get("from"));
          String relation = opt(r, "relation").isEmpty() ? "ADHERES" : opt(r, "relation").toUpperCase(Locale.ROOT);
          if (relation.equals("DOES_NOT_ADHERE")) {
            non.add(new NonAdherence(s, i, from, r.get("source")));
          } else if (relation.equals("ADHERES")) {
            adherences.add(Adherence.builder().state(s).instrument(i).from(from)
                .precision(opt(r, "precision").isEmpty() ? DatePrecision.DAY
                    : DatePrecision.valueOf(opt(r, "precision").toUpperCase(Locale.ROOT)))
                .to(opt(r, "to").isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(opt(r, "to"))))
                .source(r.get("source"))
                .note(opt(r, "note").isEmpty() ? Optional.empty() : Optional.of(opt(r, "note")))
                .build());
          } else {
            throw new IllegalArgumentException("relation must be ADHERES or DOES_NOT_ADHERE: '" + relation + "'");
          }
        } catch (RuntimeException e) {
          problems.add(r.where() + ": " + e.getMessage());
        }
      }
    } else {
      JsonMapper m = R2pJson.mapper();
      JsonNode root = tree(m, file);
      if (!root.isArray()) {
        throw new IllegalArgumentException(file + ": adherence must be a JSON array of adherences");
      }
      for (int k = 0; k < root.size(); k++) {
        try {
          adherences.add(m.treeToValue(root.get(k), Adherence.class));
        } catch (RuntimeException x) {
          problems.add(file + " /" + k + ": " + x.getMessage());
        }
      }
    }
    fail(problems);
    CommitmentRegistry reg = base;
    for (Adherence a : adherences) {
      reg = reg.withAdherence(a);
    }
    if (!non.isEmpty()) {
      CommitmentRegistry.Builder b = reg.toBuilder();
      non.forEach(b::addNonAdherence);
      reg = b.build();
    }
    return reg;
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static List<CsvRows.Row> csv(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CsvRows.read(file.toString(), in);
    }
  }

  private static JsonNode tree(JsonMapper m, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return m.readTree(in);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String opt(CsvRows.Row r, String column) {
    return r.has(column) ? r.get(column) : "";
  }

  private static void fail(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.size() + " problem(s): " + String.join("; ", problems));
    }
  }
}
