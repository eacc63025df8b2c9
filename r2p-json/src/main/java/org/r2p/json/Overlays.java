package org.r2p.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
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
import org.r2p.json.internal.CsvMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

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
 * <p>{@link #assessments(Path)} and {@link #adherence(Path, CommitmentRegistry)} read every good
 * row of a file and name each bad one ({@link OverlayProblem}: file, line, column, value and
 * the constraint broken). {@link #readAssessments(Path)} and
 * {@link #readAdherence(Path, CommitmentRegistry)} report every problem at once and apply
 * nothing from a file with a problem.
 */
public final class Overlays {
  private Overlays() {}

  /**
   * What a file gave: the value read from its good parts, and one problem for each bad part.
   *
   * @param <T> the value's type
   * @param value the value from the good parts
   * @param problems the bad parts, in the file's order
   */
  public record Read<T>(T value, List<OverlayProblem> problems) {
    /**
     * Checks the parts.
     *
     * @param value the value
     * @param problems the problems
     */
    public Read {
      Objects.requireNonNull(value, "value");
      problems = List.copyOf(problems);
    }

    /**
     * The value, if the file had no problem.
     *
     * @return the value
     * @throws IllegalArgumentException listing every problem: "2 problem(s): a.csv line 2: …; …"
     */
    public T orThrow() {
      if (!problems.isEmpty()) {
        List<String> texts = problems.stream().map(OverlayProblem::toString).toList();
        throw new IllegalArgumentException(problems.size() + " problem(s): " + String.join("; ", texts));
      }
      return value;
    }
  }

  /** The assessments file type: one row per draft, keyed by its symbol. */
  private static final CsvMapping<Map.Entry<DocumentSymbol, AtrocityAim>> ASSESSMENTS = CsvMapping.of(r -> {
    AtrocityAim.Builder a = AtrocityAim.builder()
        .assessment(r.constant("assessment", Assessment.class))
        .assertedBy(r.text("asserted_by"));
    r.parseOptional("crimes", Overlays::crimes).ifPresent(a::addAllCrimes);
    r.parseOptional("purpose", t -> Purpose.valueOf(t.toUpperCase(Locale.ROOT))).ifPresent(a::purpose);
    r.parseOptional("timing", t -> CharacterisationTiming.valueOf(t.toUpperCase(Locale.ROOT))).ifPresent(a::timing);
    r.parseOptional("source", t -> t).ifPresent(a::source);
    r.parseOptional("note", t -> t).ifPresent(a::note);
    return Map.entry(r.parse("symbol", DocumentSymbol::parse), a.build());
  });

  /** A row of the adherence file type: an adherence or a dated non-adherence. */
  private record AdherenceRow(@Nullable Adherence adherence, @Nullable NonAdherence nonAdherence) {}

  /** The adherence file type. */
  private static final CsvMapping<AdherenceRow> ADHERENCE = CsvMapping.of(r -> {
    MemberState s = r.parse("state", Overlays::state);
    Instrument i = r.constant("instrument", Instrument.class);
    java.time.LocalDate from = r.date("from");
    String relation = r.parseOptional("relation", Overlays::relation).orElse("ADHERES");
    if (relation.equals("DOES_NOT_ADHERE")) {
      return new AdherenceRow(null, new NonAdherence(s, i, from, r.text("source")));
    }
    return new AdherenceRow(Adherence.builder().state(s).instrument(i).from(from)
        .precision(r.parseOptional("precision", t -> DatePrecision.valueOf(t.toUpperCase(Locale.ROOT)))
            .orElse(DatePrecision.DAY))
        .to(r.parseOptional("to", java.time.LocalDate::parse))
        .source(r.text("source"))
        .note(r.parseOptional("note", t -> t))
        .build(), null);
  });

  private static Set<AtrocityCrime> crimes(String text) {
    Set<AtrocityCrime> out = EnumSet.noneOf(AtrocityCrime.class);
    for (String c : text.split(";")) {
      if (!c.isBlank()) {
        out.add(AtrocityCrime.valueOf(c.trim().toUpperCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private static MemberState state(String text) {
    String code = text.toUpperCase(Locale.ROOT);
    return MemberStates.byCode(code).orElseThrow(() -> new IllegalArgumentException("unknown state code: '" + code + "'"));
  }

  private static String relation(String text) {
    String relation = text.toUpperCase(Locale.ROOT);
    if (!relation.equals("ADHERES") && !relation.equals("DOES_NOT_ADHERE")) {
      throw new IllegalArgumentException("relation must be ADHERES or DOES_NOT_ADHERE: '" + relation + "'");
    }
    return relation;
  }

  /**
   * Reads atrocity assessments keyed by document symbol: every good row or member, and a
   * problem for each bad one.
   *
   * @param file the file
   * @return symbol to assessment, in the file's order, and the problems
   * @throws IllegalArgumentException if the file is not CSV or JSON of the right shape at all
   * @throws IOException if the file cannot be read
   */
  public static Read<Map<DocumentSymbol, AtrocityAim>> assessments(Path file) throws IOException {
    Map<DocumentSymbol, AtrocityAim> out = new LinkedHashMap<>();
    List<OverlayProblem> problems = new ArrayList<>();
    if (isCsv(file)) {
      csv(ASSESSMENTS, file, problems).forEach(e -> out.put(e.getKey(), e.getValue()));
    } else {
      JsonNode root = json(file, JsonNode::isObject, "assessments must be a JSON object keyed by document symbol");
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        try {
          out.put(DocumentSymbol.parse(e.getKey()), R2pJson.mapper().treeToValue(e.getValue(), AtrocityAim.class));
        } catch (RuntimeException x) {
          problems.add(member(file, e.getKey(), x));
        }
      }
    }
    return new Read<>(out, problems);
  }

  /**
   * Reads atrocity assessments keyed by document symbol.
   *
   * @param file the file
   * @return symbol to assessment, in the file's order
   * @throws IllegalArgumentException listing every problem, each with the file and line
   * @throws IOException if the file cannot be read
   */
  public static Map<DocumentSymbol, AtrocityAim> readAssessments(Path file) throws IOException {
    return assessments(file).orThrow();
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
   * Reads adherences and dated non-adherences and lays every good one over a registry (each
   * adherence replaces any overlapping one of the same state and instrument; completeness is
   * kept), with a problem for each bad row or member.
   *
   * @param file the file
   * @param base the registry
   * @return the new registry, and the problems
   * @throws IllegalArgumentException if the file is not CSV or JSON of the right shape at all
   * @throws IOException if the file cannot be read
   */
  public static Read<CommitmentRegistry> adherence(Path file, CommitmentRegistry base) throws IOException {
    List<Adherence> adherences = new ArrayList<>();
    List<NonAdherence> non = new ArrayList<>();
    List<OverlayProblem> problems = new ArrayList<>();
    if (isCsv(file)) {
      for (AdherenceRow row : csv(ADHERENCE, file, problems)) {
        if (row.adherence() != null) {
          adherences.add(row.adherence());
        }
        if (row.nonAdherence() != null) {
          non.add(row.nonAdherence());
        }
      }
    } else {
      JsonNode root = json(file, JsonNode::isArray, "adherence must be a JSON array of adherences");
      for (int k = 0; k < root.size(); k++) {
        try {
          adherences.add(R2pJson.mapper().treeToValue(root.get(k), Adherence.class));
        } catch (RuntimeException x) {
          problems.add(member(file, Integer.toString(k), x));
        }
      }
    }
    CommitmentRegistry reg = base;
    for (Adherence a : adherences) {
      reg = reg.withAdherence(a);
    }
    if (!non.isEmpty()) {
      CommitmentRegistry.Builder b = reg.toBuilder();
      non.forEach(b::addNonAdherence);
      reg = b.build();
    }
    return new Read<>(reg, problems);
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
    return adherence(file, base).orThrow();
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /** The good rows of a CSV file; each bad row's problem is added to the list. */
  private static <T> List<T> csv(CsvMapping<T> mapping, Path file, List<OverlayProblem> problems) throws IOException {
    CsvMapping.Table<T> table;
    try (InputStream in = Files.newInputStream(file)) {
      table = mapping.read(file.toString(), in);
    }
    for (CsvMapping.RowProblem p : table.problems()) {
      problems.add(new OverlayProblem(p.file(), p.file() + " line " + p.line(), OptionalInt.of(p.line()), p.column(),
          p.value(), p.message()));
    }
    return table.rows();
  }

  private static OverlayProblem member(Path file, String key, RuntimeException x) {
    return new OverlayProblem(file.toString(), file + " /" + key, OptionalInt.empty(), key, "",
        String.valueOf(x.getMessage()));
  }

  /** A JSON file's root, which must have the shape the file type wants. */
  private static JsonNode json(Path file, Predicate<JsonNode> shape, String constraint) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = R2pJson.mapper().readTree(in);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (!shape.test(root)) {
      throw new IllegalArgumentException(file + ": " + constraint);
    }
    return root;
  }
}
