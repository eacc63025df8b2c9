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

  /** Every state's adherences and non-adherences, by state, then instrument. */
  private final Map<MemberState, Entry> byState;

  /** One state's entries, by instrument. */
  private static final class Entry {
    final Map<Instrument, List<Adherence>> adherences = new EnumMap<>(Instrument.class);
    final Map<Instrument, List<NonAdherence>> nonAdherences = new EnumMap<>(Instrument.class);

    List<Adherence> adherences(Instrument i) {
      return adherences.getOrDefault(i, List.of());
    }

    List<NonAdherence> nonAdherences(Instrument i) {
      return nonAdherences.getOrDefault(i, List.of());
    }
  }

  /**
   * What decides a state's status under one instrument on one date: an {@link Adherence}
   * (whose own status on the date is the answer), a {@link NonAdherence} (NOT_COMMITTED), or
   * neither (the instrument's completeness decides).
   */
  private record Basis(@org.jspecify.annotations.Nullable Adherence adherence,
      @org.jspecify.annotations.Nullable NonAdherence nonAdherence) {
    static final Basis NONE = new Basis(null, null);
  }

  private CommitmentRegistry(
      List<Adherence> adherences, List<NonAdherence> nonAdherences, Map<Instrument, Completeness> completeness) {
    this.adherences = adherences;
    this.nonAdherences = nonAdherences;
    this.completeness = completeness;
    Map<MemberState, Entry> m = new java.util.HashMap<>();
    for (Adherence x : adherences) {
      m.computeIfAbsent(x.state(), k -> new Entry()).adherences
          .computeIfAbsent(x.instrument(), k -> new ArrayList<>()).add(x);
    }
    for (NonAdherence x : nonAdherences) {
      m.computeIfAbsent(x.state(), k -> new Entry()).nonAdherences
          .computeIfAbsent(x.instrument(), k -> new ArrayList<>()).add(x);
    }
    this.byState = m;
  }

  /**
   * The one place where adherence, known non-adherence and completeness decide a status. The
   * instrument must be in effect on the date.
   */
  private static Basis basis(@org.jspecify.annotations.Nullable Entry entry, Instrument instrument, LocalDate date) {
    if (entry == null) {
      return Basis.NONE;
    }
    Adherence best = null;
    CommitmentStatus bestStatus = null;
    for (Adherence a : entry.adherences(instrument)) {
      CommitmentStatus s = a.statusOn(date);
      if (bestStatus == null || rank(s) > rank(bestStatus)) {
        bestStatus = s;
        best = a;
      }
    }
    if (bestStatus != CommitmentStatus.COMMITTED) {
      for (NonAdherence n : entry.nonAdherences(instrument)) {
        if (!date.isAfter(n.asOf())) {
          return new Basis(null, n);
        }
      }
    }
    return best == null ? Basis.NONE : new Basis(best, null);
  }

  private CommitmentStatus status(@org.jspecify.annotations.Nullable Entry entry, Instrument instrument,
      LocalDate date) {
    if (!instrument.inEffectOn(date)) {
      return CommitmentStatus.NOT_COMMITTED;
    }
    Basis b = basis(entry, instrument, date);
    if (b.adherence() != null) {
      return b.adherence().statusOn(date);
    }
    if (b.nonAdherence() != null) {
      return CommitmentStatus.NOT_COMMITTED;
    }
    return completeness(instrument) == Completeness.PARTIAL ? CommitmentStatus.UNKNOWN : CommitmentStatus.NOT_COMMITTED;
  }

  private static Basis basisOn(@org.jspecify.annotations.Nullable Entry entry, Instrument instrument, LocalDate date) {
    return instrument.inEffectOn(date) ? basis(entry, instrument, date) : Basis.NONE;
  }

  /**
   * One state's standing under every instrument on one date: what the rules ask of each voter,
   * every instrument at once.
   *
   * @param state the state
   * @param date the date
   * @return the standing
   */
  public Standing standingOn(MemberState state, LocalDate date) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(date, "date");
    return new Standing(this, state, byState.get(state), date);
  }

  /**
   * One state's standing under every instrument on one date, as {@link #standingOn} finds it.
   * Each answer equals what {@link CommitmentRegistry#status} and
   * {@link CommitmentRegistry#statusOn} give for the same state, instrument and date.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Standing {
    private final CommitmentRegistry registry;
    private final MemberState state;
    private final @org.jspecify.annotations.Nullable Entry entry;
    private final LocalDate date;

    private Standing(CommitmentRegistry registry, MemberState state,
        @org.jspecify.annotations.Nullable Entry entry, LocalDate date) {
      this.registry = registry;
      this.state = state;
      this.entry = entry;
      this.date = date;
    }

    /** {@return the state} */
    public MemberState state() {
      return state;
    }

    /** {@return the date} */
    public LocalDate date() {
      return date;
    }

    /**
     * The status under one instrument.
     *
     * @param instrument the instrument
     * @return the status
     */
    public CommitmentStatus status(Instrument instrument) {
      return registry.status(entry, Objects.requireNonNull(instrument, "instrument"), date);
    }

    /**
     * The adherence that decides the status under one instrument, if an adherence decides it.
     *
     * @param instrument the instrument
     * @return the adherence, or empty when the status comes from a known non-adherence or
     *     from the registry's completeness
     */
    public Optional<Adherence> adherence(Instrument instrument) {
      return Optional.ofNullable(basisOn(entry, Objects.requireNonNull(instrument, "instrument"), date).adherence());
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(state + " on " + date + ":");
      for (Instrument i : Instrument.values()) {
        b.append(' ').append(i.name()).append('=').append(status(i));
      }
      return b.toString();
    }
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
    return status(byState.get(state), instrument, date);
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
   * A builder holding this registry's adherences, known non-adherences and completeness, to
   * build a copy with entries added.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.adherences.addAll(adherences);
    b.nonAdherences.addAll(nonAdherences);
    b.completeness.putAll(completeness);
    return b;
  }

  /**
   * A copy with one adherence added, each instrument's completeness kept. Any adherence of the
   * same state to the same instrument that overlaps it is replaced.
   *
   * @param adherence the adherence
   * @return the new registry
   */
  public CommitmentRegistry withAdherence(Adherence adherence) {
    Objects.requireNonNull(adherence, "adherence");
    Builder b = withoutAdherence(adherence.state(), adherence.instrument()).toBuilder();
    for (Adherence a : adherencesOf(adherence.state())) {
      if (a.instrument() == adherence.instrument() && !Builder.overlaps(a, adherence)) {
        b.add(a);
      }
    }
    return b.add(adherence).build();
  }

  /**
   * A copy without any adherence of a state to an instrument, each instrument's completeness
   * and the known non-adherences kept.
   *
   * @param state the state
   * @param instrument the instrument
   * @return the new registry
   */
  public CommitmentRegistry withoutAdherence(MemberState state, Instrument instrument) {
    Builder b = new Builder();
    for (Adherence a : adherences) {
      if (!(a.state().equals(state) && a.instrument() == instrument)) {
        b.add(a);
      }
    }
    b.nonAdherences.addAll(nonAdherences);
    b.completeness.putAll(completeness);
    return b.build();
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
    Completeness c = completeness.get(instrument);
    return c == null ? Completeness.COMPLETE : c;
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
    Entry entry = byState.get(state);
    CommitmentStatus status = status(entry, instrument, date);
    answer.status(status);
    if (!instrument.inEffectOn(date)) {
      return answer
          .reason(instrument.shortName() + " did not exist on " + date + " (from "
              + instrument.effectiveFrom().orElseThrow() + ")")
          .build();
    }
    Basis basis = basis(entry, instrument, date);
    if (basis.nonAdherence() != null) {
      NonAdherence n = basis.nonAdherence();
      return answer
          .nonAdherence(n)
          .reason(state + " had not adhered to " + instrument.shortName() + " as of " + n.asOf()
              + " (" + n.source() + ")")
          .build();
    }
    if (basis.adherence() != null) {
      Adherence a = basis.adherence();
      String reason;
      switch (status) {
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
        .reason(status == CommitmentStatus.UNKNOWN
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
      return new CommitmentRegistry(List.copyOf(sorted), List.copyOf(nonAdherences), new EnumMap<>(completeness));
    }

    private static boolean overlaps(Adherence a, Adherence b) {
      LocalDate aEnd = a.to().orElse(LocalDate.MAX);
      LocalDate bEnd = b.to().orElse(LocalDate.MAX);
      return !a.from().isAfter(bEnd) && !b.from().isAfter(aEnd);
    }
  }
}
