package org.r2p.json.internal;

import java.util.Collection;
import java.util.Map;
import org.r2p.core.Adherence;
import org.r2p.core.AtrocityAim;
import org.r2p.core.Citation;
import org.r2p.core.Council;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Proposal;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes core values as JSON trees, with the published field names and enum spellings. */
public final class Codec {
  /** The format marker of a vote record document. */
  public static final String VOTE_RECORD_FORMAT = "r2p.vote-record.v1";

  /** The format marker of a collection of vote records. */
  public static final String VOTE_RECORDS_FORMAT = "r2p.vote-records.v1";

  /** The format marker of an adherence document. */
  public static final String ADHERENCE_FORMAT = "r2p.adherence.v1";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Codec() {}

  private static ArrayNode codes(Collection<MemberState> states) {
    ArrayNode a = F.arrayNode();
    for (MemberState s : states) {
      a.add(s.code());
    }
    return a;
  }

  /** @return the record as JSON, with its format marker */
  public static ObjectNode voteRecord(VoteRecord r) {
    ObjectNode o = F.objectNode();
    o.put("format", VOTE_RECORD_FORMAT);
    r.id().ifPresent(id -> o.put("id", id));
    o.set("proposal", proposal(r.proposal()));
    o.put("date", r.date().toString());
    r.meeting().ifPresent(m -> o.put("meeting", m.toString()));
    if (!r.documents().isEmpty()) {
      ArrayNode d = o.putArray("documents");
      for (DocumentSymbol s : r.documents()) {
        d.add(s.toString());
      }
    }
    ArrayNode votes = o.putArray("votes");
    for (Vote v : r.votes()) {
      votes.add(vote(v));
    }
    r.reportedTally().ifPresent(t -> o.set("reportedTally", tally(t)));
    r.recordedOutcome().ifPresent(x -> o.put("recordedOutcome", x.name()));
    if (!r.recordedVetoes().isEmpty()) {
      o.set("recordedVetoes", codes(r.recordedVetoes()));
    }
    o.put("source", r.source());
    if (!r.flags().isEmpty()) {
      ArrayNode f = o.putArray("flags");
      r.flags().forEach(f::add);
    }
    r.gaEmergencySpecialSession().ifPresent(x -> o.put("gaEmergencySpecialSession", x));
    return o;
  }

  /** @return the vote as JSON */
  public static ObjectNode vote(Vote v) {
    ObjectNode o = F.objectNode();
    o.put("member", v.member().code());
    o.put("position", v.position().name());
    return o;
  }

  /** @return the proposal as JSON */
  public static ObjectNode proposal(Proposal p) {
    ObjectNode o = F.objectNode();
    o.put("kind", p.kind().name());
    p.symbol().ifPresent(s -> o.put("symbol", s.toString()));
    o.put("date", p.date().toString());
    if (!p.sponsors().isEmpty()) {
      o.set("sponsors", codes(p.sponsors()));
    }
    o.put("subject", p.subject());
    p.situation().ifPresent(s -> o.put("situation", s));
    o.put("classification", p.classification().name());
    p.atrocityAim().ifPresent(a -> o.set("atrocityAim", atrocityAim(a)));
    p.credible().ifPresent(c -> o.put("credible", c.name()));
    o.put("charterBasis", p.charterBasis().name());
    if (!p.partiesToDispute().isEmpty()) {
      o.set("partiesToDispute", codes(p.partiesToDispute()));
    }
    p.relatesTo().ifPresent(s -> o.put("relatesTo", s.toString()));
    return o;
  }

  /** @return the aim as JSON */
  public static ObjectNode atrocityAim(AtrocityAim a) {
    ObjectNode o = F.objectNode();
    o.put("assessment", a.assessment().name());
    ArrayNode c = o.putArray("crimes");
    a.crimes().forEach(x -> c.add(x.name()));
    o.put("purpose", a.purpose().name());
    a.largeScale().ifPresent(b -> o.put("largeScale", b));
    o.put("assertedBy", a.assertedBy());
    a.timing().ifPresent(x -> o.put("timing", x.name()));
    a.source().ifPresent(s -> o.put("source", s));
    a.note().ifPresent(s -> o.put("note", s));
    return o;
  }

  /** @return the tally as JSON */
  public static ObjectNode tally(Tally t) {
    ObjectNode o = F.objectNode();
    o.put("yes", t.yes());
    o.put("no", t.no());
    o.put("abstain", t.abstain());
    o.put("absent", t.absent());
    o.put("notParticipating", t.notParticipating());
    return o;
  }

  /** @return the adherence as JSON, with its format marker */
  public static ObjectNode adherence(Adherence a) {
    ObjectNode o = F.objectNode();
    o.put("format", ADHERENCE_FORMAT);
    o.put("state", a.state().code());
    o.put("instrument", a.instrument().name());
    o.put("from", a.from().toString());
    a.to().ifPresent(t -> o.put("to", t.toString()));
    o.put("precision", a.precision().name());
    o.put("source", a.source());
    a.note().ifPresent(n -> o.put("note", n));
    return o;
  }

  /** @return the term as JSON */
  public static ObjectNode electedTerm(ElectedTerm t) {
    ObjectNode o = F.objectNode();
    o.put("state", t.state().code());
    o.put("from", t.from().toString());
    o.put("to", t.to().toString());
    t.source().ifPresent(s -> o.put("source", s));
    t.note().ifPresent(s -> o.put("note", s));
    return o;
  }

  /** @return the citation as JSON */
  public static ObjectNode citation(Citation c) {
    ObjectNode o = F.objectNode();
    o.put("instrument", c.instrument().name());
    o.put("provision", c.provision());
    o.put("url", c.url());
    return o;
  }

  /** @return the Council as JSON */
  public static ObjectNode council(Council c) {
    ObjectNode o = F.objectNode();
    o.put("date", c.date().toString());
    o.put("nominalSize", c.nominalSize());
    ObjectNode p = o.putObject("permanentMembers");
    for (Map.Entry<PermanentSeat, MemberState> e : c.permanentMembers().entrySet()) {
      p.put(e.getKey().name(), e.getValue().code());
    }
    o.set("electedMembers", codes(c.electedMembers()));
    return o;
  }
}
