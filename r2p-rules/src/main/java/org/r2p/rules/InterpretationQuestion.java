package org.r2p.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.r2p.core.ProposalKind;
import org.r2p.rules.InterpretationQuestions.AbstentionReading;
import org.r2p.rules.InterpretationQuestions.Absence;
import org.r2p.rules.InterpretationQuestions.AfterVoteCharacterisation;
import org.r2p.rules.InterpretationQuestions.Article27_3;
import org.r2p.rules.InterpretationQuestions.CommitmentDates;
import org.r2p.rules.InterpretationQuestions.ContestedAim;
import org.r2p.rules.InterpretationQuestions.Continuity;
import org.r2p.rules.InterpretationQuestions.CredibilityTest;
import org.r2p.rules.InterpretationQuestions.CrimeList;
import org.r2p.rules.InterpretationQuestions.MixedDrafts;
import org.r2p.rules.InterpretationQuestions.PositivePledge;
import org.r2p.rules.InterpretationQuestions.TransitionThreshold;
import org.r2p.rules.InterpretationQuestions.VitalInterest;

/**
 * The open questions of interpretation, one constant each: its number, the question in one
 * sentence, the answers it allows, its default, the {@link Interpretation} accessor (also its
 * JSON name in a review document and its name in {@link Interpretation#describe()}), and the
 * command-line option that sets it. Everything that lists the questions reads them here: the
 * command line's options and their help, {@link Interpretation#differencesFromDefaults()}, the
 * review writer's {@code interpretation} object and the history report.
 *
 * <pre>{@code
 * for (InterpretationQuestion q : InterpretationQuestion.values()) {
 *   System.out.println(q.label() + " " + q.question() + " " + q.text(rules.interpretation()));
 * }
 * }</pre>
 *
 * <h2>Adding a question</h2>
 * A question is one constant here, in question order, plus what the typed API needs: its answers'
 * enum in {@link InterpretationQuestions} (unless it is a yes/no question), and its accessor in
 * {@code AbstractInterpretation} with the default in a {@code @Value.Default} method (the
 * generated {@code Interpretation} then has its {@code with...} and builder methods). For
 * example, Q17:
 * <pre>{@code
 * CONTINUITY(17, "continuity", "Does a dated status carry forward to later dates?",
 *     choice(Continuity.class, Interpretation::continuity, Interpretation::withContinuity),
 *     "--continuity", "HOW", ""),
 * }</pre>
 * The arguments: number, accessor name, the question, how it is answered ({@code choice},
 * {@code eachOwnOr} for an optional choice, {@code kinds}, {@code flag}), the option ("" for
 * none), its parameter label, and a note on the default ("" for none). The command line,
 * {@code describe()}, the review writer and the report pick it up from there. The default itself
 * is read from {@link Interpretation#defaults()}, never restated.
 *
 * <p>Immutable and thread-safe.
 */
