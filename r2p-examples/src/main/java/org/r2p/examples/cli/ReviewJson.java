package org.r2p.examples.cli;

import java.util.List;
import org.r2p.core.MemberState;
import org.r2p.json.R2pJson;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Condition;
import org.r2p.rules.Discrepancy;
import org.r2p.rules.Explanation;
import org.r2p.rules.Finding;
import org.r2p.rules.Interpretation;
import org.r2p.rules.Review;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes reviews as the published {@code review.schema.json} has them (format r2p.review.v1). */
public final class ReviewJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ReviewJson() {}

  /**
   * The document for some reviews.
   *
   * @param reviews the reviews
   * @param interpretation the interpretation used
   * @return the JSON document
   */
  public static ObjectNode document(List<Review> reviews, Interpretation interpretation) {
    ObjectNode o = F.objectNode();
    o.put("format", "r2p.review.v1");
    ObjectNode i = o.putObject("interpretation");
    i.put("abstention", interpretation.abstention().name());
    i.put("credibility", interpretation.credibility().name());
    i.put("contestedAim", interpretation.contestedAim().name());
    i.put("mixedDrafts", interpretation.mixedDrafts().name());
    i.put("restraintCovers", interpretation.restraintCovers().toString());
    i.put("noOnFailedDraftBreaches", String.valueOf(interpretation.noOnFailedDraftBreaches()));
    i.put("vitalInterest", interpretation.vitalInterest().name());
    i.put("crimeList", interpretation.crimeList().map(Enum::name).orElse("PER_INSTRUMENT"));
    i.put("article27_3", interpretation.article27_3().name());
    i.put("absence", interpretation.absence().name());
    i.put("transitionThreshold", interpretation.transitionThreshold().name());
    i.put("commitmentDates", interpretation.commitmentDates().name());
    i.put("amendmentVetoTriggersDebate", String.valueOf(interpretation.amendmentVetoTriggersDebate()));
    i.put("vetoAttribution", interpretation.vetoAttribution().name());
    i.put("positivePledge", interpretation.positivePledge().name());
    ArrayNode rs = o.putArray("reviews");
    for (Review r : reviews) {
      rs.add(review(r));
    }
    return o;
  }

  static ObjectNode review(Review r) {
    ObjectNode o = F.objectNode();
    o.set("record", R2pJson.mapper().valueToTree(r.record()));
    o.set("decision", decision(r.decision()));
    ArrayNode fs = o.putArray("findings");
    for (Finding f : r.findings()) {
      fs.add(finding(f));
    }
    ArrayNode ds = o.putArray("discrepancies");
    for (Discrepancy d : r.discrepancies()) {
      ObjectNode dj = ds.addObject();
      dj.put("kind", d.kind().name());
      dj.put("recorded", d.recorded());
      dj.put("decided", d.decided());
      dj.put("message", d.message());
    }
    r.gaDebate().ifPresent(g -> {
      ObjectNode gj = o.putObject("gaDebate");
      gj.put("vetoDate", g.vetoDate().toString());
      gj.set("vetoingMembers", codes(g.vetoingMembers()));
      switch (g.meetingRequired()) {
        case TRUE:
          gj.put("meetingRequired", true);
          break;
        case FALSE:
          gj.put("meetingRequired", false);
          break;
        default:
          gj.putNull("meetingRequired");
      }
      gj.put("deadline", g.deadline().toString());
      gj.set("explanation", explanation(g.explanation()));
    });
    return o;
  }

  static ObjectNode decision(CharterDecision d) {
    ObjectNode o = F.objectNode();
    o.put("outcome", d.outcome().name());
    o.put("classification", d.classification().name());
    o.put("threshold", d.threshold());
    o.put("affirmative", d.affirmative());
    o.set("vetoCasts", codes(d.vetoCasts()));
    ArrayNode seats = o.putArray("vetoSeats");
    d.vetoSeats().forEach(s -> seats.add(s.name()));
    o.set("permanentNegative", codes(d.permanentNegative()));
    ArrayNode irr = o.putArray("irregularities");
    d.irregularities().forEach(irr::add);
    o.set("explanation", explanation(d.explanation()));
    return o;
  }

  static ObjectNode finding(Finding f) {
    ObjectNode o = F.objectNode();
    o.put("rule", f.rule());
    o.put("instrument", f.instrument().name());
    f.state().ifPresent(s -> o.put("state", s.code()));
    f.position().ifPresent(p -> o.put("position", p.name()));
    o.put("proposal", f.proposal());
    o.put("date", f.date().toString());
    o.put("verdict", f.verdict().name());
    o.set("explanation", explanation(f.explanation()));
    return o;
  }

  static ObjectNode explanation(Explanation e) {
    ObjectNode o = F.objectNode();
    ArrayNode facts = o.putArray("facts");
    e.facts().forEach(facts::add);
    ObjectNode c = o.putObject("citation");
    c.put("instrument", e.citation().instrument().name());
    c.put("provision", e.citation().provision());
    c.put("url", e.citation().url());
    o.put("provision", e.provision());
    ArrayNode cs = o.putArray("conditions");
    for (Condition x : e.conditions()) {
      ObjectNode cj = cs.addObject();
      cj.put("name", x.name());
      cj.put("result", x.result().name());
      cj.put("detail", x.detail());
    }
    o.put("outcome", e.outcome());
    o.put("reason", e.reason());
    o.put("interpretation", e.interpretation());
    o.put("paragraph", e.paragraph());
    return o;
  }

  private static JsonNode codes(List<MemberState> states) {
    ArrayNode a = F.arrayNode();
    states.forEach(s -> a.add(s.code()));
    return a;
  }
}
