package org.r2p.json.internal;

import static org.r2p.json.internal.Grammar.BOOLEAN;
import static org.r2p.json.internal.Grammar.DATE;
import static org.r2p.json.internal.Grammar.INTEGER;
import static org.r2p.json.internal.Grammar.SITUATION;
import static org.r2p.json.internal.Grammar.STRING;
import static org.r2p.json.internal.Grammar.SYMBOL;
import static org.r2p.json.internal.Grammar.TEXT;
import static org.r2p.json.internal.Grammar.enumOf;
import static org.r2p.json.internal.Grammar.nonEmpty;
import static org.r2p.json.internal.Grammar.orNull;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.CharterBasis;
import org.r2p.core.Citation;
import org.r2p.core.Classification;
import org.r2p.core.Council;
import org.r2p.core.DatePrecision;
import org.r2p.core.DecisionModality;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import java.util.Optional;
import org.r2p.core.MemberStates;
import org.r2p.json.internal.Grammar.Label;
import org.r2p.json.internal.Grammar.ListOf;
import org.r2p.json.internal.Grammar.ObjectType;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Condition;
import org.r2p.rules.Discrepancy;
import org.r2p.rules.DoubleVeto;
import org.r2p.rules.Explanation;
import org.r2p.rules.Finding;
import org.r2p.rules.GaDebate;
import org.r2p.rules.Interpretation;
import org.r2p.rules.InterpretationQuestion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The grammar of each r2p JSON type, written once: its fields in the published order, each with
 * its JSON name, kind of value, whether it is required, how it is set on the builder and how it
 * is read from the value. {@link Decoder} reads with these, the module writes with them, and a
 * test checks the published schemas' {@code properties} and {@code required} against them.
 */
public final class Types {
  private Types() {}

  /** The format marker of a vote record document. */
  public static final String VOTE_RECORD_FORMAT = "r2p.vote-record.v1";

  /** The format marker of a collection of vote records. */
  public static final String VOTE_RECORDS_FORMAT = "r2p.vote-records.v1";

  /** The format marker of an adherence document. */
  public static final String ADHERENCE_FORMAT = "r2p.adherence.v1";

  private static final String SCHEMA = "https://r2p.org/schema/";

  /**
   * A member state: its code, or an object {@code {"code", "name"}}. A code is remembered (in
   * 4,096 slots) as the state {@link MemberStates#byCode} gives.
   */
  static final Grammar.Value<MemberState> STATE = new Grammar.FromString<>(Grammar.DEFS + "state", Label::plain, false,
      new Grammar.Memo<>(4096)) {
    @Override
    @Nullable MemberState read(Decoder d, Label l) {
      JsonToken t = d.p().currentToken();
      if (t == JsonToken.VALUE_STRING) {
        return text(d, l);
      }
      if (t != JsonToken.START_OBJECT) {
        d.wrongKind("type.string", "member state must be a code string");
        return null;
      }
      String[] codeAndName = STATE_OBJECT.read(d, l, false);
      if (codeAndName == null) {
        return null;
      }
      MemberState known = convert(d, l, codeAndName[0]);
      // a name given makes a state of the code as written (an alias keeps its own code)
      return known == null || codeAndName[1] == null ? known : MemberState.of(codeAndName[0], codeAndName[1]);
    }

    @Override
    @Nullable MemberState convert(Decoder d, Label l, String code) {
      if (!isCode(code)) {
        d.error(d.pointer(), "state.invalid-code", "member state code must be three upper-case letters A-Z: "
            + Decoder.quote(code));
        return null;
      }
      Optional<MemberState> known = MemberStates.byCode(code);
      if (known.isEmpty()) {
        d.error(d.pointer(), "state.unknown", "unknown state code: must be an ISO 3166 alpha-3 code or a historical"
            + " code such as SUN: " + Decoder.quote(code));
        return null;
      }
      return known.get();
    }

    @Override
    void write(JsonGenerator g, MemberState v) {
      g.writeString(v.code());
    }
  };

