package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Finding;
import org.r2p.rules.Review;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields a user needs to ask about votes not cast and to name who judged a draft credible:
 * {@code hypothetical} on a vote and on a record, {@code credibleAssertedBy} on a proposal; and
 * records dated after today when they are hypothetical.
 */
final class HypotheticalJsonTest {
  static final VoteRecordValidator VALIDATOR = VoteRecordValidator.builder()
      .councilHistory(R2pDatasets.bundled().councilHistory()).clock(Fixtures.CLOCK).build();

  static VoteRecord read(JsonNode doc) {
    ValidationResult r = VALIDATOR.validate(doc.toString());
    assertThat(r.problems()).isEmpty();
    return r.records().get(0);
  }

  @Test
  void anOlderDocument_readsAsBefore_andIsWrittenWithoutTheNewFields() {
    VoteRecord r = read(record());
    assertThat(r.hypothetical()).isFalse();
    assertThat(r.votes()).noneMatch(v -> v.hypothetical());
    assertThat(r.proposal().credibleAssertedBy()).isEmpty();
    String written = R2pJson.mapper().writeValueAsString(r);
    assertThat(written).doesNotContain("hypothetical").doesNotContain("credibleAssertedBy");
    assertThat(R2pJson.mapper().readValue(written, VoteRecord.class)).isEqualTo(r);
  }

  @Test
  void aVoteMarkedHypothetical_andCredibleAssertedBy_areRead_writtenBack_andReachTheFindings() {
    ObjectNode doc = set(record(), "/votes/0/hypothetical", json("true"));
    set(doc, "/proposal/credible", json("\"YES\""));
    set(doc, "/proposal/credibleAssertedBy", json("\"CHN\""));
    VoteRecord r = read(doc);
    assertThat(r.hypothetical()).isFalse();
    assertThat(r.votes().get(0).member()).isEqualTo(MemberStates.byCode("CHN").orElseThrow());
    assertThat(r.votes().get(0).hypothetical()).isTrue();
    assertThat(r.votes().subList(1, r.votes().size())).noneMatch(v -> v.hypothetical());
    assertThat(r.proposal().credibleAssertedBy()).hasValue("CHN");

    JsonNode written = R2pJson.mapper().valueToTree(r);
    assertThat(written.at("/votes/0/hypothetical").asBoolean()).isTrue();
    assertThat(written.at("/votes/1").has("hypothetical")).isFalse();
    assertThat(written.at("/proposal/credibleAssertedBy").asString()).isEqualTo("CHN");
    assertThat(R2pJson.mapper().treeToValue(written, VoteRecord.class)).isEqualTo(r);

    Review review = R2pDatasets.bundled().rules().review(r, true);
    List<Finding> china = review.findings().stream()
        .filter(f -> f.state().map(s -> s.code().equals("CHN")).orElse(false)).toList();
    List<Finding> russia = review.findings().stream()
        .filter(f -> f.state().map(s -> s.code().equals("RUS")).orElse(false)).toList();
    assertThat(china).isNotEmpty().allMatch(Finding::hypothetical);
    assertThat(russia).isNotEmpty().noneMatch(Finding::hypothetical);
  }

  @Test
  void aRecordMarkedHypothetical_makesEveryVoteHypothetical() {
    VoteRecord r = read(set(record(), "/hypothetical", json("true")));
    assertThat(r.hypothetical()).isTrue();
    assertThat(R2pJson.mapper().valueToTree(r).at("/hypothetical").asBoolean()).isTrue();
    assertThat(R2pDatasets.bundled().rules().review(r, true).findings()).isNotEmpty()
        .allMatch(Finding::hypothetical);
  }

  /** The record with the 2026 Council's members voting, dated {@code date}. */
  static ObjectNode in2026(String date) {
    ObjectNode doc = set(record(), "/date", json("\"" + date + "\""));
    set(doc, "/proposal/date", json("\"" + date + "\""));
    set(doc, "/reportedTally", null);
    StringBuilder votes = new StringBuilder("[");
    String[] members = "CHN FRA RUS GBR USA BHR COL COD DNK GRC LVA LBR PAK PAN SOM".split(" ");
    for (int i = 0; i < members.length; i++) {
      votes.append(i > 0 ? "," : "").append("{\"member\":\"").append(members[i]).append("\",\"position\":\"")
          .append(members[i].equals("RUS") ? "NO" : "YES").append("\"}");
    }
    set(doc, "/votes", json(votes + "]"));
    set(doc, "/recordedVetoCasts", json("[\"RUS\"]"));
    return doc;
  }

  @Test
  void aHypotheticalRecordDatedAfterToday_isDecidedOnTheCouncilOfItsDate() {
    // the clock says 2026-11-23; the bundled membership knows 2026's elected members
    ObjectNode doc = in2026("2026-12-15");
    assertThat(VALIDATOR.validate(doc.toString()).errors()).extracting(Problem::code).containsOnly("date.in-future");
    VoteRecord r = read(set(doc, "/hypothetical", json("true")));
    assertThat(r.date()).hasToString("2026-12-15");
    assertThat(R2pDatasets.bundled().rules().review(r, false).decision().vetoCasts())
        .containsExactly(MemberStates.byCode("RUS").orElseThrow());
  }

  @Test
  void aHypotheticalRecordOnADayTheMembershipDoesNotKnow_isRefused_sayingWhichSeatsAreUnknown() {
    ObjectNode doc = set(in2026("2027-03-01"), "/hypothetical", json("true"));
    ValidationResult r = VALIDATOR.validate(doc.toString());
    assertThat(r.records()).isEmpty();
    assertThat(r.errors()).singleElement().satisfies(p -> {
      // one document on one line: its fields are pointed at without a record index (RFC 6901)
      assertThat(p.pointer()).isEqualTo("/date");
      assertThat(p.code()).isEqualTo("council.unknown");
      assertThat(p.message()).isEqualTo("a hypothetical record is decided on the Council of its date, but 10 of the 10"
          + " elected seats have no known holder on 2027-03-01; the membership known ends on 2026-12-31: date the"
          + " record on or before that day");
    });
  }

  @Test
  void aProblemInAPrettyPrintedDocument_isAtTheLineOfItsValue() {
    String doc = set(record(), "/proposal/atrocityAim/assessment", json("\"MAYBE\"")).toPrettyString();
    List<String> lines = doc.lines().toList();
    int at = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("\"MAYBE\"")).findFirst().orElseThrow());
    assertThat(at).isGreaterThan(5);
    assertThat(VALIDATOR.validate(doc).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/proposal/atrocityAim/assessment");
      assertThat(p.line()).hasValue(at);
    });
    // a check of the whole record (a vote dated after today) is at the line of the field it names
    String future = set(record(), "/date", json("\"2099-01-01\"")).toPrettyString();
    List<String> fl = future.lines().toList();
    int date = 1 + fl.indexOf(fl.stream().filter(l -> l.contains("\"2099-01-01\"")).findFirst().orElseThrow());
    assertThat(VALIDATOR.validate(future).errors()).first().satisfies(p -> assertThat(p.line()).hasValue(date));
  }
}