public enum InterpretationQuestion {
  /** Q1. */
  ABSTENTION(1, "abstention", "Is an abstention by a Code signatory a breach?",
      choice(AbstentionReading.class, Interpretation::abstention, Interpretation::withAbstention),
      "--abstention", "LETTER|SPIRIT", "only a NO breaches"),
  /** Q2. */
  CREDIBILITY(2, "credibility", "Who decides that a draft is credible?",
      choice(CredibilityTest.class, Interpretation::credibility, Interpretation::withCredibility),
      "--credibility", "TEST", "the voting state's own assessment"),
  /** Q3. */
  CONTESTED_AIM(3, "contestedAim", "How is a CONTESTED atrocity aim treated?",
      choice(ContestedAim.class, Interpretation::contestedAim, Interpretation::withContestedAim),
      "--contested-aim", "HOW", ""),
  /** Q4. */
  MIXED_DRAFTS(4, "mixedDrafts", "Does restraint apply to drafts whose atrocity content is incidental?",
      choice(MixedDrafts.class, Interpretation::mixedDrafts, Interpretation::withMixedDrafts),
      "--mixed-drafts", "HOW", ""),
  /**
   * Q5. Each instrument's own scope is the one its rule gives ({@code CodeOfConductRule},
   * {@code UkPledgeRule}: a draft resolution; {@code FrenchPledgeRule}: every kind); the what-if
   * scenarios' test of an atrocity draft has its own ({@code Scenario}).
   */
  RESTRAINT_COVERS(5, "restraintCovers", "Which kinds of proposal does restraint cover?",
      kinds(Interpretation::restraintCovers, Interpretation::withRestraintCovers),
      "--restraint-covers", "KIND",
      "each instrument its own: the ACT Code and the UK pledge DRAFT_RESOLUTION, France's pledge every kind"
          + " (the what-if scenarios' atrocity-draft test: DRAFT_RESOLUTION,AMENDMENT)"),
  /** Q6. */
  NO_ON_FAILED_DRAFT_BREACHES(6, "noOnFailedDraftBreaches",
      "Can a NO on a draft that failed for want of votes breach a pledge?",
      flag(Interpretation::noOnFailedDraftBreaches, Interpretation::withNoOnFailedDraftBreaches),
      "--no-on-failed-draft-breaches", "", "a draft that cannot pass is not credible"),
  /** Q7. */
  VITAL_INTEREST(7, "vitalInterest", "Does the French pledge's vital-interest exception apply?",
      choice(VitalInterest.class, Interpretation::vitalInterest, Interpretation::withVitalInterest),
      "--vital-interest", "HOW", ""),
  /** Q8. */
  CRIME_LIST(8, "crimeList", "Which list of crimes defines the scope of restraint?",
      eachOwnOr(CrimeList.class, Interpretation::crimeList, Interpretation::withCrimeList),
      "--crime-list", "LIST", "each instrument its own list"),
  /** Q9. */
  ARTICLE27_3(9, "article27_3", "Is Art. 27(3)'s obligatory abstention enforced?",
      choice(Article27_3.class, Interpretation::article27_3, Interpretation::withArticle27_3),
      "--article27-3", "HOW", ""),
  /** Q10. */
  ABSENCE(10, "absence", "How are absence and non-participation treated?",
      choice(Absence.class, Interpretation::absence, Interpretation::withAbsence),
      "--absence", "HOW", ""),
  /** Q11. */
  TRANSITION_THRESHOLD(11, "transitionThreshold",
      "Which threshold applies between 31 August and 31 December 1965?",
      choice(TransitionThreshold.class, Interpretation::transitionThreshold, Interpretation::withTransitionThreshold),
      "--transition-threshold", "HOW", ""),
  /** Q12. */
  COMMITMENT_DATES(12, "commitmentDates", "From when does each adherent's commitment count?",
      choice(CommitmentDates.class, Interpretation::commitmentDates, Interpretation::withCommitmentDates),
      "--commitment-dates", "HOW", ""),
  /** Q13. */
  AMENDMENT_VETO_TRIGGERS_DEBATE(13, "amendmentVetoTriggersDebate",
      "Does a veto on an amendment trigger the GA res 76/262 debate?",
      flag(Interpretation::amendmentVetoTriggersDebate, Interpretation::withAmendmentVetoTriggersDebate),
      "--amendment-veto-no-debate", "", "\"the casting of a veto\" includes amendments"),
  /** Q15. */
  POSITIVE_PLEDGE(15, "positivePledge", "Is the Code's positive pledge (para 1) checked?",
      choice(PositivePledge.class, Interpretation::positivePledge, Interpretation::withPositivePledge),
      "--positive-pledge", "HOW", ""),
  /** Q16. */
  AFTER_VOTE_CHARACTERISATION(16, "afterVoteCharacterisation",
      "Does a characterisation of the crimes made only after the vote count?",
      choice(AfterVoteCharacterisation.class, Interpretation::afterVoteCharacterisation,
          Interpretation::withAfterVoteCharacterisation),
      "--after-vote-characterisation", "HOW", ""),
  /** Q17. */
  CONTINUITY(17, "continuity",
      "Does a status known as of a date (not joined as of D) hold after that date until a dated change is recorded?",
      choice(Continuity.class, Interpretation::continuity, Interpretation::withContinuity),
      "--continuity", "HOW", "presumed unchanged, and every finding that rests on the presumption says so");