  static boolean isCode(String s) {
    return s.length() == 3 && upper(s.charAt(0)) && upper(s.charAt(1)) && upper(s.charAt(2));
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** A member state written as an object: its code and, optionally, a name. */
  static final ObjectType<String[], String[]> STATE_OBJECT = new ObjectType<String[], String[]>("member state",
      Grammar.DEFS + "state/oneOf/1", null, () -> new String[2], b -> b, "value.invalid")
      .required("code", Grammar.STATE_CODE, (b, v) -> b[0] = v, s -> s[0])
      .optional("name", TEXT, (b, v) -> b[1] = v, s -> s[1]);

  /** An array of member states. */
  static final ListOf<MemberState> STATES = new ListOf<>(STATE, "member state", Grammar.DEFS + "states");

  /** A vote: a member and its position. */
  public static final ObjectType<Vote.Builder, Vote> VOTE = new ObjectType<Vote.Builder, Vote>("vote",
      SCHEMA + "vote-record.schema.json#/$defs/vote", null, Vote::builder, Vote.Builder::build, "value.invalid")
      .required("member", STATE, Vote.Builder::member, Vote::member)
      .required("position", enumOf(VotePosition.class, "votePosition"), Vote.Builder::position, Vote::position)
      // written only when true: absent, the vote was cast, as before
      .optional("hypothetical", BOOLEAN, Vote.Builder::hypothetical, v -> v.hypothetical() ? Boolean.TRUE : null);

  /** A record's votes: at most 15, one per member. */
  static final ListOf<Vote> VOTES = new ListOf<>(VOTE, "vote", "array") {
    @Override
    void accepted(Decoder d, List<Vote> out, Vote v, int k, int[] at) {
      // at most a few dozen votes: a scan finds a member's first vote; states are equal by their
      // codes, whose hashes are kept by the strings, so most pairs are told apart by those
      MemberState m = v.member();
      int h = m.code().hashCode();
      for (int j = 0; j < out.size(); j++) {
        MemberState o = out.get(j).member();
        if (o == m || o.code().hashCode() == h && o.equals(m)) {
          String vote = d.pointer();
          String votes = vote.substring(0, vote.lastIndexOf('/'));
          d.error(vote + "/member", "vote.duplicate-member", "each member may vote once: " + v.member()
              + " votes twice (first at " + votes + "/" + at[j] + ")");
          return;
        }
      }
      super.accepted(d, out, v, k, at);
    }

    @Override
    void checkSize(Decoder d, Label l, int size, int firstProblem) {
      if (size > Tally.MAX_VOTES) {
        d.insertError(firstProblem, d.pointer(), "votes.too-many", "number of votes must be between 0 and "
            + Tally.MAX_VOTES + ": " + size);
      }
    }
  };

  /** A tally; absences and non-participation default to 0. */
  public static final ObjectType<Tally.Builder, Tally> TALLY = new ObjectType<Tally.Builder, Tally>("tally",
      Grammar.DEFS + "tally", null, Tally::builder, Tally.Builder::build, "tally.invalid")
      .required("yes", INTEGER, Tally.Builder::yes, Tally::yes)
      .required("no", INTEGER, Tally.Builder::no, Tally::no)
      .required("abstain", INTEGER, Tally.Builder::abstain, Tally::abstain)
      .optional("absent", INTEGER, Tally.Builder::absent, Tally::absent)
      .optional("notParticipating", INTEGER, Tally.Builder::notParticipating, Tally::notParticipating);

  /** An atrocity aim, with who asserted it. */
  public static final ObjectType<AtrocityAim.Builder, AtrocityAim> ATROCITY_AIM =
      new ObjectType<AtrocityAim.Builder, AtrocityAim>("atrocity aim",
          SCHEMA + "proposal.schema.json#/properties/atrocityAim", null, AtrocityAim::builder,
          AtrocityAim.Builder::build, "value.invalid")
      .required("assessment", enumOf(Assessment.class, "assessment"), AtrocityAim.Builder::assessment,
          AtrocityAim::assessment)
      .optional("crimes", new ListOf<>(enumOf(AtrocityCrime.class, "crime"), "crime", "array"),
          AtrocityAim.Builder::addAllCrimes, AtrocityAim::crimes)
      .optional("risked", new ListOf<>(enumOf(AtrocityCrime.class, "crime"), "crime", "array"),
          AtrocityAim.Builder::addAllRisked, a -> nonEmpty(a.risked()))
      .optional("purpose", enumOf(Purpose.class, "purpose"), AtrocityAim.Builder::purpose, AtrocityAim::purpose)
      .optional("largeScale", BOOLEAN, AtrocityAim.Builder::largeScale, a -> orNull(a.largeScale()))
      .required("assertedBy", TEXT, AtrocityAim.Builder::assertedBy, AtrocityAim::assertedBy)
      .optional("timing", Grammar.enumAt(CharacterisationTiming.class,
          SCHEMA + "proposal.schema.json#/properties/atrocityAim/properties/timing"), AtrocityAim.Builder::timing,
          a -> orNull(a.timing()))
      .optional("source", TEXT, AtrocityAim.Builder::source, a -> orNull(a.source()))
      .optional("note", TEXT, AtrocityAim.Builder::note, a -> orNull(a.note()));

  /** A proposal put to the Council. */
  public static final ObjectType<Proposal.Builder, Proposal> PROPOSAL =
      new ObjectType<Proposal.Builder, Proposal>("proposal", SCHEMA + "proposal.schema.json", null,
          Proposal::builder, Proposal.Builder::build, "value.invalid")
      .optional("kind", enumOf(ProposalKind.class, "proposalKind"), Proposal.Builder::kind, Proposal::kind)
      .optional("symbol", SYMBOL, Proposal.Builder::symbol, p -> orNull(p.symbol()))
      .required("date", DATE, Proposal.Builder::date, Proposal::date)
      .optional("sponsors", STATES, Proposal.Builder::addAllSponsors, p -> nonEmpty(p.sponsors()))
      .required("subject", TEXT, Proposal.Builder::subject, Proposal::subject)
      .optional("agendaItem", TEXT, Proposal.Builder::agendaItem, p -> orNull(p.agendaItem()))
      .optional("situation", SITUATION, Proposal.Builder::situation, p -> orNull(p.situation()))
      .optional("classification", enumOf(Classification.class, "classification"), Proposal.Builder::classification,
          Proposal::classification)
      .optional("atrocityAim", ATROCITY_AIM, Proposal.Builder::atrocityAim, p -> orNull(p.atrocityAim()))
      .optional("credible", enumOf(Assessment.class, "assessment"), Proposal.Builder::credible,
          p -> orNull(p.credible()))
      .optional("credibleAssertedBy", TEXT, Proposal.Builder::credibleAssertedBy, p -> orNull(p.credibleAssertedBy()))
      .optional("charterBasis", enumOf(CharterBasis.class, "charterBasis"), Proposal.Builder::charterBasis,
          Proposal::charterBasis)
      .optional("partiesToDispute", STATES, Proposal.Builder::addAllPartiesToDispute,
          p -> nonEmpty(p.partiesToDispute()))
      .optional("relatesTo", SYMBOL, Proposal.Builder::relatesTo, p -> orNull(p.relatesTo()));

  /** A vote record. */
  public static final ObjectType<VoteRecord.Builder, VoteRecord> VOTE_RECORD =
      new ObjectType<VoteRecord.Builder, VoteRecord>("vote record", SCHEMA + "vote-record.schema.json#/$defs/record",
          VOTE_RECORD_FORMAT, VoteRecord::builder, VoteRecord.Builder::build, "value.invalid")
      .optional("id", TEXT, VoteRecord.Builder::id, r -> orNull(r.id()))
      .required("proposal", PROPOSAL, VoteRecord.Builder::proposal, VoteRecord::proposal)
      .required("date", DATE, VoteRecord.Builder::date, VoteRecord::date)
      .optional("meeting", SYMBOL, VoteRecord.Builder::meeting, r -> orNull(r.meeting()))
      .optional("documents", new ListOf<>(SYMBOL, "document", "array"), VoteRecord.Builder::addAllDocuments,
          r -> nonEmpty(r.documents()))
      // written only when no vote was taken: absent, a record was put to the vote, as before
      .optional("modality", enumOf(DecisionModality.class, "decisionModality"), VoteRecord.Builder::modality,
          r -> r.modality().voteTaken() ? null : r.modality())
      .required("votes", VOTES, VoteRecord.Builder::addAllVotes, VoteRecord::votes)
      .optional("reportedTally", TALLY, VoteRecord.Builder::reportedTally, r -> orNull(r.reportedTally()))
      .optional("recordedOutcome", Grammar.enumAt(Outcome.class, Grammar.DEFS + "outcome",
          java.util.EnumSet.of(Outcome.ADOPTED, Outcome.FAILED_VETO, Outcome.FAILED_INSUFFICIENT_VOTES)), VoteRecord.Builder::recordedOutcome,
          r -> orNull(r.recordedOutcome()))
      .optional("recordedVetoCasts", STATES, VoteRecord.Builder::addAllRecordedVetoCasts,
          r -> nonEmpty(r.recordedVetoCasts()))
      // 0.1 wrote recordedVetoes: read within r2p.vote-record.v1 for good, with a warning, never written
      .deprecatedAlias("recordedVetoes", "recordedVetoCasts")
      .optional("source", TEXT, VoteRecord.Builder::source, VoteRecord::source)
      .optional("flags", new ListOf<>(STRING, "flag", "array"), VoteRecord.Builder::addAllFlags,
          r -> nonEmpty(r.flags()))
      .optional("gaEmergencySpecialSession", BOOLEAN, VoteRecord.Builder::gaEmergencySpecialSession,
          r -> orNull(r.gaEmergencySpecialSession()))
      // written only when true: absent, the record is of a vote as it happened, as before
      .optional("hypothetical", BOOLEAN, VoteRecord.Builder::hypothetical, r -> r.hypothetical() ? Boolean.TRUE : null);

  /**
   * Reads a vote record at the parser's current token; the parser is left on its last token.
   *
   * @param d the decoder, reading from a parser, that collects the problems
   * @param requireFormat whether the format marker must be present (a document of its own)
   * @return the record, or null when it is not valid ({@link Decoder#problems()} says why)
   */
  public static @Nullable VoteRecord readRecord(Decoder d, boolean requireFormat) {
    return VOTE_RECORD.read(d, new Label("vote record", null), requireFormat);
  }

  /** A state's adherence to a commitment. */
  public static final ObjectType<Adherence.Builder, Adherence> ADHERENCE =
      new ObjectType<Adherence.Builder, Adherence>("adherence", SCHEMA + "adherence.schema.json", ADHERENCE_FORMAT,
          Adherence::builder, Adherence.Builder::build, "value.invalid")
      .required("state", STATE, Adherence.Builder::state, Adherence::state)
      .required("instrument", enumOf(Instrument.class, "instrument"), Adherence.Builder::instrument,
          Adherence::instrument)
      .required("from", DATE, Adherence.Builder::from, Adherence::from)
      .optional("to", DATE, Adherence.Builder::to, a -> orNull(a.to()))
      .optional("precision", enumOf(DatePrecision.class, "datePrecision"), Adherence.Builder::precision,
          Adherence::precision)
      .required("source", TEXT, Adherence.Builder::source, Adherence::source)
      .optional("note", TEXT, Adherence.Builder::note, a -> orNull(a.note()));

  /** A term of an elected member. */
  public static final ObjectType<ElectedTerm.Builder, ElectedTerm> ELECTED_TERM =
      new ObjectType<ElectedTerm.Builder, ElectedTerm>("elected term", "object", null, ElectedTerm::builder,
          ElectedTerm.Builder::build, "value.invalid")
      .required("state", STATE, ElectedTerm.Builder::state, ElectedTerm::state)
      .required("from", DATE, ElectedTerm.Builder::from, ElectedTerm::from)
      .required("to", DATE, ElectedTerm.Builder::to, ElectedTerm::to)
      .optional("source", TEXT, ElectedTerm.Builder::source, t -> orNull(t.source()))
      .optional("note", TEXT, ElectedTerm.Builder::note, t -> orNull(t.note()));

  /** A citation of an instrument's provision. */
  public static final ObjectType<Citation.Builder, Citation> CITATION =
      new ObjectType<Citation.Builder, Citation>("citation", Grammar.DEFS + "citation", null, Citation::builder,
          Citation.Builder::build, "value.invalid")
      .required("instrument", enumOf(Instrument.class, "instrument"), Citation.Builder::instrument,
          Citation::instrument)
      .required("provision", TEXT, Citation.Builder::provision, Citation::provision)
      .optional("url", TEXT, Citation.Builder::url, Citation::url);

  /** The permanent seats and their holders: an object keyed by seat. */
  static final Grammar.Value<Map<PermanentSeat, MemberState>> PERMANENT_MEMBERS = new Grammar.Value<>("object") {
    @Override
    @Nullable Map<PermanentSeat, MemberState> read(Decoder d, Label l) {
      JsonParser p = d.p();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        d.wrongKind("type.object", "permanent members must be a JSON object");
        return null;
      }
      int before = d.errors();
      Map<PermanentSeat, MemberState> out = new EnumMap<>(PermanentSeat.class);
      String seat;
      while ((seat = p.nextName()) != null) {
        p.nextToken();
        PermanentSeat ps = null;
        try {
          ps = PermanentSeat.valueOf(seat);
        } catch (IllegalArgumentException e) {
          d.error(d.pointer(), "enum.invalid", "permanent seat must be one of " + Arrays.toString(PermanentSeat.values())
              + ": " + Decoder.quote(seat));
        }
        if (ps != null && out.containsKey(ps)) {
          d.errorHere(d.pointer(), "field.duplicate", "permanent members has seat " + Decoder.quote(seat)
              + " more than once: a field may be given only once");
          d.skip();
        } else {
          MemberState s = STATE.read(d, new Label("permanent members", seat));
          if (ps != null && s != null) {
            out.put(ps, s);
          }
        }
      }
      return d.errors() > before ? null : out;
    }

    @Override
    void write(JsonGenerator g, Map<PermanentSeat, MemberState> v) {
      g.writeStartObject();
      for (Map.Entry<PermanentSeat, MemberState> e : v.entrySet()) {
        g.writeStringProperty(e.getKey().name(), e.getValue().code());
      }
      g.writeEndObject();
    }
  };

