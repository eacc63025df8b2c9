package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Review;
import org.r2p.rules.Verdict;
import tools.jackson.databind.JsonNode;

/** The review codec: what it writes follows review.schema.json, in both layouts, and counts what it leaves out. */
final class ReviewWriterTest {
  static final R2pDatasets DATA = R2pDatasets.bundled();
  static final R2pRules RULES = R2pRules.builder().councilHistory(DATA.councilHistory()).registry(DATA.commitments())
      .interpretation(Interpretation.defaults().withAbstention(Interpretation.AbstentionReading.SPIRIT)).build();
  static final Schema SCHEMA = SchemaAgreementTest.schema(R2pSchemas.REVIEW);

  static List<Review> reviews() {
    return DATA.vetoes().stream().filter(r -> !r.votes().isEmpty()).limit(25).map(RULES::review).toList();
  }

  static JsonNode document(boolean all) {
    return document(all, false);
  }

  static JsonNode document(boolean all, boolean explain) {
    List<ReviewWriter.Include> include = new java.util.ArrayList<>();
    if (all) {
      include.add(ReviewWriter.Include.NOT_APPLICABLE);
    }
    if (explain) {
      include.add(ReviewWriter.Include.EXPLANATIONS);
    }
    return document(include.toArray(ReviewWriter.Include[]::new));
  }