  /** How a question is answered, and so how its answer is written and set. */
  public enum Form {
    /** One of the constants of an enum ({@link #answers()}). */
    CHOICE,
    /** One of the constants of an enum, or none: each instrument its own (JSON {@code "PER_INSTRUMENT"}). */
    CHOICE_OR_EACH_OWN,
    /** A set of {@link ProposalKind}s, or none: each instrument its own (JSON {@code []}). */
    KINDS,
    /** Yes or no; the option, a flag, answers the opposite of the default. */
    FLAG
  }

  /** Written where an answer is "each instrument its own" ({@link #text}). */
  static final String PER_INSTRUMENT = "per instrument";

  private final int number;
  private final Answer<?> answer;
  private final Words words;

  /** What a question says: its names, its text and the note on its default. */
  private record Words(String attribute, String question, String option, String paramLabel, String defaultNote) {}

  InterpretationQuestion(int number, String attribute, String question, Answer<?> answer, String option,
      String paramLabel, String defaultNote) {
    this.number = number;
    this.answer = answer;
    this.words = new Words(attribute, question, option, paramLabel, defaultNote);
  }

  /** {@return the question's number, 1 for Q1} */
  public int number() {
    return number;
  }

  /** {@return "Q" and the number, e.g. {@code "Q1"}} */
  public String label() {
    return "Q" + number;
  }

  /**
   * The name of the answer: the {@link Interpretation} accessor, the field of a review
   * document's {@code interpretation} object, and the name {@link Interpretation#describe()}
   * gives.
   *
   * @return e.g. {@code "abstention"}
   */
  public String attribute() {
    return words.attribute();
  }

  /**
   * The name of the answer in a review document's {@code interpretation} object: {@link
   * #attribute()} (a published format keeps its field names).
   *
   * @return e.g. {@code "abstention"}
   */
  public String jsonName() {
    return words.attribute();
  }

  /** {@return the question, one sentence} */
  public String question() {
    return words.question();
  }

  /** {@return how the question is answered} */
  public Form form() {
    return answer.form;
  }

  /**
   * The type of the answers: the enum of {@link InterpretationQuestions} for a choice,
   * {@link ProposalKind} for {@link Form#KINDS}, {@code Boolean} for a flag.
   *
   * @return the type
   */
  public Class<?> valueType() {
    return answer.type;
  }

  /**
   * The answers allowed, by name, in order: an enum's constants; for {@link Form#KINDS} the
   * kinds a set may hold; for a flag {@code true} and {@code false}.
   *
   * @return the names
   */
  public List<String> answers() {
    if (answer.type == Boolean.class) {
      return List.of("true", "false");
    }
    return Arrays.stream(answer.type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.toList());
  }

  /**
   * The command-line option that sets the answer.
   *
   * @return e.g. {@code "--abstention"}; empty for a question the command line does not set
   */
  public Optional<String> option() {
    return words.option().isEmpty() ? Optional.empty() : Optional.of(words.option());
  }

  /** {@return the option's parameter label, e.g. {@code "HOW"}; empty for a flag} */
  public String paramLabel() {
    return words.paramLabel();
  }

  /**
   * Whether the question is deprecated (read by no rule). None is at present: Q14, the only one
   * that was, has been removed (review documents of format v1 keep its field).
   *
   * @return false for every question at present
   */
  public boolean deprecated() {
    return false;
  }

  /**
   * The answer in an interpretation, as its accessor gives it: an enum constant, an
   * {@code Optional} (of a constant or of a set of kinds), or a {@code Boolean}.
   *
   * @param i the interpretation
   * @return the answer
   */
  public Object value(Interpretation i) {
    return answer.get.apply(Objects.requireNonNull(i, "interpretation"));
  }

