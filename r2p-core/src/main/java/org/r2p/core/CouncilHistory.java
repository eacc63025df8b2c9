package org.r2p.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.r2p.core.internal.Checks;

/**
 * The Council's composition through time, built from the elected members' terms passed in;
 * the permanent seats' holders come from {@link PermanentSeat}. It reads no file: the
 * bundled history is loaded by {@code org.r2p.json.R2pDatasets}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CouncilHistory {
  /** Councils asked for are kept, up to this many dates. */
  private static final int CACHE_LIMIT = 8192;

  private final List<ElectedTerm> terms;
  /** The terms covering some day of each year, by year. */
  private final Map<Integer, List<ElectedTerm>> byYear;
  private final Map<LocalDate, Council> cache = new ConcurrentHashMap<>();

  private CouncilHistory(List<ElectedTerm> terms) {
    this.terms = terms;
    Map<Integer, List<ElectedTerm>> m = new HashMap<>();
    for (ElectedTerm t : terms) {
      for (int y = t.from().getYear(); y <= t.to().getYear(); y++) {
        m.computeIfAbsent(y, k -> new ArrayList<>()).add(t);
      }
    }
    this.byYear = m;
  }

  /**
   * A history from elected terms.
   *
   * @param terms the elected members' terms, in any order
   * @return the history
   */
  public static CouncilHistory of(Iterable<ElectedTerm> terms) {
    List<ElectedTerm> copy = new ArrayList<>();
    for (ElectedTerm t : terms) {
      copy.add(Objects.requireNonNull(t, "term"));
    }
    copy.sort(Comparator.comparing(ElectedTerm::from).thenComparing(ElectedTerm::state));
    return new CouncilHistory(List.copyOf(copy));
  }

  /**
   * A history that knows no elected member: only the permanent seats.
   *
   * @return the history
   */
  public static CouncilHistory permanentOnly() {
    return new CouncilHistory(List.of());
  }

  /**
   * Every term, by start date then state.
   *
   * @return the terms
   */
  public List<ElectedTerm> terms() {
    return terms;
  }

  /**
   * The Council on a date.
   *
   * @param date a date on or after 1945-10-24
   * @return the composition
   * @throws IllegalArgumentException if the date is before 1945-10-24, or the terms give
   *     more elected members than there were seats that day
   */
  public Council councilOn(LocalDate date) {
    Checks.notBeforeCharter("date", date);
    Council c = cache.get(date);
    if (c != null) {
      return c;
    }
    List<MemberState> elected = new ArrayList<>();
    for (ElectedTerm t : byYear.getOrDefault(date.getYear(), List.of())) {
      if (t.covers(date) && !elected.contains(t.state())) {
        elected.add(t.state());
      }
    }
    c = Council.on(date, elected);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(date, c);
    }
    return c;
  }

  @Override
  public String toString() {
    return "CouncilHistory{" + terms.size() + " terms}";
  }
}
