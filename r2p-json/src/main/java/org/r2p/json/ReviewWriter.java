package org.r2p.json;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.r2p.core.MemberState;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Types;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Condition;
import org.r2p.rules.Discrepancy;
import org.r2p.rules.DoubleVeto;
import org.r2p.rules.Explanation;
import org.r2p.rules.Finding;
import org.r2p.rules.GaDebate;
import org.r2p.rules.Interpretation;
import org.r2p.rules.InterpretationQuestion;
import org.r2p.rules.Review;
import org.r2p.rules.Verdict;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes reviews as {@code review.schema.json} has them (format {@code r2p.review.v1}),
 * compact, with Jackson's streaming generator, one review at a time: nothing is held but the
 * review being written. Two layouts: {@link #document} (one JSON document: the
 * interpretation, the reviews as they come, and a summary at the end) and {@link #lines} (NDJSON:
 * one review per line, each valid against {@code review.schema.json#/$defs/review}).
 *
 * <p>A review names its record by {@code id} (when the record has one), {@code proposal} (its
 * label: the symbol, or the subject) and {@code date}, then gives the Charter decision, the
 * findings, the discrepancies with the record and the GA debate required. What else it carries
 * is asked for with {@link Include}:
 * <ul>
 *   <li>{@link Include#NOT_APPLICABLE}: the NOT_APPLICABLE findings. Without it they are left
 *       out and each review says how many ({@code notApplicableOmitted}), as does the summary.
 *       Those a review was made without ({@link org.r2p.rules.R2pRules#review(VoteRecord,
 *       boolean)}) count among them: {@code rules.review(record, all)} builds only what the
 *       writer writes.
 *   <li>{@link Include#EXPLANATIONS}: the explanation of each finding and of the Charter
 *       decision (facts, conditions tested, clause, paragraph: about 1.5 KB each). The GA
 *       debate always keeps its explanation.
 *   <li>{@link Include#RECORDS}: the record itself, whole ({@code record}, as {@code
 *       vote-record.schema.json} has it). It is the input restated, most of a review's size
 *       without it: a review of the bundled history takes about 0.75 KB by default, 1.8 KB
 *       with the records.
 * </ul>
 * Booleans are JSON booleans, enums their constant names, dates ISO 8601, states their codes.
 *
 * <pre>{@code
 * try (ReviewWriter w = ReviewWriter.document(out, rules.interpretation())) {
 *   records.forEach(r -> w.write(rules.review(r, false)));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class ReviewWriter implements AutoCloseable {
  /** The format marker of a review document. */
  public static final String FORMAT = "r2p.review.v1";

  /** What a review carries besides what it always has; see the class description. */
  public enum Include {
    /** The NOT_APPLICABLE findings (else left out and counted in {@code notApplicableOmitted}). */
    NOT_APPLICABLE,
    /** The explanation of each finding and of the Charter decision. */
    EXPLANATIONS,
    /** The record reviewed, whole ({@code record}); without it the review names it by id, proposal and date. */
    RECORDS
  }

  private static final ObjectMapper MAPPER = JsonMapper.builder(R2pJson.factory()).addModule(new R2pModule()).build();

  // --- the shapes: one line per field, in the order review.schema.json lists them ---------

  private static final Shape<Condition> CONDITION = new Shape<Condition>()
      .text("name", Condition::name)
      .name("result", Condition::result)
      .text("detail", Condition::detail);

  private static final Shape<org.r2p.core.Citation> CITATION = new Shape<org.r2p.core.Citation>()
      .name("instrument", org.r2p.core.Citation::instrument)
      .text("provision", org.r2p.core.Citation::provision)
      .text("url", org.r2p.core.Citation::url);

  private static final Shape<Explanation> EXPLANATION = new Shape<Explanation>()
      .texts("facts", Explanation::facts)
      .object("citation", Explanation::citation, CITATION)
      .text("provision", Explanation::provision)
      .objects("conditions", Explanation::conditions, CONDITION)
      .text("outcome", Explanation::outcome)
      .text("reason", Explanation::reason)
      .text("interpretation", Explanation::interpretation)
      .text("paragraph", Explanation::paragraph);

  /** How a review names its record. */
  private static final Shape<VoteRecord> REVIEWED = new Shape<VoteRecord>()
      .optional("id", VoteRecord::id)
      .text("proposal", r -> r.proposal().label())
      .date("date", VoteRecord::date);

  private static final Shape<Finding> FINDING = new Shape<Finding>()
      .text("rule", Finding::rule)
      .name("instrument", Finding::instrument)
      .optional("state", f -> f.state().map(MemberState::code))
      .optional("position", f -> f.position().map(Enum::name))
      .text("proposal", Finding::proposal)
      .date("date", Finding::date)
      .name("verdict", Finding::verdict)
      .name("applies", Finding::applies)
      .name("breach", Finding::breach)
      .bool("hypothetical", Finding::hypothetical)
      .texts("flags", Finding::flags);

  private static final Shape<CharterDecision> DECISION = new Shape<CharterDecision>()
      .name("outcome", CharterDecision::outcome)
      .states("unknownVotes", CharterDecision::unknownVotes)
      .integer("unknownVoteCount", CharterDecision::unknownVoteCount)
      .name("modality", CharterDecision::modality)
      .name("classification", CharterDecision::classification)
      .integer("threshold", CharterDecision::threshold)
      .integer("affirmative", CharterDecision::affirmative)
      .states("vetoCasts", CharterDecision::vetoCasts)
      .names("vetoSeats", CharterDecision::vetoSeats)
      .states("permanentNegative", CharterDecision::permanentNegative)
      .texts("irregularities", CharterDecision::irregularities);

  /** A preliminary question and its draft, decided together, with the two records' labels. */
  private record Paired(VoteRecord question, VoteRecord draft, DoubleVeto decided) {}

  private static final Shape<Paired> DOUBLE_VETO = new Shape<Paired>()
      .text("question", p -> p.question().proposal().label())
      .text("draft", p -> p.draft().proposal().label())
      .object("questionDecision", p -> p.decided().preliminary(), DECISION)
      .object("draftDecision", p -> p.decided().draft(), DECISION)
      .bool("doubleVeto", p -> p.decided().doubleVeto())
      .states("vetoCasts", p -> p.decided().vetoCasts());

  private static final Shape<Discrepancy> DISCREPANCY = new Shape<Discrepancy>()
      .name("kind", Discrepancy::kind)
      .text("recorded", Discrepancy::recorded)
      .text("decided", Discrepancy::decided)
      .text("message", Discrepancy::message);

  private static final Shape<GaDebate> GA_DEBATE = new Shape<GaDebate>()
      .date("vetoDate", GaDebate::vetoDate)
      .states("vetoingMembers", GaDebate::vetoingMembers)
      .ternary("meetingRequired", GaDebate::meetingRequired)
      .date("deadline", GaDebate::deadline)
      .object("explanation", GaDebate::explanation, EXPLANATION);

  /** Every question of interpretation, in question order, as {@link InterpretationQuestion#json} gives its answer. */
  private static final Shape<Interpretation> INTERPRETATION = new Shape<Interpretation>();

  static {
    for (InterpretationQuestion q : InterpretationQuestion.values()) {
      INTERPRETATION.answer(q.jsonName(), q::json);
    }
  }

  private final JsonGenerator g;
  private final boolean document;
  private final boolean all;
  private final boolean explain;
  private final boolean records;
  private long reviews;
  private long findings;
  private long omitted;
  private boolean closed;

  private ReviewWriter(JsonGenerator g, boolean document, Include[] include, Interpretation interpretation) {
    java.util.Set<Include> asked = java.util.EnumSet.noneOf(Include.class);
    for (Include i : Objects.requireNonNull(include, "include")) {
      asked.add(Objects.requireNonNull(i, "include"));
    }
    this.g = g;
    this.document = document;
    this.all = asked.contains(Include.NOT_APPLICABLE);
    this.explain = asked.contains(Include.EXPLANATIONS);
    this.records = asked.contains(Include.RECORDS);
    if (document) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeName("interpretation");
      INTERPRETATION.write(g, interpretation);
      g.writeName("reviews");
      g.writeStartArray();
    }
  }

  /**
   * A writer of one JSON document {@code {"format", "interpretation", "reviews": [...], "summary"}};
   * {@link #close()} ends it.
   *
   * @param out where to write (UTF-8); flushed by {@link #close()}, not closed
   * @param interpretation the interpretation the reviews were made under
   * @param include what the reviews carry besides what they always have (none by default)
   * @return the writer
   */
  public static ReviewWriter document(OutputStream out, Interpretation interpretation, Include... include) {
    return new ReviewWriter(MAPPER.createGenerator(Objects.requireNonNull(out, "out")), true, include,
        Objects.requireNonNull(interpretation, "interpretation"));
  }

  /**
   * {@link #document(OutputStream, Interpretation, Include...)} to a writer.
   *
   * @param out where to write; flushed by {@link #close()}, not closed
   * @param interpretation the interpretation the reviews were made under
   * @param include what the reviews carry besides what they always have (none by default)
   * @return the writer
   */
  public static ReviewWriter document(Writer out, Interpretation interpretation, Include... include) {
    return new ReviewWriter(MAPPER.createGenerator(Objects.requireNonNull(out, "out")), true, include,
        Objects.requireNonNull(interpretation, "interpretation"));
  }

  /**
   * A writer of NDJSON: one review per line.
   *
   * @param out where to write (UTF-8); flushed by {@link #close()}, not closed
   * @param include what the reviews carry besides what they always have (none by default)
   * @return the writer
   */
  public static ReviewWriter lines(OutputStream out, Include... include) {
    return new ReviewWriter(MAPPER.createGenerator(Objects.requireNonNull(out, "out")), false, include,
        Interpretation.defaults());
  }

  /**
   * {@link #lines(OutputStream, Include...)} to a writer.
   *
   * @param out where to write; flushed by {@link #close()}, not closed
   * @param include what the reviews carry besides what they always have (none by default)
   * @return the writer
   */
  public static ReviewWriter lines(Writer out, Include... include) {
    return new ReviewWriter(MAPPER.createGenerator(Objects.requireNonNull(out, "out")), false, include,
        Interpretation.defaults());
  }

  /**
   * Writes one review.
   *
   * @param r the review
   * @throws UncheckedIOException if the output cannot be written
   */
  public void write(Review r) {
    write(r, null);
  }

  /**
   * Writes one review that completes a pair: a preliminary question and the draft it relates to
   * ({@link org.r2p.rules.R2pRules#doubleVeto}), whichever of the two the review is about. The
   * review gets a {@code doubleVeto} object: both records' labels, both decisions, whether both
   * were vetoed and every veto cast.
   *
   * @param r the review of the question or of the draft
   * @param question the preliminary question's record
   * @param draft the draft's record
   * @param decided the two decided together
   * @throws UncheckedIOException if the output cannot be written
   */
  public void write(Review r, VoteRecord question, VoteRecord draft, DoubleVeto decided) {
    write(r, new Paired(Objects.requireNonNull(question, "question"), Objects.requireNonNull(draft, "draft"),
        Objects.requireNonNull(decided, "decided")));
  }

  private void write(Review r, @Nullable Paired paired) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    g.writeStartObject();
    REVIEWED.fields(g, r.record());
    if (records) {
      g.writeName("record");
      // the record's one grammar, written straight to the generator (what R2pModule's serializer does)
      Types.VOTE_RECORD.writeValue(g, r.record());
    }
    g.writeName("decision");
    g.writeStartObject();
    DECISION.fields(g, r.decision());
    if (explain) {
      explanation(r.decision().explanation());
    }
    g.writeEndObject();
    g.writeName("findings");
    g.writeStartArray();
    int left = r.notApplicableOmitted();
    for (Finding f : r.findings()) {
      if (all || f.verdict() != Verdict.NOT_APPLICABLE) {
        g.writeStartObject();
        FINDING.fields(g, f);
        if (explain) {
          // built only when written: most findings are never explained
          explanation(f.explanation());
        }
        g.writeEndObject();
        findings++;
      } else {
        left++;
      }
    }
    g.writeEndArray();
    g.writeName("discrepancies");
    g.writeStartArray();
    for (Discrepancy d : r.discrepancies()) {
      DISCREPANCY.write(g, d);
    }
    g.writeEndArray();
    if (r.gaDebate().isPresent()) {
      g.writeName("gaDebate");
      GA_DEBATE.write(g, r.gaDebate().get());
    }
    if (paired != null) {
      g.writeName("doubleVeto");
      DOUBLE_VETO.write(g, paired);
    }
    if (!all) {
      g.writeNumberProperty("notApplicableOmitted", left);
    }
    g.writeEndObject();
    if (!document) {
      g.writeRaw('\n');
    }
    reviews++;
    omitted += left;
  }

  private void explanation(Explanation e) {
    g.writeName("explanation");
    EXPLANATION.write(g, e);
  }

  /** @return how many reviews were written */
  public long reviews() {
    return reviews;
  }

  /** @return how many findings were written */
  public long findings() {
    return findings;
  }

  /** @return how many NOT_APPLICABLE findings were left out */
  public long notApplicableOmitted() {
    return omitted;
  }

  /**
   * Ends the document (with its summary) and flushes; the output stays open.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (document) {
      g.writeEndArray();
      g.writeName("summary");
      g.writeStartObject();
      g.writeNumberProperty("reviews", reviews);
      g.writeNumberProperty("findings", findings);
      g.writeNumberProperty("notApplicableOmitted", omitted);
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    g.flush();
  }

  /**
   * How a value is written: its fields, each a name and how to write it when there. Names, and
   * the names of enum constants, are quoted once ({@link SerializedString}) and copied as they
   * are into every review.
   */
  private static final class Shape<T> {
    private interface Field<T> {
      void write(JsonGenerator g, T value);
    }

    /** Each enum type's constant names, quoted once, by ordinal. */
    private static final ClassValue<SerializableString[]> CONSTANTS = new ClassValue<>() {
      @Override
      protected SerializableString[] computeValue(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        SerializableString[] names = new SerializableString[constants.length];
        for (int i = 0; i < constants.length; i++) {
          names[i] = new SerializedString(((Enum<?>) constants[i]).name());
        }
        return names;
      }
    };

    private final List<Field<T>> fields = new ArrayList<>();

    void write(JsonGenerator g, T value) {
      g.writeStartObject();
      fields(g, value);
      g.writeEndObject();
    }

    void fields(JsonGenerator g, T value) {
      for (Field<T> f : fields) {
        f.write(g, value);
      }
    }

    static void constant(JsonGenerator g, Enum<?> e) {
      g.writeString(CONSTANTS.get(e.getDeclaringClass())[e.ordinal()]);
    }

    Shape<T> text(String name, Function<T, String> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        g.writeString(get.apply(v));
      });
      return this;
    }

    Shape<T> optional(String name, Function<T, Optional<String>> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        Optional<String> s = get.apply(v);
        if (s.isPresent()) {
          g.writeName(key);
          g.writeString(s.get());
        }
      });
      return this;
    }

    Shape<T> name(String name, Function<T, Enum<?>> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        constant(g, get.apply(v));
      });
      return this;
    }

    Shape<T> bool(String name, java.util.function.Predicate<T> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        g.writeBoolean(get.test(v));
      });
      return this;
    }

    /** TRUE and FALSE as JSON booleans, UNKNOWN as null. */
    Shape<T> ternary(String name, Function<T, org.r2p.rules.Ternary> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        switch (get.apply(v)) {
          case TRUE:
            g.writeBoolean(true);
            break;
          case FALSE:
            g.writeBoolean(false);
            break;
          default:
            g.writeNull();
        }
      });
      return this;
    }

    Shape<T> integer(String name, java.util.function.ToIntFunction<T> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        g.writeNumber(get.applyAsInt(v));
      });
      return this;
    }

    /**
     * An ISO 8601 date. The text of the last date written is kept: a review's findings share
     * their date.
     */
    Shape<T> date(String name, Function<T, LocalDate> get) {
      SerializableString key = new SerializedString(name);
      DateText[] last = {new DateText(LocalDate.EPOCH)};
      fields.add((g, v) -> {
        LocalDate d = get.apply(v);
        DateText t = last[0];
        if (!t.date().equals(d)) {
          t = new DateText(d);
          last[0] = t;
        }
        g.writeName(key);
        g.writeString(t.text());
      });
      return this;
    }

    /** A {@code String}, a {@code Boolean} or a list of strings, as the value is. */
    Shape<T> answer(String name, Function<T, Object> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        Object a = get.apply(v);
        if (a instanceof Boolean) {
          g.writeBoolean((Boolean) a);
        } else if (a instanceof Collection) {
          g.writeStartArray();
          for (Object s : (Collection<?>) a) {
            g.writeString(s.toString());
          }
          g.writeEndArray();
        } else {
          g.writeString(a.toString());
        }
      });
      return this;
    }

    Shape<T> texts(String name, Function<T, ? extends Collection<String>> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        g.writeStartArray();
        for (String s : get.apply(v)) {
          g.writeString(s);
        }
        g.writeEndArray();
      });
      return this;
    }

    Shape<T> names(String name, Function<T, ? extends Collection<? extends Enum<?>>> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        g.writeStartArray();
        for (Enum<?> e : get.apply(v)) {
          constant(g, e);
        }
        g.writeEndArray();
      });
      return this;
    }

    Shape<T> states(String name, Function<T, ? extends Collection<MemberState>> get) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        g.writeStartArray();
        for (MemberState s : get.apply(v)) {
          g.writeString(s.code());
        }
        g.writeEndArray();
      });
      return this;
    }

    <U> Shape<T> object(String name, Function<T, U> get, Shape<U> shape) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        shape.write(g, get.apply(v));
      });
      return this;
    }

    <U> Shape<T> objects(String name, Function<T, ? extends Collection<U>> get, Shape<U> shape) {
      SerializableString key = new SerializedString(name);
      fields.add((g, v) -> {
        g.writeName(key);
        g.writeStartArray();
        for (U u : get.apply(v)) {
          shape.write(g, u);
        }
        g.writeEndArray();
      });
      return this;
    }
  }

  /** A date and its ISO 8601 text, made together; immutable, so a writer may read one another made. */
  private record DateText(LocalDate date, String text) {
    DateText(LocalDate date) {
      this(date, date.toString());
    }
  }
}
