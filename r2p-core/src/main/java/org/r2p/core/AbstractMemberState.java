package org.r2p.core;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A member state of the United Nations, past or present, identified by its ISO 3166
 * alpha-3 code; historical states carry their ISO 3166-3 code ({@code SUN} for the USSR,
 * {@code YUG}, {@code CSK}, {@code DDR}); the Byelorussian SSR and the Ukrainian SSR carry the
 * codes of Belarus and Ukraine, which continue their memberships.
 *
 * <p>Identity is the code alone: the name is a label and does not take part in
 * {@code equals}. {@code MemberState.of("UKR", "Ukrainian SSR")} equals
 * {@code MemberState.of("UKR", "Ukraine")}, as the UN treats them as one membership; the name
 * a state bore on a date is {@link MemberStates#nameOn}.
 * Well-known states are constants in {@link MemberStates}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractMemberState implements Comparable<MemberState> {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /**
   * The three-letter code, upper case.
   *
   * @return the code, e.g. {@code "FRA"}
   */
  @Value.Parameter
  public abstract String code();

  /**
   * The name used for display.
   *
   * @return the name, e.g. {@code "France"}
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract String name();

  @Value.Check
  void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException(
          "member state code must be three upper-case letters A-Z: '" + code() + "'");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("member state name must not be blank: " + code());
    }
  }

  @Override
  public int compareTo(MemberState other) {
    return code().compareTo(other.code());
  }

  /**
   * The code alone, e.g.&nbsp;{@code "SUN"}; the name is {@link #name()}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code();
  }
}