  /** The Council's composition on a date. */
  public static final ObjectType<Council.Builder, Council> COUNCIL =
      new ObjectType<Council.Builder, Council>("council", "object", null, Council::builder, Council.Builder::build,
          "value.invalid")
      .required("date", DATE, Council.Builder::date, Council::date)
      .required("nominalSize", INTEGER, Council.Builder::nominalSize, Council::nominalSize)
      .required("permanentMembers", PERMANENT_MEMBERS, Council.Builder::putAllPermanentMembers,
          Council::permanentMembers)
      .optional("electedMembers", STATES, Council.Builder::addAllElectedMembers, Council::electedMembers);

  /** A member state: its code (or an object with a code and a name). */
  public static final Grammar.Value<MemberState> MEMBER_STATE = STATE;

  /** A UN document symbol. */
  public static final Grammar.Value<DocumentSymbol> DOCUMENT_SYMBOL = SYMBOL;

  // --- the review: written, never read (review.schema.json) ----------------------------------

  private static final String REVIEW = SCHEMA + "review.schema.json#/$defs/";

  /** A condition an explanation tested. */
  static final Shape<Condition> CONDITION = new Shape<Condition>(REVIEW + "condition")
      .text("name", Condition::name)
      .name("result", Condition::result)
      .text("detail", Condition::detail);