  /**
   * The interpretation with this question answered.
   *
   * @param i the interpretation
   * @param value an enum constant of {@link #valueType()} (or empty, for "each its own") for a
   *     choice; a collection of kinds (or empty) for {@link Form#KINDS}; a {@code Boolean} for a flag
   * @return the interpretation with that answer
   * @throws IllegalArgumentException if the value is not an answer to this question
   */
  public Interpretation with(Interpretation i, Object value) {
    return answer.with(Objects.requireNonNull(i, "interpretation"), Objects.requireNonNull(value, "value"), this);
  }

  /**
   * The answer the command-line option gives: for a flag, the opposite of the default.
   *
   * @return the flag's answer
   * @throws IllegalStateException if the question is not a flag
   */
  public boolean flagAnswer() {
    if (form() != Form.FLAG) {
      throw new IllegalStateException(label() + " is not a yes/no question");
    }
    return !(Boolean) value(Interpretation.defaults());
  }

  /**
   * Whether an interpretation gives the default answer.
   *
   * @param i the interpretation
   * @return true on the default
   */
  public boolean isDefault(Interpretation i) {
    return value(i).equals(value(Interpretation.defaults()));
  }

  /**
   * The answer as {@link Interpretation#describe()} writes it: the constant's name, the set of
   * kinds, {@code true} or {@code false}, or {@code "per instrument"}.
   *
   * @param i the interpretation
   * @return the text
   */
  public String text(Interpretation i) {
    Object v = value(i);
    if (v instanceof Optional) {
      return ((Optional<?>) v).map(Object::toString).orElse(PER_INSTRUMENT);
    }
    return v.toString();
  }

  /**
   * The answer as a review document writes it: the constant's name ({@code "PER_INSTRUMENT"}
   * for each instrument its own list), a list of kinds (empty for each instrument its own), or
   * a {@code Boolean}.
   *
   * @param i the interpretation
   * @return a {@code String}, a {@code List<String>} or a {@code Boolean}
   */
  public Object json(Interpretation i) {
    Object v = value(i);
    switch (form()) {
      case KINDS:
        @SuppressWarnings("unchecked")
        Optional<Set<ProposalKind>> kinds = (Optional<Set<ProposalKind>>) v;
        return kinds.map(s -> s.stream().map(Enum::name).collect(Collectors.toList())).orElse(List.of());
      case CHOICE_OR_EACH_OWN:
        return ((Optional<?>) v).map(e -> ((Enum<?>) e).name()).orElse("PER_INSTRUMENT");
      case FLAG:
        return v;
      default:
        return ((Enum<?>) v).name();
    }
  }

  /**
   * The default answer in words, e.g. {@code "LETTER: only a NO breaches"}, {@code "no: a draft
   * that cannot pass is not credible"}, {@code "each instrument its own list"}.
   *
   * @return the text
   */
  public String defaultText() {
    Object v = value(Interpretation.defaults());
    if (v instanceof Optional) {
      return words.defaultNote();
    }
    String d = form() == Form.FLAG ? ((Boolean) v ? "yes" : "no") : ((Enum<?>) v).name();
    String note = words.defaultNote();
    return note.isEmpty() ? d : d + ": " + note;
  }

