package org.r2p.examples.cli;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.json.R2pDatasets;

/**
 * The one source of the state names every command shows: the name the bundled membership gives
 * a state in the year of the date (the United Nations' short name of that time, as the data's
 * source lists it), else the library's own name for it on that date ({@link MemberStates#nameOn}).
 * A permanent member is named by the library (its seat's holder on the date).
 */
final class StateNames {
  private StateNames() {}

  /** Code and year to the name the bundled membership gives; and code to its latest name. */
  private static final Map<String, String> BY_YEAR = new HashMap<>();
  private static final Map<String, String> LATEST = new HashMap<>();

  static {
    for (ElectedTerm t : R2pDatasets.bundled().councilHistory().terms()) {
      for (int y = t.from().getYear(); y <= t.to().getYear(); y++) {
        BY_YEAR.put(t.state().code() + y, t.state().name());
      }
      LATEST.put(t.state().code(), t.state().name());
    }
  }

  /**
   * The name of a state on a date.
   *
   * @param state the state
   * @param date the date
   * @return its name
   */
  static String on(MemberState state, LocalDate date) {
    if (org.r2p.core.PermanentSeat.everHeldBy(state).isPresent()) {
      return MemberStates.nameOn(MemberStates.byCode(state.code()).orElse(state), date);
    }
    String n = BY_YEAR.get(state.code() + date.getYear());
    if (n == null) {
      n = LATEST.get(state.code());
    }
    return n != null ? n : MemberStates.nameOn(state, date);
  }
}
