package org.r2p.rules;

import java.time.LocalDate;
import java.util.List;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.Council;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;

/**
 * The Council on one date with every member's standing under every instrument that day,
 * read from the registry once: the part of a review that depends on the date alone. Records
 * voted the same day share it. Package-private; immutable once built.
 */
final class CouncilDay {
  private static final Instrument[] INSTRUMENTS = Instrument.values();

  final Council council;
  final LocalDate date;

  /**
   * By instrument, Q12 reading and whether the vote can breach, then place: the verdict
   * ordinal the adherence step gives a member, or {@link #GO_ON}. A member passes the
   * membership step, so this is all of a member's own steps.
   */
  private final byte[][] heads;

  /** A step that does not stop the walk. */
  static final byte GO_ON = -1;

  CouncilDay(Council council, CommitmentRegistry registry) {
    this.council = council;
    this.date = council.date();
    List<MemberState> members = List.copyOf(council.members());
    this.heads = new byte[INSTRUMENTS.length * 4][members.size()];
    for (int p = 0; p < members.size(); p++) {
      CommitmentRegistry.Standing s = registry.standingOn(members.get(p), date);
      for (Instrument i : INSTRUMENTS) {
        CommitmentStatus status = s.status(i);
        boolean byAdherence = Checklist.byAdherence(s, i, status);
        for (int variant = 0; variant < 4; variant++) {
          Verdict v = Checklist.adherenceStep(status, byAdherence, (variant & 2) != 0, (variant & 1) != 0);
          heads[i.ordinal() * 4 + variant][p] = v == null ? GO_ON : (byte) v.ordinal();
        }
      }
    }
  }

  /**
   * @param instrument the instrument
   * @param fromLaunch whether Q12 counts adherences from the instrument's launch
   * @param canBreach whether the vote can breach the commitment
   * @return by place, the verdict ordinal of a member's own steps, or {@link #GO_ON}
   */
  byte[] heads(Instrument instrument, boolean fromLaunch, boolean canBreach) {
    return heads[instrument.ordinal() * 4 + (fromLaunch ? 2 : 0) + (canBreach ? 1 : 0)];
  }
}
