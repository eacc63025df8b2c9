package org.r2p.rules.power;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberState;
import org.r2p.core.PermanentSeat;
import org.r2p.rules.Article27;
import org.r2p.rules.Interpretation;

/**
 * Computes exact voting power for the Council on a date under a regime, by enumerating all
 * 2^n coalitions (n = 11 or 15). For the 15-member Council under Article 27(3) the
 * Shapley–Shubik index is 421/2145 per permanent member and 4/2145 per elected member; the
 * normalised Banzhaf index 848/5080 and 84/5080.
 *
 * <pre>{@code
 * PowerIndices p = VotingPower.on(LocalDate.of(2024, 1, 1), history, Regime.CHARTER);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class VotingPower {
  private VotingPower() {}

  /**
   * Power in the Council on a date. Elected seats whose holder the history does not know are
   * played by placeholders {@code XEA}, {@code XEB}, … (codes in ISO's user-assigned range), so the game
   * always has 11 or 15 players.
   *
   * @param date the date
   * @param history the Council history
   * @param regime the voting rule
   * @return the indices
   */
  public static PowerIndices on(LocalDate date, CouncilHistory history, Regime regime) {
    return of(history.councilOn(date), regime);
  }

  /**
   * Power in a Council.
   *
   * @param council the Council
   * @param regime the voting rule
   * @return the indices
   */
  public static PowerIndices of(Council council, Regime regime) {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(regime, "regime");
    List<MemberState> players = new ArrayList<>();
    List<Optional<PermanentSeat>> seats = new ArrayList<>();
    for (PermanentSeat s : PermanentSeat.values()) {
      players.add(council.permanentMembers().get(s));
      seats.add(Optional.of(s));
    }
    for (MemberState m : new java.util.TreeSet<>(council.electedMembers())) {
      players.add(m);
      seats.add(Optional.empty());
    }
    int k = 1;
    while (players.size() < council.nominalSize()) {
      players.add(MemberState.of("XE" + (char) ('A' + k - 1), "elected seat " + k));
      seats.add(Optional.empty());
      k++;
    }
    int vetoMask = 0;
    for (int i = 0; i < 5; i++) {
      if (regime.vetoSeats().contains(seats.get(i).orElseThrow())) {
        vetoMask |= 1 << i;
      }
    }
    int quota = Article27.threshold(council, Interpretation.defaults());
    return compute(council.date(), regime, players, seats, quota, vetoMask);
  }

  static PowerIndices compute(LocalDate date, Regime regime, List<MemberState> players,
      List<Optional<PermanentSeat>> seats, int quota, int vetoMask) {
    int n = players.size();
    int all = 1 << n;
    boolean[] win = new boolean[all];
    long winning = 0;
    for (int s = 0; s < all; s++) {
      win[s] = Integer.bitCount(s) >= quota && (s & vetoMask) == vetoMask;
      if (win[s]) {
        winning++;
      }
    }
    BigInteger[] fact = new BigInteger[n + 1];
    fact[0] = BigInteger.ONE;
    for (int i = 1; i <= n; i++) {
      fact[i] = fact[i - 1].multiply(BigInteger.valueOf(i));
    }
    // Shapley-Shubik weight of a swing coalition of size t (containing the swinger):
    // (t-1)! (n-t)! / n!; summed as integers over the common denominator n!.
    BigInteger[] weight = new BigInteger[n + 1];
    for (int t = 1; t <= n; t++) {
      weight[t] = fact[t - 1].multiply(fact[n - t]);
    }
    long[] swings = new long[n];
    BigInteger[] ss = new BigInteger[n];
    java.util.Arrays.fill(ss, BigInteger.ZERO);
    long[][] bySize = new long[n][n + 1];
    for (int s = 0; s < all; s++) {
      if (!win[s]) {
        continue;
      }
      int size = Integer.bitCount(s);
      for (int i = 0; i < n; i++) {
        int bit = 1 << i;
        if ((s & bit) != 0 && !win[s ^ bit]) {
          swings[i]++;
          bySize[i][size]++;
        }
      }
    }
    long totalSwings = 0;
    for (int i = 0; i < n; i++) {
      totalSwings += swings[i];
      for (int t = 1; t <= n; t++) {
        if (bySize[i][t] != 0) {
          ss[i] = ss[i].add(weight[t].multiply(BigInteger.valueOf(bySize[i][t])));
        }
      }
    }
    long losing = (long) all - winning;
    BigInteger half = BigInteger.ONE.shiftLeft(n - 1);
    List<Power> powers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigInteger sw = BigInteger.valueOf(swings[i]);
      powers.add(Power.builder()
          .member(players.get(i))
          .seat(seats.get(i))
          .shapleyShubik(Fraction.of(ss[i], fact[n]))
          .swings(swings[i])
          .banzhaf(totalSwings == 0 ? Fraction.ZERO : Fraction.of(sw, BigInteger.valueOf(totalSwings)))
          .banzhafAbsolute(Fraction.of(sw, half))
          .colemanPrevent(winning == 0 ? Fraction.ZERO : Fraction.of(sw, BigInteger.valueOf(winning)))
          .colemanInitiate(losing == 0 ? Fraction.ZERO : Fraction.of(sw, BigInteger.valueOf(losing)))
          .build());
    }
    return PowerIndices.builder()
        .date(date)
        .regime(regime)
        .quota(quota)
        .members(n)
        .winningCoalitions(winning)
        .powers(powers)
        .build();
  }
}
