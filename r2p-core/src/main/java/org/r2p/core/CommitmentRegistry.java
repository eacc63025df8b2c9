package org.r2p.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who adhered to which instrument, and when, answering "what did state X stand committed to
 * on date D". A state missing from an instrument marked {@link Completeness#PARTIAL} is
 * UNKNOWN, not NOT_COMMITTED. It reads no file: the bundled registry is loaded by
 * {@code org.r2p.json.R2pDatasets}.
 *
 * <pre>{@code
 * CommitmentRegistry reg = CommitmentRegistry.builder()
 *     .add(adherence)
 *     .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
 *     .build();
 * CommitmentAnswer a = reg.statusOn(MemberStates.FRANCE, Instrument.ACT_CODE_OF_CONDUCT, date);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommitmentRegistry {
  private final List<Adherence> adherences;
  private final List<NonAdherence> nonAdherences;
  private final Map<Instrument, Completeness> completeness;

  /** Adherences and non-adherences by instrument, then state: lookups need not scan. */
  private final Map<Instrument, Map<MemberState, List<Adherence>>> byInstrument;
  private final Map<Instrument, Map<MemberState, List<NonAdherence>>> nonByInstrument;

  private CommitmentRegistry(
      List<Adherence> adherences, List<NonAdherence> nonAdherences, Map<Instrument, Completeness> completeness) {
    this.adherences = adherences;
    this.nonAdherences = nonAdherences;
    this.completeness = completeness;
    Map<Instrument, Map<MemberState, List<Adherence>>> a = new EnumMap<>(Instrument.class);
    for (Adherence x : adherences) {
      a.computeIfAbsent(x.instrument(), k -> new java.util.HashMap<>())
          .computeIfAbsent(x.state(), k -> new ArrayList<>()).add(x);
    }
    this.byInstrument = a;
    Map<Instrument, Map<MemberState, List<NonAdherence>>> n = new EnumMap<>(Instrument.class);
    for (NonAdherence x : nonAdherences) {
      n.computeIfAbsent(x.instrument(), k -> new java.util.HashMap<>())
          .computeIfAbsent(x.state(), k -> new ArrayList<>()).add(x);
    }
    this.nonByInstrument = n;
  }

  private List<Adherence> of(MemberState state, Instrument instrument) {
    Map<MemberState, List<Adherence>> m = byInstrument.get(instrument);
    List<Adherence> l = m == null ? null : m.get(state);
    return l == null ? List.of() : l;
  }

  private List<NonAdherence> nonOf(MemberState state, Instrument instrument) {
    Map<MemberState, List<NonAdherence>> m = nonByInstrument.get(instrument);
    List<NonAdherence> l = m == null ? null : m.get(state);
    return l == null ? List.of() : l;
  }

  /** How a status was reached: the deciding adherence or non-adherence, if any. */
  private record Resolution(
      CommitmentStatus status, @org.jspecify.annotations.Nullable Adherence adherence,
      @org.jspecify.annotations.Nullable NonAdherence nonAdherence) {}

  /** The one place where adherence, known non-adherence and completeness decide a status. */
  private Resolution resolve(MemberState state, Instrument instrument, LocalDate date) {
    if (!instrument.inEffectOn(date)) {
      return new Resolution(CommitmentStatus.NOT_COMMITTED, null, null);
    }
    Adherence best = null;
    CommitmentStatus bestStatus = null;
    for (Adherence a : of(state, instrument)) {
      CommitmentStatus s = a.statusOn(date);
      if (bestStatus == null || rank(s) > rank(bestStatus)) {
        bestStatus = s;
        best = a;
      }
    }
    if (bestStatus != CommitmentStatus.COMMITTED) {
      for (NonAdherence n : nonOf(state, instrument)) {
        if (!date.isAfter(n.asOf())) {
          return new Resolution(CommitmentStatus.NOT_COMMITTED, null, n);
        }
      }
    }
    if (bestStatus != null) {
      return new Resolution(bestStatus, best, null);
    }
    return new Resolution(completeness(instrument) == Completeness.PARTIAL
        ? CommitmentStatus.UNKNOWN : CommitmentStatus.NOT_COMMITTED, null, null);
  }

  /**
   * The status alone, as {@link #statusOn} gives it, without building a reason.
   *
   * @param state the state
   * @param instrument the instrument
   * @param date the date
   * @return the status
   */
  public CommitmentStatus status(MemberState state, Instrument instrument, LocalDate date) {
    return resolve(state, instrument, date).status();
  }

  /**
   * The states known not to have adhered, as of a date.
   *
   * @return the non-adherences
   */
  public List<NonAdherence> nonAdherences() {
    return nonAdherences;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A registry with no adherent, every instrument complete: nobody is committed.
   *
   * @return the registry
   */
  public static CommitmentRegistry empty() {
    return builder().build();
  }

  /**
   * Every adherence, by instrument, state and date.
   *
   * @return the adherences
   */
  public List<Adherence> adherences() {
    return adherences;
  }

  /**
   * Whether the registry lists every adherent of an instrument.
   *
   * @param instrument the instrument
   * @return COMPLETE unless declared PARTIAL
   */
  public Completeness completeness(Instrument instrument) {
    return completeness.getOrDefault(instrument, Completeness.COMPLETE);
  }

  /**
   * The adherences of one state.
   *
   * @param state the state
   * @return its adherences
   */
  public List<Adherence> adherencesOf(MemberState state) {
    List<Adherence> out = new ArrayList<>();
    for (Adherence a : adherences) {
      if (a.state().equals(state)) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * What a state stood committed to on a date, for one instrument.
   *
   * @param state the state
   * @param instrument the instrument
   * @param date the date
   * @return the answer with its reason
   */
  public CommitmentAnswer statusOn(MemberState state, Instrument instrument, LocalDate date) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(date, "date");
    CommitmentAnswer.Builder answer =
        CommitmentAnswer.builder().state(state).instrument(instrument).date(date);
    Resolution r = resolve(state, instrument, date);
    answer.status(r.status());
    if (!instrument.inEffectOn(date)) {
      return answer
          .reason(instrument.shortName() + " did not exist on " + date + " (from "
              + instrument.effectiveFrom().orElseThrow() + ")")
          .build();
    }
    NonAdherence n = r.nonAdherence();
    if (n != null) {
      return answer
          .reason(state + " had not adhered to " + instrument.shortName() + " as of " + n.asOf()
              + " (" + n.source() + ")")
          .build();
    }
    Adherence a = r.adherence();
    if (a != null) {
      String reason;
      switch (r.status()) {
        case COMMITTED:
          reason = state + " adhered to " + instrument.shortName() + " from " + a.from()
              + (a.precision() == DatePrecision.NOT_LATER_THAN ? " (date known only as not later than)" : "")
              + " (" + a.source() + ")";
          break;
        case UNKNOWN:
          reason = state + " is known to have adhered to " + instrument.shortName()
              + " by " + a.from() + " (" + a.precision() + "); whether it had on " + date
              + " is unknown";
          break;
        default:
          reason = state + " adhered to " + instrument.shortName() + " from " + a.from()
              + a.to().map(t -> " to " + t).orElse("") + ", not on " + date;
      }
      return answer.adherence(a).reason(reason).build();
    }
    return answer
        .reason(r.status() == CommitmentStatus.UNKNOWN
            ? state + " is not listed for " + instrument.shortName() + ", whose list of adherents is incomplete"
            : state + " is not an adherent of " + instrument.shortName())
        .build();
  }

  private static int rank(CommitmentStatus s) {
    switch (s) {
      case COMMITTED:
        return 2;
      case UNKNOWN:
        return 1;
      default:
        return 0;
    }
  }

  @Override
  public String toString() {
    return "CommitmentRegistry{" + adherences.size() + " adherences, partial="
        + completeness.entrySet().stream()
            .filter(e -> e.getValue() == Completeness.PARTIAL)
            .map(e -> e.getKey().name())
            .toList()
        + "}";
  }

  /** Builds a registry; rejects overlapping adherences of one state to one instrument. */
  public static final class Builder {
    private final List<Adherence> adherences = new ArrayList<>();
    private final List<NonAdherence> nonAdherences = new ArrayList<>();
    private final Map<Instrument, Completeness> completeness = new EnumMap<>(Instrument.class);

    private Builder() {}

    /**
     * Adds an adherence.
     *
     * @param adherence the adherence
     * @return this builder
     * @throws IllegalArgumentException if it overlaps one already added for the same state
     *     and instrument
     */
    public Builder add(Adherence adherence) {
      Objects.requireNonNull(adherence, "adherence");
      for (Adherence a : adherences) {
        if (a.state().equals(adherence.state())
            && a.instrument() == adherence.instrument()
            && overlaps(a, adherence)) {
          throw new IllegalArgumentException(
              "duplicate adherence of " + adherence.state() + " to " + adherence.instrument()
                  + ": " + a.from() + " and " + adherence.from());
        }
      }
      adherences.add(adherence);
      return this;
    }

    /**
     * Adds a known non-adherence.
     *
     * @param n the non-adherence
     * @return this builder
     * @throws IllegalArgumentException if the same state, instrument and date are already there
     */
    public Builder addNonAdherence(NonAdherence n) {
      Objects.requireNonNull(n, "nonAdherence");
      for (NonAdherence x : nonAdherences) {
        if (x.state().equals(n.state()) && x.instrument() == n.instrument() && x.asOf().equals(n.asOf())) {
          throw new IllegalArgumentException("duplicate non-adherence of " + n.state() + " to " + n.instrument()
              + " as of " + n.asOf());
        }
      }
      nonAdherences.add(n);
      return this;
    }

    /**
     * Adds adherences.
     *
     * @param all the adherences
     * @return this builder
     */
    public Builder addAll(Iterable<Adherence> all) {
      for (Adherence a : all) {
        add(a);
      }
      return this;
    }

    /**
     * Declares whether the registry lists every adherent of an instrument.
     *
     * @param instrument the instrument
     * @param c the completeness
     * @return this builder
     */
    public Builder completeness(Instrument instrument, Completeness c) {
      completeness.put(Objects.requireNonNull(instrument, "instrument"), Objects.requireNonNull(c, "completeness"));
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public CommitmentRegistry build() {
      List<Adherence> sorted = new ArrayList<>(adherences);
      sorted.sort(
          Comparator.comparing(Adherence::instrument)
              .thenComparing(Adherence::state)
              .thenComparing(Adherence::from));
      return new CommitmentRegistry(List.copyOf(sorted), List.copyOf(nonAdherences), Map.copyOf(completeness));
    }

    private static boolean overlaps(Adherence a, Adherence b) {
      LocalDate aEnd = a.to().orElse(LocalDate.MAX);
      LocalDate bEnd = b.to().orElse(LocalDate.MAX);
      return !a.from().isAfter(bEnd) && !b.from().isAfter(aEnd);
    }
  }
}
