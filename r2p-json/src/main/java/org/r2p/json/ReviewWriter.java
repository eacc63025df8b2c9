package org.r2p.json;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Shape;
import org.r2p.json.internal.Types;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Discrepancy;
import org.r2p.rules.DoubleVeto;
import org.r2p.rules.Explanation;
import org.r2p.rules.Finding;
import org.r2p.rules.GaDebate;
import org.r2p.rules.Interpretation;
import org.r2p.rules.Review;
import org.r2p.rules.Verdict;
import tools.jackson.core.JsonGenerator;
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

  // the review's fields, each type's named once with the grammar of the records (Types)
  private static final Shape<VoteRecord> REVIEWED = Types.REVIEWED;
  private static final Shape<CharterDecision> DECISION = Types.DECISION;
  private static final Shape<Finding> FINDING = Types.FINDING;
  private static final Shape<Discrepancy> DISCREPANCY = Types.DISCREPANCY;
  private static final Shape<GaDebate> GA_DEBATE = Types.GA_DEBATE;
  private static final Shape<Types.PairedVotes> DOUBLE_VETO = Types.DOUBLE_VETO;
  private static final Shape<Explanation> EXPLANATION = Types.EXPLANATION;

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
      Types.INTERPRETATION.writeValue(g, interpretation);
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
    write(r, new Types.PairedVotes(Objects.requireNonNull(question, "question"),
        Objects.requireNonNull(draft, "draft"), Objects.requireNonNull(decided, "decided")));
  }

  private void write(Review r, Types.@Nullable PairedVotes paired) {
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
      DISCREPANCY.writeValue(g, d);
    }
    g.writeEndArray();
    if (r.gaDebate().isPresent()) {
      g.writeName("gaDebate");
      GA_DEBATE.writeValue(g, r.gaDebate().get());
    }
    if (paired != null) {
      g.writeName("doubleVeto");
      DOUBLE_VETO.writeValue(g, paired);
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
    EXPLANATION.writeValue(g, e);
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
}