  /** The explanation of a finding or a decision; its citation written as {@link #CITATION} is. */
  public static final Shape<Explanation> EXPLANATION = new Shape<Explanation>(REVIEW + "explanation")
      .texts("facts", Explanation::facts)
      .object("citation", Explanation::citation, CITATION)
      .text("provision", Explanation::provision)
      .objects("conditions", Explanation::conditions, CONDITION)
      .text("outcome", Explanation::outcome)
      .text("reason", Explanation::reason)
      .text("interpretation", Explanation::interpretation)
      .text("paragraph", Explanation::paragraph);

  /** How a review names its record: the first fields of a review. */
  public static final Shape<VoteRecord> REVIEWED = new Shape<VoteRecord>(REVIEW + "review")
      .optional("id", VoteRecord::id)
      .text("proposal", r -> r.proposal().label())
      .date("date", VoteRecord::date);

  /** A finding, without its explanation. */
  public static final Shape<Finding> FINDING = new Shape<Finding>(REVIEW + "finding")
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

  /** The Charter decision, without its explanation. */
  public static final Shape<CharterDecision> DECISION = new Shape<CharterDecision>(REVIEW + "decision")
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

  /**
   * A preliminary question and its draft, decided together, with the two records' labels.
   *
   * @param question the preliminary question's record
   * @param draft the draft's record
   * @param decided the two decided together
   */
  public record PairedVotes(VoteRecord question, VoteRecord draft, DoubleVeto decided) {}

