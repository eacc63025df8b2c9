package org.r2p.rules.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.r2p.core.MemberState;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Proposal;
import org.r2p.core.Situation;
import org.r2p.core.VoteRecord;
import org.r2p.rules.CharterDecision;

/**
 * A scenario run over many records: one comparison per record, in input order, and summary
 * tables by year, member state, permanent seat and situation (sorted, so the output is deterministic).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractHistoryRun {
  /** {@return the scenario's name} */
  public abstract String scenario();

  /** {@return the scenario's description} */
  public abstract String description();

  /** {@return the interpretation, described} */
  public abstract String interpretation();

  /** {@return one comparison per record, in input order} */
  public abstract List<RecordComparison> comparisons();

  /** {@return the comparisons whose outcome changed} */
  @Value.Lazy
  public List<RecordComparison> changed() {
    return comparisons().stream().filter(RecordComparison::outcomeChanged).collect(Collectors.toList());
  }

  /** {@return totals over all records} */
  @Value.Lazy
  public Summary total() {
    return summarise(comparisons());
  }

  /** {@return the summary by year of the vote} */
  @Value.Lazy
  public SortedMap<Integer, Summary> byYear() {
    return table(c -> c.record().date().getYear());
  }

  /**
   * The summary by the situation each proposal concerns ({@link Proposal#situation()}):
   * classified situations first, by key, then unclassified ones by their text. A record whose
   * situation is not known is in no row, so the rows add up to {@link #total()} only where
   * every record has one (the bundled vetoes all do).
   *
   * @return the summary, by situation
   */
  @Value.Lazy
  public SortedMap<Situation, Summary> bySituationKey() {
    SortedMap<Situation, List<RecordComparison>> rows = new TreeMap<>();
    for (RecordComparison c : comparisons()) {
      c.record().proposal().situation().ifPresent(s -> rows.computeIfAbsent(s, k -> new ArrayList<>()).add(c));
    }
    return summaries(rows);
  }

  /**
   * The summary by each proposal's subject, as 0.1 gave it under this name: the keys are the
   * subjects' text ({@link Proposal#subject()}), so {@code bySituation().get("...")} works as
   * before. A {@link Situation} is not a key of this map; look one up in {@link #bySituationKey()}.
   *
   * @return the summary, by proposal subject
   * @deprecated since 0.2.0, for removal: use {@link #bySituationKey()}, keyed by
   *     {@link Situation}, or group {@link #comparisons()} by subject
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public SortedMap<String, Summary> bySituation() {
    // not @Value.Lazy: the generated override would not carry @Deprecated
    return table(c -> c.record().proposal().subject());
  }

  /**
   * The summary by member state, each state apart: the USSR ({@code SUN}) and the Russian
   * Federation ({@code RUS}) are two rows, as are the Republic of China ({@code TWN}) and the
   * People's Republic ({@code CHN}); {@link #bySeat()} counts by seat instead. For each state
   * that cast a veto in the baseline or the scenario: the records where it did, its veto casts
   * in each, and the records whose outcome changed.
   *
   * @return the summary, by state (in code order)
   */
  @Value.Lazy
  public SortedMap<MemberState, Summary> byState() {
    return byVetoer((state, date) -> state);
  }

  /**
   * The summary by member state keyed by its code, as 0.1 gave it: {@link #byState()} with
   * each state's {@link MemberState#code()} for its key ({@code "USA"}, {@code "SUN"}).
   *
   * <p>The keys are strings, as they were: {@code byMember().get("USA")} works as before. A
   * {@link MemberState} is not a key of this map; look one up in {@link #byState()}.
   *
   * @return the summary, by state code
   * @deprecated since 0.2.0, for removal: use {@link #byState()}, keyed by {@link MemberState}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public SortedMap<String, Summary> byMember() {
    // not @Value.Lazy: the generated override would not carry @Deprecated
    SortedMap<String, Summary> out = new TreeMap<>();
    byState().forEach((state, summary) -> out.put(state.code(), summary));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * The summary by permanent seat, a seat's holders together: the USSR's vetoes count for the
   * Russia seat, the Republic of China's for the China seat ({@link #byState()} keeps them
   * apart). For each seat whose holder cast a veto in the baseline or the scenario: the records
   * where it did, its veto casts in each, and the records whose outcome changed.
   *
   * @return the summary, by seat
   */
  @Value.Lazy
  public SortedMap<PermanentSeat, Summary> bySeat() {
    return byVetoer((state, date) -> PermanentSeat.heldBy(state, date).orElseThrow(
        () -> new IllegalStateException(state + " cast a veto on " + date + " without a permanent seat")));
  }

  private <K extends Comparable<K>> SortedMap<K, Summary> byVetoer(BiFunction<MemberState, LocalDate, K> key) {
    Map<K, List<RecordComparison>> rows = new TreeMap<>();
    for (RecordComparison c : comparisons()) {
      Set<K> involved = new TreeSet<>(keys(c.baseline(), c, key));
      involved.addAll(keys(c.scenario(), c, key));
      for (K k : involved) {
        rows.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
      }
    }
    SortedMap<K, Summary> out = new TreeMap<>();
    rows.forEach((k, list) -> {
      int base = 0;
      int scen = 0;
      int changed = 0;
      for (RecordComparison c : list) {
        base += Collections.frequency(keys(c.baseline(), c, key), k);
        scen += Collections.frequency(keys(c.scenario(), c, key), k);
        changed += c.outcomeChanged() ? 1 : 0;
      }
      out.put(k, Summary.builder().records(list.size()).outcomesChanged(changed)
          .vetoCastsBaseline(base).vetoCastsScenario(scen).vetoedBaseline(base).vetoedScenario(scen).build());
    });
    return Collections.unmodifiableSortedMap(out);
  }

  private static <K> List<K> keys(CharterDecision d, RecordComparison c, BiFunction<MemberState, LocalDate, K> key) {
    List<K> keys = new ArrayList<>();
    for (MemberState m : d.vetoCasts()) {
      keys.add(key.apply(m, c.record().date()));
    }
    return keys;
  }

  private <K extends Comparable<K>> SortedMap<K, Summary> table(Function<RecordComparison, K> key) {
    SortedMap<K, List<RecordComparison>> rows = new TreeMap<>();
    for (RecordComparison c : comparisons()) {
      rows.computeIfAbsent(key.apply(c), k -> new java.util.ArrayList<>()).add(c);
    }
    return summaries(rows);
  }

  private static <K extends Comparable<K>> SortedMap<K, Summary> summaries(SortedMap<K, List<RecordComparison>> rows) {
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