  /**
   * The option's help: the number, the question, the answers and the default, e.g. {@code
   * "Q10: How are absence and non-participation treated? AS_ABSTENTION (default) or
   * FLAG_CONTESTED."}.
   *
   * @return the text
   */
  public String help() {
    StringBuilder b = new StringBuilder(label()).append(": ").append(words.question()).append(' ');
    switch (form()) {
      case FLAG:
        b.append("This option: ").append(flagAnswer() ? "yes" : "no").append(". Default: ").append(defaultText());
        break;
      case KINDS:
        b.append("Kinds, comma-separated (").append(String.join(", ", answers()))
            .append("), for every instrument. Default: ").append(defaultText());
        break;
      case CHOICE_OR_EACH_OWN:
        b.append(or(answers())).append(", for every instrument. Default: ").append(defaultText());
        break;
      default:
        String def = ((Enum<?>) value(Interpretation.defaults())).name();
        String note = words.defaultNote();
        String mark = note.isEmpty() ? " (default)" : " (default: " + note + ")";
        b.append(or(answers().stream().map(v -> v.equals(def) ? v + mark : v).collect(Collectors.toList())));
    }
    return b.append('.').toString();
  }

  private static String or(List<String> names) {
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /**
   * The questions the command line sets, in question order.
   *
   * @return those with an {@link #option()}
   */
  public static List<InterpretationQuestion> withOptions() {
    List<InterpretationQuestion> out = new ArrayList<>();
    for (InterpretationQuestion q : values()) {
      if (!q.words.option().isEmpty()) {
        out.add(q);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The question a command-line option sets.
   *
   * @param option e.g. {@code "--abstention"}
   * @return the question, or empty if no question has that option
   */
  public static Optional<InterpretationQuestion> byOption(String option) {
    return Arrays.stream(values()).filter(q -> q.words.option().equals(option)).findFirst();
  }

  // --- the forms ----------------------------------------------------------------------------

  private static <E extends Enum<E>> Answer<E> choice(Class<E> type, Function<Interpretation, E> get,
      BiFunction<Interpretation, E, Interpretation> with) {
    return new Answer<>(Form.CHOICE, type, get, (i, v) -> with.apply(i, type.cast(v)));
  }

  private static <E extends Enum<E>> Answer<Optional<E>> eachOwnOr(Class<E> type,
      Function<Interpretation, Optional<E>> get, BiFunction<Interpretation, Optional<E>, Interpretation> with) {
    return new Answer<>(Form.CHOICE_OR_EACH_OWN, type, get, (i, v) -> with.apply(i,
        v instanceof Optional ? ((Optional<?>) v).map(type::cast) : Optional.of(type.cast(v))));
  }

  private static Answer<Optional<Set<ProposalKind>>> kinds(Function<Interpretation, Optional<Set<ProposalKind>>> get,
      BiFunction<Interpretation, Optional<? extends Set<ProposalKind>>, Interpretation> with) {
    return new Answer<>(Form.KINDS, ProposalKind.class, get, (i, v) -> {
      Optional<?> o = v instanceof Optional ? (Optional<?>) v : Optional.of(v);
      return with.apply(i, o.map(c -> {
        Set<ProposalKind> s = EnumSet.noneOf(ProposalKind.class);
        for (Object k : (Collection<?>) c) {
          s.add(ProposalKind.class.cast(k));
        }
        return s;
      }));
    });
  }

  private static Answer<Boolean> flag(Function<Interpretation, Boolean> get,
      BiFunction<Interpretation, Boolean, Interpretation> with) {
    return new Answer<>(Form.FLAG, Boolean.class, get, (i, v) -> with.apply(i, (Boolean) v));
  }

  /** How one question's answer is read from and set on an interpretation. */
  private static final class Answer<V> {
    final Form form;
    final Class<?> type;
    final Function<Interpretation, V> get;
    final BiFunction<Interpretation, Object, Interpretation> with;

    Answer(Form form, Class<?> type, Function<Interpretation, V> get, BiFunction<Interpretation, Object, Interpretation> with) {
      this.form = form;
      this.type = type;
      this.get = get;
      this.with = with;
    }

    Interpretation with(Interpretation i, Object value, InterpretationQuestion q) {
      try {
        return with.apply(i, value);
      } catch (ClassCastException e) {
        throw new IllegalArgumentException(q.label() + " " + q.attribute() + " must be answered with "
            + (form == Form.KINDS ? "a collection of ProposalKind" : type.getSimpleName()) + ": " + value, e);
      }
    }
  }
}