  /** A double veto: a preliminary question and its draft. */
  public static final Shape<PairedVotes> DOUBLE_VETO = new Shape<PairedVotes>(REVIEW + "doubleVeto")
      .text("question", p -> p.question().proposal().label())
      .text("draft", p -> p.draft().proposal().label())
      .object("questionDecision", p -> p.decided().preliminary(), DECISION)
      .object("draftDecision", p -> p.decided().draft(), DECISION)
      .bool("doubleVeto", p -> p.decided().doubleVeto())
      .states("vetoCasts", p -> p.decided().vetoCasts());

  /** A discrepancy between a record and what the rules decide. */
  public static final Shape<Discrepancy> DISCREPANCY = new Shape<Discrepancy>(REVIEW + "discrepancy")
      .name("kind", Discrepancy::kind)
      .text("recorded", Discrepancy::recorded)
      .text("decided", Discrepancy::decided)
      .text("message", Discrepancy::message);

  /** The General Assembly debate a veto calls for. */
  public static final Shape<GaDebate> GA_DEBATE = new Shape<GaDebate>(REVIEW + "gaDebate")
      .date("vetoDate", GaDebate::vetoDate)
      .states("vetoingMembers", GaDebate::vetoingMembers)
      .ternary("meetingRequired", GaDebate::meetingRequired)
      .date("deadline", GaDebate::deadline)
      .object("explanation", GaDebate::explanation, EXPLANATION);

  /**
   * Every question of interpretation, in question order, by its JSON name and answer; and, in
   * Q14's place, the field {@code vetoAttribution} that format v1 keeps: Q14 was read by no rule
   * and has been removed, and the counts by seat it named are what the library gives (with the
   * counts by state beside them).
   */
  public static final Shape<Interpretation> INTERPRETATION = interpretation();

  private static Shape<Interpretation> interpretation() {
    Shape<Interpretation> s = new Shape<>(SCHEMA + "review.schema.json#/properties/interpretation");
    boolean q14 = false;
    for (InterpretationQuestion q : InterpretationQuestion.values()) {
      if (!q14 && q.number() > 14) {
        s.answer("vetoAttribution", i -> "BY_SEAT");
        q14 = true;
      }
      s.answer(q.jsonName(), q::json);
    }
    return s;
  }
}
