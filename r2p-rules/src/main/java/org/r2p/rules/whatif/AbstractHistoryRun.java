package org.r2p.rules.whatif;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.r2p.core.VoteRecord;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Interpretation;

/**
 * A scenario run over many records: one comparison per record, in input order, and summary
 * tables by year, member and situation (sorted, so the output is deterministic).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractHistoryRun {
  /** @return the scenario's name */
  public abstract String scenario();

  /** @return the scenario's description */
  public abstract String description();

  /** @return the interpretation, described */
  public abstract String interpretation();

  /** @return one comparison per record, in input order */
  public abstract List<RecordComparison> comparisons();

  /** @return the comparisons whose outcome changed */
  @Value.Lazy
  public List<RecordComparison> changed() {
    return comparisons().stream().filter(RecordComparison::outcomeChanged).collect(Collectors.toList());
  }

  /** @return totals over all records */
  @Value.Lazy
  public Summary total() {
    return summarise(comparisons());
  }

  /** @return the summary by year of the vote */
  @Value.Lazy
  public SortedMap<Integer, Summary> byYear() {
    return table(c -> c.record().date().getYear());
  }

  /** @return the summary by situation (the proposal's subject) */
  @Value.Lazy
  public SortedMap<String, Summary> bySituation() {
    return table(c -> c.record().proposal().subject());
  }

  /**
   * How {@link #byMember()} attributes veto casts (Q14): by seat (default) or by state.
   *
   * @return the attribution
   */
  @Value.Default
  public Interpretation.VetoAttribution vetoAttribution() {
    return Interpretation.VetoAttribution.BY_SEAT;
  }

  /**
   * The summary by member: for each member that cast a veto in the baseline or the scenario,
   * its vetoes in each, and the records whose outcome changed where it was among the vetoers.
   * Under Q14 BY_SEAT (the default) a veto counts for its seat's holder today: the USSR's for
   * the Russian Federation ({@code RUS}), the Republic of China's for {@code CHN}; under
   * BY_STATE each state stands apart ({@code SUN}, {@code TWN}).
   *
   * @return the summary, by code
   */
  @Value.Lazy
  public SortedMap<String, Summary> byMember() {
    Map<String, List<RecordComparison>> rows = new TreeMap<>();
    for (RecordComparison c : comparisons()) {
      java.util.Set<String> involved = new java.util.TreeSet<>(casters(c.baseline()));
      involved.addAll(casters(c.scenario()));
      for (String m : involved) {
        rows.computeIfAbsent(m, k -> new java.util.ArrayList<>()).add(c);
      }
    }
    SortedMap<String, Summary> out = new TreeMap<>();
    rows.forEach((m, list) -> {
      int base = 0;
      int scen = 0;
      int changed = 0;
      for (RecordComparison c : list) {
        base += java.util.Collections.frequency(casters(c.baseline()), m);
        scen += java.util.Collections.frequency(casters(c.scenario()), m);
        changed += c.outcomeChanged() ? 1 : 0;
      }
      out.put(m, Summary.builder().records(list.size()).outcomesChanged(changed)
          .vetoCastsBaseline(base).vetoCastsScenario(scen).vetoedBaseline(base).vetoedScenario(scen).build());
    });
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  /** Whom each veto cast of a decision counts for under {@link #vetoAttribution()}, by code. */
  private List<String> casters(CharterDecision d) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < d.vetoCasts().size(); i++) {
      out.add(vetoAttribution() == Interpretation.VetoAttribution.BY_SEAT && i < d.vetoSeats().size()
          ? d.vetoSeats().get(i).holderOn(TODAY).code() : d.vetoCasts().get(i).code());
    }
    return out;
  }

  /** A date after every change of a seat's holder: the holder now. */
  private static final java.time.LocalDate TODAY = java.time.LocalDate.of(9999, 12, 31);

  private <K extends Comparable<K>> SortedMap<K, Summary> table(Function<RecordComparison, K> key) {
    SortedMap<K, List<RecordComparison>> rows = new TreeMap<>();
    for (RecordComparison c : comparisons()) {
      rows.computeIfAbsent(key.apply(c), k -> new java.util.ArrayList<>()).add(c);
    }
    SortedMap<K, Summary> out = new TreeMap<>();
    rows.forEach((k, v) -> out.put(k, summarise(v)));
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  static Summary summarise(List<RecordComparison> list) {
    int changed = 0;
    int vb = 0;
    int vs = 0;
    int rb = 0;
    int rs = 0;
    for (RecordComparison c : list) {
      changed += c.outcomeChanged() ? 1 : 0;
      CharterDecision b = c.baseline();
      CharterDecision s = c.scenario();
      vb += b.vetoCasts().size();
      vs += s.vetoCasts().size();
      rb += b.vetoed() ? 1 : 0;
      rs += s.vetoed() ? 1 : 0;
    }
    return Summary.builder().records(list.size()).outcomesChanged(changed).vetoCastsBaseline(vb)
        .vetoCastsScenario(vs).vetoedBaseline(rb).vetoedScenario(rs).build();
  }

  /**
   * The records the run compared.
   *
   * @return the records, in input order
   */
  public List<VoteRecord> records() {
    return comparisons().stream().map(RecordComparison::record).collect(Collectors.toList());
  }
}
