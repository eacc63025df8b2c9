package org.r2p.rules.power;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.r2p.core.PermanentSeat;

/**
 * The voting rule whose power is measured: the affirmative votes required (from the Council's
 * size, Article 27) and which permanent seats hold a veto. A coalition of YES voters wins when
 * it has the votes required and includes every seat that holds a veto; everyone outside it
 * counts as not voting YES (the binary simple game of the power-index literature).
 *
 * <ul>
 *   <li>{@link #CHARTER}: Art. 27(3) — all five permanent members must concur;
 *   <li>{@link #NO_VETO}: Art. 27(2), or a Council whose permanent members all refrain;
 *   <li>{@link #withoutVeto}: some seats refrain, e.g. France and the UK under their pledges
 *       on atrocity drafts.
 * </ul>
 *
 * <p>The binary game cannot express that a permanent member's abstention does not block under
 * Article 27 practice; it reads non-YES as not concurring, as the published figures do.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Regime {
  /** Every permanent seat holds a veto: Art.&nbsp;27(3). */
  public static final Regime CHARTER = new Regime("Art. 27(3)", EnumSet.allOf(PermanentSeat.class));

  /** No seat holds a veto: Art.&nbsp;27(2), or full restraint. */
  public static final Regime NO_VETO = new Regime("no veto", EnumSet.noneOf(PermanentSeat.class));

  private final String name;
  private final Set<PermanentSeat> vetoSeats;

  private Regime(String name, Set<PermanentSeat> vetoSeats) {
    this.name = name;
    this.vetoSeats = Set.copyOf(vetoSeats);
  }

  /**
   * Article 27(3) with some seats refraining from the veto.
   *
   * @param refraining the seats that do not use the veto
   * @return the regime
   */
  public static Regime withoutVeto(Set<PermanentSeat> refraining) {
    EnumSet<PermanentSeat> v = EnumSet.allOf(PermanentSeat.class);
    v.removeAll(refraining);
    return new Regime("Art. 27(3), no veto for " + new java.util.TreeSet<>(refraining), v);
  }

  /** {@return a short name} */
  public String name() {
    return name;
  }

  /** {@return the seats that hold a veto} */
  public Set<PermanentSeat> vetoSeats() {
    return vetoSeats;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Regime && ((Regime) o).vetoSeats.equals(vetoSeats);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vetoSeats);
  }

  @Override
  public String toString() {
    return name;
  }
}