  static JsonNode document(ReviewWriter.Include... include) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReviewWriter w = ReviewWriter.document(out, RULES.interpretation(), include)) {
      reviews().forEach(w::write);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.strip()).as("compact: one line").doesNotContain("\n");
    return R2pJson.mapper().readTree(text);
  }

  @Test
  void theDocumentFollowsTheSchema_withTypedValues() {
    for (boolean all : new boolean[] {false, true}) {
      JsonNode doc = document(all, true);
      assertThat(SCHEMA.validate(doc)).as("all=%s", all).isEmpty();
      assertThat(doc.get("format").stringValue()).isEqualTo(ReviewWriter.FORMAT);
      assertThat(doc.get("interpretation").get("noOnFailedDraftBreaches").isBoolean()).isTrue();
      assertThat(doc.get("interpretation").get("abstention").stringValue()).isEqualTo("SPIRIT");
      assertThat(doc.get("interpretation").get("restraintCovers").isArray()).isTrue();
      assertThat(doc.get("reviews")).hasSize(25);
    }
  }

  @Test
  void aPreliminaryQuestionAndItsDraft_writtenTogether_followTheSchema() {
    // the 1948 Czechoslovak double veto, as HistoricalCasesTest builds it: the draft reuses the
    // preliminary question's votes (8-2-1, the USSR voting no)
    VoteRecord question = VoteRecord.builder()
        .proposal(org.r2p.core.Proposal.builder().kind(org.r2p.core.ProposalKind.PRELIMINARY_QUESTION)
            .date(java.time.LocalDate.of(1948, 5, 24)).subject("Czechoslovak question: is the draft procedural?")
            .classification(org.r2p.core.Classification.NON_PROCEDURAL)
            .relatesTo(org.r2p.core.DocumentSymbol.parse("S/1948/999")).build())
        .date(java.time.LocalDate.of(1948, 5, 24))
        .votes(votes("CHN=Y FRA=A SUN=N GBR=Y USA=Y ARG=Y BEL=Y CAN=Y COL=Y SYR=Y UKR=N"))
        .build();
    VoteRecord draft = question.withProposal(question.proposal().withKind(org.r2p.core.ProposalKind.DRAFT_RESOLUTION)
        .withRelatesTo(java.util.Optional.empty()).withSymbol(org.r2p.core.DocumentSymbol.parse("S/1948/999"))
        .withSubject("Czechoslovak question: draft (test record)"));
    org.r2p.rules.DoubleVeto d = RULES.doubleVeto(question, draft).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReviewWriter w = ReviewWriter.document(out, RULES.interpretation())) {
      w.write(RULES.review(question));
      w.write(RULES.review(draft), question, draft, d);
    }
    JsonNode doc = R2pJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(SCHEMA.validate(doc)).isEmpty();
    assertThat(doc.get("reviews").get(0).has("doubleVeto")).isFalse();
    JsonNode dv = doc.get("reviews").get(1).get("doubleVeto");
    assertThat(dv.get("questionDecision").get("outcome").stringValue()).isEqualTo("FAILED_VETO");
    assertThat(dv.get("draftDecision").get("outcome").stringValue()).isEqualTo("FAILED_VETO");
    assertThat(dv.get("draftDecision").get("classification").stringValue()).isEqualTo("NON_PROCEDURAL");
    assertThat(dv.get("doubleVeto").booleanValue()).isTrue();
    assertThat(dv.get("vetoCasts")).hasSize(2);
  }

  private static List<org.r2p.core.Vote> votes(String spec) {
    List<org.r2p.core.Vote> out = new java.util.ArrayList<>();
    for (String v : spec.split(" ")) {
      String[] kv = v.split("=");
      out.add(org.r2p.core.Vote.of(org.r2p.core.MemberStates.byCode(kv[0]).orElseThrow(),
          kv[1].equals("Y") ? org.r2p.core.VotePosition.YES
              : kv[1].equals("N") ? org.r2p.core.VotePosition.NO : org.r2p.core.VotePosition.ABSTAIN));
    }
    return out;
  }

  @Test
  void findings_sayWhetherTheVoteWasCast_andCarryTheirFlags() {
    JsonNode doc = document(true);
    List<Review> reviews = reviews();
    for (int i = 0; i < reviews.size(); i++) {
      List<org.r2p.rules.Finding> findings = reviews.get(i).findings();
      JsonNode written = doc.get("reviews").get(i).get("findings");
      assertThat(written).hasSize(findings.size());
      for (int k = 0; k < findings.size(); k++) {
        JsonNode f = written.get(k);
        assertThat(f.get("hypothetical").isBoolean()).isTrue();
        assertThat(f.get("hypothetical").booleanValue()).as("a recorded vote").isFalse();
        List<String> flags = new java.util.ArrayList<>();
        f.get("flags").forEach(n -> flags.add(n.stringValue()));
        assertThat(flags).isEqualTo(findings.get(k).flags());
      }
    }
  }

  @Test
  void explanations_onlyWhenAsked_andThenTheRulesOwn() {
    JsonNode brief = document(false, false);
    JsonNode explained = document(false, true);
    assertThat(SCHEMA.validate(explained)).isEmpty();
    List<Review> reviews = reviews();
    for (int k = 0; k < reviews.size(); k++) {
      assertThat(brief.get("reviews").get(k).get("decision").has("explanation")).isFalse();
      JsonNode d = explained.get("reviews").get(k).get("decision").get("explanation");
      assertThat(d.get("paragraph").stringValue()).isEqualTo(reviews.get(k).decision().explanation().paragraph());
      brief.get("reviews").get(k).get("findings").forEach(f -> assertThat(f.has("explanation")).isFalse());
      explained.get("reviews").get(k).get("findings").forEach(f -> assertThat(f.get("explanation").get("conditions").isArray()).isTrue());
    }
  }

  @Test
  void notApplicableFindings_areLeftOutAndCounted_unlessAll() {
    List<Review> reviews = reviews();
    long total = reviews.stream().mapToLong(r -> r.findings().size()).sum();
    long notApplicable = reviews.stream().flatMap(r -> r.findings().stream())
        .filter(f -> f.verdict() == Verdict.NOT_APPLICABLE).count();
    assertThat(notApplicable).isPositive();
    JsonNode some = document(false);
    JsonNode every = document(true);
    assertThat(some.get("summary").get("findings").longValue()).isEqualTo(total - notApplicable);
    assertThat(some.get("summary").get("notApplicableOmitted").longValue()).isEqualTo(notApplicable);
    assertThat(every.get("summary").get("findings").longValue()).isEqualTo(total);
    assertThat(every.get("summary").get("notApplicableOmitted").longValue()).isZero();
    for (int k = 0; k < reviews.size(); k++) {
      JsonNode r = some.get("reviews").get(k);
      long left = reviews.get(k).findings().stream().filter(f -> f.verdict() == Verdict.NOT_APPLICABLE).count();
      assertThat(r.get("notApplicableOmitted").longValue()).isEqualTo(left);
      r.get("findings").forEach(f -> assertThat(f.get("verdict").stringValue()).isNotEqualTo("NOT_APPLICABLE"));
      assertThat(every.get("reviews").get(k).get("findings")).hasSize(reviews.get(k).findings().size());
    }
  }

  @Test
  void rulesReviewAStreamLazily_inOrder() {
    List<VoteRecord> some = DATA.vetoes().subList(0, 10);
    assertThat(RULES.reviews(some.stream()).map(Review::record).toList()).isEqualTo(some);
    // an endless stream: each review is made when it is reached
    VoteRecord first = some.get(0);
    assertThat(RULES.reviews(java.util.stream.Stream.generate(() -> first)).limit(3).count()).isEqualTo(3);
    assertThat(RULES.reviews(some.stream()).map(r -> r.decision().outcome()).toList())
        .isEqualTo(some.stream().map(r -> RULES.review(r).decision().outcome()).toList());
  }

  @Test
  void lines_oneReviewPerLine_eachAReviewOfTheSchema() {
    StringWriter out = new StringWriter();
    try (ReviewWriter w = ReviewWriter.lines(out, ReviewWriter.Include.RECORDS)) {
      reviews().forEach(w::write);
      assertThat(w.reviews()).isEqualTo(25);
    }
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(25);
    List<Review> reviews = reviews();
    for (int k = 0; k < lines.size(); k++) {
      String l = lines.get(k);
      JsonNode doc = R2pJson.mapper().readTree("{\"format\": \"r2p.review.v1\", \"interpretation\": {}, \"reviews\": [" + l + "]}");
      assertThat(SCHEMA.validate(doc)).as(l).isEmpty();
      VoteRecord back = R2pJson.mapper().treeToValue(R2pJson.mapper().readTree(l).get("record"), VoteRecord.class);
      assertThat(back).isEqualTo(reviews.get(k).record());
    }
  }

  @Test
  void aReviewNamesItsRecord_andCarriesItWholeOnlyWhenAsked() {
    List<Review> reviews = reviews();
    JsonNode named = document();
    JsonNode whole = document(ReviewWriter.Include.RECORDS);
    assertThat(SCHEMA.validate(named)).isEmpty();
    assertThat(SCHEMA.validate(whole)).isEmpty();
    for (int k = 0; k < reviews.size(); k++) {
      VoteRecord record = reviews.get(k).record();
      for (JsonNode r : List.of(named.get("reviews").get(k), whole.get("reviews").get(k))) {
        assertThat(r.get("proposal").stringValue()).isEqualTo(record.proposal().label());
        assertThat(r.get("date").stringValue()).isEqualTo(record.date().toString());
        assertThat(r.has("id")).isEqualTo(record.id().isPresent());
        record.id().ifPresent(id -> assertThat(r.get("id").stringValue()).isEqualTo(id));
      }
      assertThat(named.get("reviews").get(k).has("record")).isFalse();
      assertThat(R2pJson.mapper().treeToValue(whole.get("reviews").get(k).get("record"), VoteRecord.class))
          .isEqualTo(record);
      tools.jackson.databind.node.ObjectNode without = ((tools.jackson.databind.node.ObjectNode) whole.get("reviews").get(k)).deepCopy();
      without.remove("record");
      assertThat(without).as("the same review otherwise").isEqualTo(named.get("reviews").get(k));
    }
  }

  @Test
  void aDecisionWithoutAVote_isWrittenWithItsModality_andFollowsTheSchema() {
    VoteRecord veto = DATA.vetoes().stream().filter(r -> !r.votes().isEmpty()).findFirst().orElseThrow();
    VoteRecord adopted = VoteRecord.builder().from(veto).votes(List.of()).reportedTally(java.util.Optional.empty())
        .recordedVetoCasts(List.of()).recordedOutcome(org.r2p.core.Outcome.ADOPTED)
        .modality(org.r2p.core.DecisionModality.WITHOUT_VOTE).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReviewWriter w = ReviewWriter.document(out, RULES.interpretation(), ReviewWriter.Include.values())) {
      w.write(RULES.review(adopted));
      w.write(RULES.review(veto));
    }
    JsonNode doc = R2pJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(SCHEMA.validate(doc)).isEmpty();
    JsonNode without = doc.get("reviews").get(0);
    assertThat(without.get("decision").get("outcome").stringValue()).isEqualTo("ADOPTED");
    assertThat(without.get("decision").get("modality").stringValue()).isEqualTo("WITHOUT_VOTE");
    assertThat(without.get("decision").get("affirmative").intValue()).isZero();
    assertThat(without.get("decision").get("explanation").get("outcome").stringValue())
        .isEqualTo("ADOPTED (WITHOUT A VOTE)");
    assertThat(without.get("findings")).isEmpty();
    assertThat(without.get("discrepancies")).isEmpty();
    assertThat(without.get("record").get("modality").stringValue()).as("Include.values() has the records")
        .isEqualTo("WITHOUT_VOTE");
    assertThat(doc.get("reviews").get(1).get("decision").get("modality").stringValue()).isEqualTo("RECORDED_VOTE");
  }
}
