package org.r2p.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.SymbolParseException;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Reads core values from JSON trees through the generated builders, so that the model's
 * invariants apply to JSON input. Every problem is recorded with its JSON Pointer and a
 * stable code; one bad field never hides another. A method returns null when the value could
 * not be built; {@link #problems()} then says why.
 *
 * <p>Not thread-safe: one decoder per document.
 */
public final class Decoder {
  static final LocalDate CHARTER = LocalDate.of(1945, 10, 24);

  private static final Fields STATE_FIELDS = Fields.of("code", "name");
  private static final Fields VOTE_FIELDS = Fields.of("member", "position");
  private static final Fields AIM_FIELDS = Fields.of("assessment", "crimes", "purpose", "largeScale", "assertedBy", "timing", "source", "note");
  private static final Fields TALLY_FIELDS = Fields.of("yes", "no", "abstain", "absent", "notParticipating");
  private static final Fields ADHERENCE_FIELDS = Fields.of("format", "state", "instrument", "from", "to", "precision", "source", "note");
  private static final Fields TERM_FIELDS = Fields.of("state", "from", "to", "source", "note");
  private static final Fields CITATION_FIELDS = Fields.of("instrument", "provision", "url");
  private static final Fields COUNCIL_FIELDS = Fields.of("date", "nominalSize", "permanentMembers", "electedMembers");

  private static final Fields RECORD_FIELDS = Fields.of("format", "id", "proposal", "date", "meeting", "documents", "votes", "reportedTally", "recordedOutcome", "recordedVetoes", "source", "flags", "gaEmergencySpecialSession");
  private static final Fields PROPOSAL_FIELDS = Fields.of("kind", "symbol", "date", "sponsors", "subject", "situation", "classification", "atrocityAim", "credible", "charterBasis", "partiesToDispute", "relatesTo");
  private final List<Problem> problems = new ArrayList<>();

  /** @return the problems found so far */
  public List<Problem> problems() {
    return problems;
  }

  /** Records an error. */
  public void error(String pointer, String code, String message) {
    problems.add(Problem.error(pointer, code, message));
  }

  /** Records a warning. */
  public void warning(String pointer, String code, String message) {
    problems.add(Problem.warning(pointer, code, message));
  }

  private int errors() {
    int n = 0;
    for (Problem p : problems) {
      if (p.severity() == Problem.Severity.ERROR) {
        n++;
      }
    }
    return n;
  }

  /** Escapes a property name for a JSON Pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    int max = Math.min(s.length(), 80);
    b.append(s, 0, max);
    if (s.length() > max) {
      b.append("...");
    }
    return b.append('"').toString();
  }

  static String show(JsonNode n) {
    String t = n.isString() ? quote(n.stringValue()) : n.toString();
    return t.length() > 90 ? t.substring(0, 87) + "..." : t;
  }

  private static String type(JsonNode n) {
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  // --- structure helpers -----------------------------------------------------------------

  private @Nullable JsonNode object(JsonNode n, String ptr, String what) {
    if (!n.isObject()) {
      error(ptr, "type.object", what + " must be a JSON object, found " + type(n) + ": " + show(n));
      return null;
    }
    return n;
  }

  /** The fields an object may have: a set to check against, a list to name them in order. */
  private record Fields(java.util.Set<String> set, List<String> names) {
    static Fields of(String... names) {
      return new Fields(java.util.Set.of(names), List.of(names));
    }

    boolean containsAll(java.util.Collection<String> present) {
      for (String name : present) {
        if (!set.contains(name)) {
          return false;
        }
      }
      return true;
    }
  }

  private void onlyFields(JsonNode o, String ptr, String what, Fields allowed) {
    if (o.size() > allowed.names().size() || !allowed.containsAll(o.propertyNames())) {
      for (String name : o.propertyNames()) {
        if (!allowed.set().contains(name)) {
          error(ptr + "/" + escape(name), "field.unknown",
              what + " has no field " + quote(name) + "; allowed: " + String.join(", ", allowed.names()));
        }
      }
    }
  }

  private @Nullable JsonNode field(JsonNode o, String name, String ptr, String what, boolean required) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        error(ptr + "/" + name, "field.required", what + " must have " + quote(name));
      }
      return null;
    }
    return v;
  }

  private @Nullable String string(JsonNode o, String name, String ptr, String what, boolean required) {
    JsonNode v = field(o, name, ptr, what, required);
    if (v == null) {
      return null;
    }
    if (!v.isString()) {
      error(ptr + "/" + name, "type.string", what + " field " + quote(name) + " must be a string, found "
          + type(v) + ": " + show(v));
      return null;
    }
    String s = v.stringValue();
    if (s.isBlank()) {
      error(ptr + "/" + name, "value.blank", what + " field " + quote(name) + " must not be blank: " + quote(s));
      return null;
    }
    return s;
  }

  private @Nullable Integer integer(JsonNode o, String name, String ptr, String what, boolean required) {
    JsonNode v = field(o, name, ptr, what, required);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      error(ptr + "/" + name, "type.integer", what + " field " + quote(name)
          + " must be an integer, found " + type(v) + ": " + show(v));
      return null;
    }
    return v.intValue();
  }

  private @Nullable Boolean bool(JsonNode o, String name, String ptr, String what) {
    JsonNode v = field(o, name, ptr, what, false);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      error(ptr + "/" + name, "type.boolean", what + " field " + quote(name) + " must be true or false, found "
          + type(v) + ": " + show(v));
      return null;
    }
    return v.booleanValue();
  }

  private @Nullable List<JsonNode> array(JsonNode o, String name, String ptr, String what, boolean required) {
    JsonNode v = field(o, name, ptr, what, required);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      error(ptr + "/" + name, "type.array", what + " field " + quote(name) + " must be an array, found "
          + type(v) + ": " + show(v));
      return null;
    }
    List<JsonNode> out = new ArrayList<>();
    for (int k = 0; k < v.size(); k++) {
      out.add(v.get(k));
    }
    return out;
  }

  private <E extends Enum<E>> @Nullable E enumValue(JsonNode o, String name, String ptr, String what,
      Class<E> type, boolean required) {
    JsonNode v = field(o, name, ptr, what, required);
    if (v == null) {
      return null;
    }
    E e = v.isString() ? constant(type, v.stringValue()) : null;
    // the pointer and the wording are made only for a problem
    return e != null ? e : enumValue(v, ptr + "/" + name, what + " " + name, type);
  }

  /** Each enum's constants by name, looked up without an exception for a bad name. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> m = new HashMap<>();
      for (Object c : type.getEnumConstants()) {
        m.put(((Enum<?>) c).name(), (Enum<?>) c);
      }
      return Map.copyOf(m);
    }
  };

  static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
    return type.cast(CONSTANTS.get(type).get(name));
  }

  private <E extends Enum<E>> @Nullable E enumValue(JsonNode v, String ptr, String what, Class<E> type) {
    if (!v.isString()) {
      error(ptr, "type.string", what + " must be a string, found " + type(v) + ": " + show(v));
      return null;
    }
    E e = constant(type, v.stringValue());
    if (e == null) {
      error(ptr, "enum.invalid", what + " must be one of " + Arrays.toString(type.getEnumConstants())
          + ": " + quote(v.stringValue()));
    }
    return e;
  }

  private @Nullable LocalDate date(JsonNode o, String name, String ptr, String what, boolean required) {
    String s = string(o, name, ptr, what, required);
    if (s == null) {
      return null;
    }
    LocalDate d;
    try {
      if (!isIsoDate(s)) {
        throw new DateTimeParseException("not yyyy-mm-dd", s, 0);
      }
      // the shape is checked: the digits are read directly, and LocalDate.of rejects 2017-02-30
      d = LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (java.time.DateTimeException e) {
      error(ptr + "/" + name, "date.invalid", what + " field " + quote(name)
          + " must be an ISO date yyyy-mm-dd: " + quote(s));
      return null;
    }
    if (d.isBefore(CHARTER)) {
      error(ptr + "/" + name, "date.before-charter", what + " field " + quote(name)
          + " must not be before the Charter entered into force (1945-10-24): " + d);
      return null;
    }
    return d;
  }

  static boolean isCode(String s) {
    return s.length() == 3 && upper(s.charAt(0)) && upper(s.charAt(1)) && upper(s.charAt(2));
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  static boolean isIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Reads a state: a code string, or an object {"code", "name"}. */
  public @Nullable MemberState state(JsonNode v, String ptr) {
    String code;
    String name = null;
    if (v.isObject()) {
      onlyFields(v, ptr, "member state", STATE_FIELDS);
      code = string(v, "code", ptr, "member state", true);
      name = string(v, "name", ptr, "member state", false);
      if (code == null) {
        return null;
      }
    } else if (v.isString()) {
      code = v.stringValue();
    } else {
      error(ptr, "type.string", "member state must be a code string, found " + type(v) + ": " + show(v));
      return null;
    }
    if (!isCode(code)) {
      error(ptr, "state.invalid-code", "member state code must be three upper-case letters A-Z: " + quote(code));
      return null;
    }
    java.util.Optional<MemberState> found = MemberStates.byCode(code);
    if (found.isEmpty()) {
      error(ptr, "state.unknown", "unknown state code: must be an ISO 3166 alpha-3 code or a historical"
          + " code such as SUN: " + quote(code));
      return null;
    }
    MemberState known = found.get();
    return name == null ? known : MemberState.of(code, name);
  }

  private @Nullable MemberState state(JsonNode o, String name, String ptr, String what, boolean required) {
    JsonNode v = field(o, name, ptr, what, required);
    if (v == null) {
      return null;
    }
    MemberState known = v.isString() ? known(v.stringValue()) : null;
    return known != null ? known : state(v, ptr + "/" + name);
  }

  /** The state a well-formed, known code names; null for anything {@link #state} would report. */
  static @Nullable MemberState known(String code) {
    return isCode(code) ? MemberStates.byCode(code).orElse(null) : null;
  }

  private @Nullable List<MemberState> states(JsonNode o, String name, String ptr, String what) {
    List<JsonNode> a = array(o, name, ptr, what, false);
    if (a == null) {
      return List.of();
    }
    List<MemberState> out = new ArrayList<>();
    for (int k = 0; k < a.size(); k++) {
      MemberState s = state(a.get(k), ptr + "/" + name + "/" + k);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Reads a document symbol string. */
  public @Nullable DocumentSymbol symbol(JsonNode v, String ptr, String what) {
    if (!v.isString()) {
      error(ptr, "type.string", what + " must be a string, found " + type(v) + ": " + show(v));
      return null;
    }
    try {
      return DocumentSymbol.parse(v.stringValue());
    } catch (SymbolParseException e) {
      error(ptr, "symbol.invalid", what + ": " + e.getMessage());
      return null;
    }
  }

  private @Nullable DocumentSymbol symbol(JsonNode o, String name, String ptr, String what, boolean required) {
    JsonNode v = field(o, name, ptr, what, required);
    return v == null ? null : symbol(v, ptr + "/" + name, what + " " + name);
  }

  private <T> @Nullable T build(String ptr, String code, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      error(ptr, code, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private void format(JsonNode o, String ptr, String expected, boolean required) {
    JsonNode v = o.get("format");
    if (v == null) {
      if (required) {
        error(ptr + "/format", "format.missing", "document must declare \"format\": \"" + expected + "\"");
      }
      return;
    }
    if (!v.isString() || !v.stringValue().equals(expected)) {
      error(ptr + "/format", "format.unsupported", "format must be \"" + expected + "\": " + show(v));
    }
  }

  // --- values ----------------------------------------------------------------------------

  /**
   * Reads a vote record.
   *
   * @param n the node
   * @param ptr its pointer
   * @param requireFormat whether the "format" marker must be present (top-level documents)
   * @return the record, or null
   */
  public @Nullable VoteRecord voteRecord(JsonNode n, String ptr, boolean requireFormat) {
    String what = "vote record";
    if (object(n, ptr, what) == null) {
      return null;
    }
    int before = errors();
    onlyFields(n, ptr, what, RECORD_FIELDS);
    format(n, ptr, Codec.VOTE_RECORD_FORMAT, requireFormat);
    VoteRecord.Builder b = VoteRecord.builder();
    String id = string(n, "id", ptr, what, false);
    if (id != null) {
      b.id(id);
    }
    JsonNode pn = field(n, "proposal", ptr, what, true);
    Proposal p = pn == null ? null : proposal(pn, ptr + "/proposal");
    LocalDate date = date(n, "date", ptr, what, true);
    DocumentSymbol meeting = symbol(n, "meeting", ptr, what, false);
    if (meeting != null) {
      b.meeting(meeting);
    }
    List<JsonNode> docs = array(n, "documents", ptr, what, false);
    if (docs != null) {
      for (int k = 0; k < docs.size(); k++) {
        DocumentSymbol s = symbol(docs.get(k), ptr + "/documents/" + k, "document");
        if (s != null) {
          b.addDocuments(s);
        }
      }
    }
    List<JsonNode> votes = array(n, "votes", ptr, what, true);
    if (votes != null) {
      if (votes.size() > Tally.MAX_VOTES) {
        error(ptr + "/votes", "votes.too-many", "number of votes must be between 0 and 15: " + votes.size());
      }
      // at most a few dozen votes: a scan finds a member's first vote without hashing
      MemberState[] seen = new MemberState[votes.size()];
      int[] seenAt = new int[votes.size()];
      int accepted = 0;
      for (int k = 0; k < votes.size(); k++) {
        Vote v = vote(votes.get(k), ptr, k);
        if (v == null) {
          continue;
        }
        int first = -1;
        for (int j = 0; j < accepted && first < 0; j++) {
          if (seen[j].equals(v.member())) {
            first = seenAt[j];
          }
        }
        if (first >= 0) {
          error(ptr + "/votes/" + k + "/member", "vote.duplicate-member", "each member may vote once: "
              + v.member() + " votes twice (first at " + ptr + "/votes/" + first + ")");
          continue;
        }
        seen[accepted] = v.member();
        seenAt[accepted++] = k;
        b.addVotes(v);
      }
    }
    JsonNode tn = field(n, "reportedTally", ptr, what, false);
    if (tn != null) {
      Tally t = tally(tn, ptr + "/reportedTally");
      if (t != null) {
        b.reportedTally(t);
      }
    }
    Outcome o = enumValue(n, "recordedOutcome", ptr, what, Outcome.class, false);
    if (o != null) {
      b.recordedOutcome(o);
    }
    b.addAllRecordedVetoes(states(n, "recordedVetoes", ptr, what));
    String source = string(n, "source", ptr, what, false);
    if (source != null) {
      b.source(source);
    }
    List<JsonNode> flags = array(n, "flags", ptr, what, false);
    if (flags != null) {
      for (int k = 0; k < flags.size(); k++) {
        JsonNode f = flags.get(k);
        if (!f.isString()) {
          error(ptr + "/flags/" + k, "type.string", "flag must be a string, found " + type(f) + ": " + show(f));
        } else {
          b.addFlags(f.stringValue());
        }
      }
    }
    Boolean ess = bool(n, "gaEmergencySpecialSession", ptr, what);
    if (ess != null) {
      b.gaEmergencySpecialSession(ess);
    }
    if (errors() > before || p == null || date == null) {
      return null;
    }
    b.proposal(p).date(date);
    return build(ptr, "value.invalid", b::build);
  }

  /**
   * Reads vote {@code k} of a record. The common case, an object with a known member code and a
   * valid position and nothing else, is read without making its pointer; anything else is read
   * by {@link #vote(JsonNode, String)}, which reports each problem.
   */
  private @Nullable Vote vote(JsonNode n, String recordPtr, int k) {
    if (n.isObject() && n.size() == 2) {
      JsonNode m = n.get("member");
      JsonNode p = n.get("position");
      if (m != null && p != null && m.isString() && p.isString()) {
        MemberState member = known(m.stringValue());
        VotePosition position = constant(VotePosition.class, p.stringValue());
        if (member != null && position != null) {
          return Vote.of(member, position);
        }
      }
    }
    return vote(n, recordPtr + "/votes/" + k);
  }

  /** Reads a vote. */
  public @Nullable Vote vote(JsonNode n, String ptr) {
    if (object(n, ptr, "vote") == null) {
      return null;
    }
    onlyFields(n, ptr, "vote", VOTE_FIELDS);
    MemberState m = state(n, "member", ptr, "vote", true);
    VotePosition p = enumValue(n, "position", ptr, "vote", VotePosition.class, true);
    return m == null || p == null ? null : Vote.of(m, p);
  }

  /** Reads a proposal. */
  public @Nullable Proposal proposal(JsonNode n, String ptr) {
    String what = "proposal";
    if (object(n, ptr, what) == null) {
      return null;
    }
    int before = errors();
    onlyFields(n, ptr, what, PROPOSAL_FIELDS);
    Proposal.Builder b = Proposal.builder();
    ProposalKind kind = enumValue(n, "kind", ptr, what, ProposalKind.class, false);
    if (kind != null) {
      b.kind(kind);
    }
    DocumentSymbol symbol = symbol(n, "symbol", ptr, what, false);
    if (symbol != null) {
      b.symbol(symbol);
    }
    LocalDate date = date(n, "date", ptr, what, true);
    b.addAllSponsors(states(n, "sponsors", ptr, what));
    String subject = string(n, "subject", ptr, what, true);
    String situation = string(n, "situation", ptr, what, false);
    if (situation != null) {
      b.situation(situation);
    }
    Classification c = enumValue(n, "classification", ptr, what, Classification.class, false);
    if (c != null) {
      b.classification(c);
    }
    JsonNode an = field(n, "atrocityAim", ptr, what, false);
    if (an != null) {
      AtrocityAim a = atrocityAim(an, ptr + "/atrocityAim");
      if (a != null) {
        b.atrocityAim(a);
      }
    }
    Assessment credible = enumValue(n, "credible", ptr, what, Assessment.class, false);
    if (credible != null) {
      b.credible(credible);
    }
    CharterBasis basis = enumValue(n, "charterBasis", ptr, what, CharterBasis.class, false);
    if (basis != null) {
      b.charterBasis(basis);
    }
    b.addAllPartiesToDispute(new LinkedHashSet<>(states(n, "partiesToDispute", ptr, what)));
    DocumentSymbol rel = symbol(n, "relatesTo", ptr, what, false);
    if (rel != null) {
      b.relatesTo(rel);
    }
    if (errors() > before || date == null || subject == null) {
      return null;
    }
    b.date(date).subject(subject);
    return build(ptr, "value.invalid", b::build);
  }

  /** Reads an atrocity aim. */
  public @Nullable AtrocityAim atrocityAim(JsonNode n, String ptr) {
    String what = "atrocity aim";
    if (object(n, ptr, what) == null) {
      return null;
    }
    int before = errors();
    onlyFields(n, ptr, what, AIM_FIELDS);
    AtrocityAim.Builder b = AtrocityAim.builder();
    Assessment a = enumValue(n, "assessment", ptr, what, Assessment.class, true);
    List<JsonNode> crimes = array(n, "crimes", ptr, what, false);
    if (crimes != null) {
      for (int k = 0; k < crimes.size(); k++) {
        AtrocityCrime c = enumValue(crimes.get(k), ptr + "/crimes/" + k, "crime", AtrocityCrime.class);
        if (c != null) {
          b.addCrimes(c);
        }
      }
    }
    Purpose purpose = enumValue(n, "purpose", ptr, what, Purpose.class, false);
    if (purpose != null) {
      b.purpose(purpose);
    }
    Boolean large = bool(n, "largeScale", ptr, what);
    if (large != null) {
      b.largeScale(large);
    }
    String by = string(n, "assertedBy", ptr, what, true);
    CharacterisationTiming timing = enumValue(n, "timing", ptr, what, CharacterisationTiming.class, false);
    if (timing != null) {
      b.timing(timing);
    }
    String source = string(n, "source", ptr, what, false);
    if (source != null) {
      b.source(source);
    }
    String note = string(n, "note", ptr, what, false);
    if (note != null) {
      b.note(note);
    }
    if (errors() > before || a == null || by == null) {
      return null;
    }
    b.assessment(a).assertedBy(by);
    return build(ptr, "value.invalid", b::build);
  }

  /** Reads a tally. */
  public @Nullable Tally tally(JsonNode n, String ptr) {
    String what = "tally";
    if (object(n, ptr, what) == null) {
      return null;
    }
    int before = errors();
    onlyFields(n, ptr, what, TALLY_FIELDS);
    Integer yes = integer(n, "yes", ptr, what, true);
    Integer no = integer(n, "no", ptr, what, true);
    Integer abstain = integer(n, "abstain", ptr, what, true);
    Integer absent = integer(n, "absent", ptr, what, false);
    Integer np = integer(n, "notParticipating", ptr, what, false);
    if (errors() > before || yes == null || no == null || abstain == null) {
      return null;
    }
    return build(ptr, "tally.invalid", () -> Tally.builder().yes(yes).no(no).abstain(abstain)
        .absent(absent == null ? 0 : absent).notParticipating(np == null ? 0 : np).build());
  }

  /** Reads an adherence. */
  public @Nullable Adherence adherence(JsonNode n, String ptr, boolean requireFormat) {
    String what = "adherence";
    if (object(n, ptr, what) == null) {
      return null;
    }
    int before = errors();
    onlyFields(n, ptr, what, ADHERENCE_FIELDS);
    format(n, ptr, Codec.ADHERENCE_FORMAT, requireFormat);
    MemberState s = state(n, "state", ptr, what, true);
    Instrument i = enumValue(n, "instrument", ptr, what, Instrument.class, true);
    LocalDate from = date(n, "from", ptr, what, true);
    LocalDate to = date(n, "to", ptr, what, false);
    DatePrecision precision = enumValue(n, "precision", ptr, what, DatePrecision.class, false);
    String source = string(n, "source", ptr, what, true);
    String note = string(n, "note", ptr, what, false);
    if (errors() > before || s == null || i == null || from == null || source == null) {
      return null;
    }
    Adherence.Builder b = Adherence.builder().state(s).instrument(i).from(from).source(source);
    if (to != null) {
      b.to(to);
    }
    if (precision != null) {
      b.precision(precision);
    }
    if (note != null) {
      b.note(note);
    }
    return build(ptr, "value.invalid", b::build);
  }

  /** Reads an elected term. */
  public @Nullable ElectedTerm electedTerm(JsonNode n, String ptr) {
    String what = "elected term";
    if (object(n, ptr, what) == null) {
      return null;
    }
    int before = errors();
    onlyFields(n, ptr, what, TERM_FIELDS);
    MemberState s = state(n, "state", ptr, what, true);
    LocalDate from = date(n, "from", ptr, what, true);
    LocalDate to = date(n, "to", ptr, what, true);
    String source = string(n, "source", ptr, what, false);
    String note = string(n, "note", ptr, what, false);
    if (errors() > before || s == null || from == null || to == null) {
      return null;
    }
    return build(ptr, "value.invalid", () -> ElectedTerm.builder().state(s).from(from).to(to)
        .source(java.util.Optional.ofNullable(source)).note(java.util.Optional.ofNullable(note)).build());
  }

  /** Reads a citation. */
  public @Nullable Citation citation(JsonNode n, String ptr) {
    String what = "citation";
    if (object(n, ptr, what) == null) {
      return null;
    }
    int before = errors();
    onlyFields(n, ptr, what, CITATION_FIELDS);
    Instrument i = enumValue(n, "instrument", ptr, what, Instrument.class, true);
    String provision = string(n, "provision", ptr, what, true);
    String url = string(n, "url", ptr, what, false);
    if (errors() > before || i == null || provision == null) {
      return null;
    }
    return build(ptr, "value.invalid", () -> {
      Citation.Builder b = Citation.builder().instrument(i).provision(provision);
      if (url != null) {
        b.url(url);
      }
      return b.build();
    });
  }

  /** Reads a Council composition. */
  public @Nullable Council council(JsonNode n, String ptr) {
    String what = "council";
    if (object(n, ptr, what) == null) {
      return null;
    }
    int before = errors();
    onlyFields(n, ptr, what, COUNCIL_FIELDS);
    LocalDate date = date(n, "date", ptr, what, true);
    Integer size = integer(n, "nominalSize", ptr, what, true);
    Council.Builder b = Council.builder();
    JsonNode pm = field(n, "permanentMembers", ptr, what, true);
    if (pm != null && object(pm, ptr + "/permanentMembers", "permanent members") != null) {
      for (String seat : pm.propertyNames()) {
        String sp = ptr + "/permanentMembers/" + escape(seat);
        PermanentSeat ps = null;
        try {
          ps = PermanentSeat.valueOf(seat);
        } catch (IllegalArgumentException e) {
          error(sp, "enum.invalid", "permanent seat must be one of " + Arrays.toString(PermanentSeat.values())
              + ": " + quote(seat));
        }
        MemberState s = state(pm.get(seat), sp);
        if (ps != null && s != null) {
          b.putPermanentMembers(ps, s);
        }
      }
    }
    b.addAllElectedMembers(states(n, "electedMembers", ptr, what));
    if (errors() > before || date == null || size == null) {
      return null;
    }
    return build(ptr, "value.invalid", () -> b.date(date).nominalSize(size).build());
  }
}
