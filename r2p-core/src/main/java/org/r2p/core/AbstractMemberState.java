package org.r2p.core;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A member state of the United Nations, past or present, identified by its ISO 3166
 * alpha-3 code; historical states carry their ISO 3166-3 code ({@code SUN} for the USSR,
 * {@code YUG}, {@code CSK}, {@code DDR}, {@code BYS} for the Byelorussian SSR).
 *
 * <p>Identity is the code alone: the name is a label and does not take part in
 * {@code equals}. {@code MemberState.of("UKR", "Ukrainian SSR")} equals
 * {@code MemberState.of("UKR", "Ukraine")}, as the UN treats them as one membership.
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

  /** {@link #packedCode()}, once computed; 0 until then. */
  @SuppressWarnings("immutables:incompat") // a cache, not an attribute
  private transient int packed;

  /**
   * The code's three letters packed into an int, for lookups that compare no string; never 0,
   * as the code is three letters A-Z. Computed on first use (racing threads compute the same
   * value).
   *
   * @return the packed code
   */
  final int packedCode() {
    int p = packed;
    if (p == 0) {
      String c = code();
      p = (c.charAt(0) << 16) | (c.charAt(1) << 8) | c.charAt(2);
      packed = p;
    }
    return p;
  }

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
