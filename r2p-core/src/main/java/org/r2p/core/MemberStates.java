package org.r2p.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The way to any state: {@link #byCode(String)} gives every UN member by its ISO 3166-1
 * alpha-3 code ({@code MemberStates.byCode("URY")}) and the historical states by theirs
 * ({@code SUN}, {@code YUG}, {@code CSK}, {@code DDR}, {@code BYS}, {@code TWN}, {@code XUA});
 * constants exist only for the states that held or hold a permanent seat and for those
 * historical states. {@link MemberState#of} makes a state of any code and name.
 *
 * <p>The Republic of China held the China seat until 1971-10-25; it is coded {@code TWN}
 * here so that it stays distinct from the People's Republic ({@code CHN}). Datasets that
 * code the China seat {@code CHN} throughout are decoded to the holder on the vote date
 * (see {@link PermanentSeat#holderOn}).
 */
public final class MemberStates {
  /** People's Republic of China, holder of the China seat from 1971-10-25. */
  public static final MemberState CHINA = MemberState.of("CHN", "China");

  /** Republic of China, holder of the China seat until 1971-10-25. */
  public static final MemberState REPUBLIC_OF_CHINA = MemberState.of("TWN", "Republic of China");

  /** France. */
  public static final MemberState FRANCE = MemberState.of("FRA", "France");

  /** Union of Soviet Socialist Republics, holder of the Russia seat until 1991-12-24. */
  public static final MemberState USSR = MemberState.of("SUN", "USSR");

  /** Russian Federation, holder of the Russia seat from 1991-12-24. */
  public static final MemberState RUSSIAN_FEDERATION = MemberState.of("RUS", "Russian Federation");

  /** United Kingdom of Great Britain and Northern Ireland. */
  public static final MemberState UNITED_KINGDOM = MemberState.of("GBR", "United Kingdom");

  /** United States of America. */
  public static final MemberState UNITED_STATES = MemberState.of("USA", "United States");

  /** Socialist Federal Republic of Yugoslavia (ISO 3166-3 {@code YUG}). */
  public static final MemberState YUGOSLAVIA = MemberState.of("YUG", "Yugoslavia");

  /** Czechoslovakia (ISO 3166-3 {@code CSK}). */
  public static final MemberState CZECHOSLOVAKIA = MemberState.of("CSK", "Czechoslovakia");

  /** German Democratic Republic (ISO 3166-3 {@code DDR}). */
  public static final MemberState GERMAN_DEMOCRATIC_REPUBLIC =
      MemberState.of("DDR", "German Democratic Republic");

  /** Ukrainian SSR, an original member whose membership Ukraine continues ({@code UKR}). */
  public static final MemberState UKRAINIAN_SSR = MemberState.of("UKR", "Ukrainian SSR");

  /**
   * Byelorussian SSR, an original member whose membership Belarus continues: the same seat and
   * the same code, {@code BLR}. The ISO 3166-3 code {@code BYS} is read as this state too.
   */
  public static final MemberState BYELORUSSIAN_SSR = MemberState.of("BLR", "Byelorussian SSR");

  /**
   * United Arab Republic (1958–1971), which has no ISO code. {@code XUA} is taken from the
   * ISO user-assigned range (X**) so that it can never clash with a real code.
   */
  public static final MemberState UNITED_ARAB_REPUBLIC = MemberState.of("XUA", "United Arab Republic");

  private static final Map<String, MemberState> BY_CODE =
      List.of(
              CHINA,
              REPUBLIC_OF_CHINA,
              FRANCE,
              USSR,
              RUSSIAN_FEDERATION,
              UNITED_KINGDOM,
              UNITED_STATES,
              YUGOSLAVIA,
              CZECHOSLOVAKIA,
              GERMAN_DEMOCRATIC_REPUBLIC,
              UNITED_ARAB_REPUBLIC)
          .stream()
          .collect(Collectors.toUnmodifiableMap(MemberState::code, Function.identity()));

  /**
   * The historical code read as a state that carries another: {@code BYS} is the Byelorussian
   * SSR, code {@code BLR}. ({@code UKR} and {@code BLR} themselves are read by their current
   * names; {@link #nameOn} gives the name on a date.)
   */
  private static final Map<String, MemberState> ALIASES = Map.of("BYS", BYELORUSSIAN_SSR);

  /** A state renamed while keeping its membership and code: its name before and after the date. */
  private record Renaming(LocalDate from, String before, String after) {}

  /**
   * The renamings the data needs: the Ukrainian SSR is Ukraine from 24 August 1991, the
   * Byelorussian SSR Belarus from 19 September 1991.
   */
  private static final Map<String, Renaming> RENAMINGS = Map.of(
      "UKR", new Renaming(LocalDate.of(1991, 8, 24), "Ukrainian SSR", "Ukraine"),
      "BLR", new Renaming(LocalDate.of(1991, 9, 19), "Byelorussian SSR", "Belarus"));

  /**
   * The name a state bore on a date: "Ukrainian SSR" before 24 August 1991 and "Ukraine" from
   * then, "Byelorussian SSR" before 19 September 1991 and "Belarus" from then (the same seat and
   * code throughout); any other state's own name.
   *
   * @param state the state
   * @param date the date
   * @return the name on that date
   */
  public static String nameOn(MemberState state, LocalDate date) {
    Renaming r = RENAMINGS.get(state.code());
    if (r == null) {
      return state.name();
    }
    return date.isBefore(r.from()) ? r.before() : r.after();
  }

  private MemberStates() {}

  private static final Map<String, MemberState> ISO = iso();

  private static Map<String, MemberState> iso() {
    Map<String, MemberState> m = new java.util.HashMap<>();
    for (String alpha2 : java.util.Locale.getISOCountries()) {
      java.util.Locale l = new java.util.Locale("", alpha2);
      try {
        String alpha3 = l.getISO3Country();
        if (alpha3.length() == 3) {
          m.put(alpha3, MemberState.of(alpha3, l.getDisplayCountry(java.util.Locale.ENGLISH)));
        }
      } catch (java.util.MissingResourceException e) {
        // no alpha-3 code for this region
      }
    }
    return Map.copyOf(m);
  }

  /**
   * The state with this code: one of the constants here (historical states included), else
   * any current ISO 3166-1 alpha-3 code, named as the JDK's locale data names it in English.
   *
   * @param code a three-letter code
   * @return the state, or empty for a code that is neither
   */
  public static Optional<MemberState> byCode(String code) {
    MemberState s = BY_CODE.get(code);
    if (s == null) {
      s = ALIASES.get(code);
    }
    return s != null ? Optional.of(s) : Optional.ofNullable(ISO.get(code));
  }

  /**
   * Whether a code is known: a constant here or a current ISO 3166-1 alpha-3 code.
   *
   * @param code a code
   * @return true if {@link #byCode} finds it
   */
  public static boolean isKnown(String code) {
    return BY_CODE.containsKey(code) || ALIASES.containsKey(code) || ISO.containsKey(code);
  }
}
