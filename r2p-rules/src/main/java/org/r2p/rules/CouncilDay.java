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
   * By instrument ordinal, then place on the Council: the member's status as a byte, with
   * UNKNOWN split by whether an adherence of uncertain date (rather than an incomplete list)
   * makes it unknown: Q12 may count the former.
   */
  private final byte[][] standing;

  /**
   * By instrument, Q12 reading and whether the vote can breach, then place: the verdict
   * ordinal the adherence step gives a member, or {@link #GO_ON}. A member passes the
   * membership step, so this is all of a member's own steps.
   */
  private final byte[][] heads;

  /** A step that does not stop the walk. */
  static final byte GO_ON = -1;

  static final byte COMMITTED = 0;
  static final byte NOT_COMMITTED = 1;
  static final byte UNKNOWN_BY_ADHERENCE = 2;
  static final byte UNKNOWN = 3;

  CouncilDay(Council council, CommitmentRegistry registry) {
    this.council = council;
    this.date = council.date();
    List<MemberState> members = List.copyOf(council.members());
    this.standing = new byte[INSTRUMENTS.length][members.size()];
    for (int p = 0; p < members.size(); p++) {
      CommitmentRegistry.Standing s = registry.standingOn(members.get(p), date);
      for (Instrument i : INSTRUMENTS) {
        standing[i.ordinal()][p] = standing(s, i);
      }
    }
    this.heads = new byte[INSTRUMENTS.length * 4][members.size()];
    for (Instrument i : INSTRUMENTS) {
      for (int variant = 0; variant < 4; variant++) {
        boolean fromLaunch = (variant & 2) != 0;
        boolean canBreach = (variant & 1) != 0;
        byte[] row = heads[i.ordinal() * 4 + variant];
        for (int p = 0; p < row.length; p++) {
          byte st = standing[i.ordinal()][p];
          Verdict v = Checklist.adherenceStep(STATUS[st], st == UNKNOWN_BY_ADHERENCE, fromLaunch, canBreach);
          row[p] = v == null ? GO_ON : (byte) v.ordinal();
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

  /** A standing as a byte. */
  static byte standing(CommitmentRegistry.Standing s, Instrument i) {
    switch (s.status(i)) {
      case COMMITTED:
        return COMMITTED;
      case NOT_COMMITTED:
        return NOT_COMMITTED;
      default:
        return s.adherence(i).isPresent() ? UNKNOWN_BY_ADHERENCE : UNKNOWN;
    }
  }

  private static final CommitmentStatus[] STATUS = {
    CommitmentStatus.COMMITTED, CommitmentStatus.NOT_COMMITTED, CommitmentStatus.UNKNOWN, CommitmentStatus.UNKNOWN
  };

}
