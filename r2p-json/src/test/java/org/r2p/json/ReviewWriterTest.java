package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberState;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Discrepancy;
import org.r2p.rules.Explanation;
import org.r2p.rules.Finding;
import org.r2p.rules.GaDebate;
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

  /** The vetoes since GA res 76/262 (each with a GA debate), and one of them recorded as adopted (a discrepancy). */
  static List<Review> recentReviews() {
    List<VoteRecord> recent = DATA.vetoes().stream().filter(r -> !r.votes().isEmpty())
        .filter(r -> r.date().isAfter(java.time.LocalDate.of(2022, 4, 26))).toList();
    List<VoteRecord> records = new java.util.ArrayList<>(recent);
    records.add(VoteRecord.builder().from(recent.get(0)).id(java.util.Optional.empty())
        .recordedOutcome(org.r2p.core.Outcome.ADOPTED).build());
    return records.stream().map(RULES::review).toList();
  }

  static String write(java.util.function.Function<java.io.Writer, ReviewWriter> open, List<Review> reviews) {
    StringWriter out = new StringWriter();
    try (ReviewWriter w = open.apply(out)) {
      reviews.forEach(w::write);
    }
    return out.toString();
  }

  static String write(java.util.function.Function<java.io.OutputStream, ReviewWriter> open, List<Review> reviews,
      boolean bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReviewWriter w = open.apply(out)) {
      reviews.forEach(w::write);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void toAStreamOrToAWriter_theSameText_inBothLayouts() {
    List<Review> reviews = recentReviews();
    Interpretation i = RULES.interpretation();
    ReviewWriter.Include[] all = ReviewWriter.Include.values();
    String doc = write(o -> ReviewWriter.document(o, i, all), reviews, true);
    assertThat(doc).startsWith("{\"format\":\"r2p.review.v1\",\"interpretation\":{").endsWith("}\n");
    assertThat(write(w -> ReviewWriter.document(w, i, all), reviews)).isEqualTo(doc);
    String lines = write(o -> ReviewWriter.lines(o, all), reviews, true);
    assertThat(lines.lines()).hasSize(reviews.size());
    assertThat(write(w -> ReviewWriter.lines(w, all), reviews)).isEqualTo(lines);
    // each line is the document's review
    JsonNode written = R2pJson.mapper().readTree(doc).get("reviews");
    List<String> each = lines.lines().toList();
    for (int k = 0; k < reviews.size(); k++) {
      assertThat(R2pJson.mapper().readTree(each.get(k))).isEqualTo(written.get(k));
    }
  }

  @Test
  void theWritersCounts_areWhatItWrote_andWhatItLeftOut() {
    List<Review> reviews = recentReviews();
    long total = reviews.stream().mapToLong(r -> r.findings().size()).sum();
    long notApplicable = reviews.stream().flatMap(r -> r.findings().stream())
        .filter(f -> f.verdict() == Verdict.NOT_APPLICABLE).count();
    assertThat(notApplicable).isPositive().isLessThan(total);
    for (boolean all : new boolean[] {false, true}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReviewWriter.Include[] include = all ? new ReviewWriter.Include[] {ReviewWriter.Include.NOT_APPLICABLE}
          : new ReviewWriter.Include[0];
      long findings;
      long omitted;
      try (ReviewWriter w = ReviewWriter.lines(out, include)) {
        assertThat(w.findings()).isZero();
        reviews.forEach(w::write);
        findings = w.findings();
        omitted = w.notApplicableOmitted();
        assertThat(w.reviews()).isEqualTo(reviews.size());
      }
      assertThat(findings).as("all=%s", all).isEqualTo(all ? total : total - notApplicable);
      assertThat(omitted).as("all=%s", all).isEqualTo(all ? 0 : notApplicable);
      long linesFindings = out.toString(StandardCharsets.UTF_8).lines()
          .mapToLong(l -> R2pJson.mapper().readTree(l).get("findings").size()).sum();
      assertThat(linesFindings).isEqualTo(findings);
    }
  }

  @Test
  void recentVetoes_theirGaDebate_discrepancies_andExplainedFindings_asTheRulesHaveThem() {
    List<Review> reviews = recentReviews();
    JsonNode doc = R2pJson.mapper().readTree(write(o -> ReviewWriter.document(o, RULES.interpretation(),
        ReviewWriter.Include.EXPLANATIONS), reviews, true));
    JsonNode brief = R2pJson.mapper().readTree(write(o -> ReviewWriter.document(o, RULES.interpretation()), reviews, true));
    assertThat(SCHEMA.validate(doc)).isEmpty();
    assertThat(SCHEMA.validate(brief)).isEmpty();
    int debates = 0;
    int discrepancies = 0;
    int conditions = 0;
    for (int k = 0; k < reviews.size(); k++) {
      Review r = reviews.get(k);
      JsonNode w = doc.get("reviews").get(k);
      assertDecision(w.get("decision"), r.decision());
      // the GA debate, with its explanation, whether or not explanations were asked for
      assertThat(w.has("gaDebate")).isEqualTo(r.gaDebate().isPresent());
      assertThat(brief.get("reviews").get(k).get("gaDebate")).isEqualTo(w.get("gaDebate"));
      if (r.gaDebate().isPresent()) {
        debates++;
        GaDebate ga = r.gaDebate().get();
        JsonNode g = w.get("gaDebate");
        assertThat(g.get("vetoDate").stringValue()).isEqualTo(ga.vetoDate().toString());
        assertThat(codes(g.get("vetoingMembers"))).isEqualTo(ga.vetoingMembers().stream().map(MemberState::code).toList());
        assertThat(g.get("meetingRequired").isNull()).isEqualTo(ga.meetingRequired() == org.r2p.rules.Ternary.UNKNOWN);
        if (!g.get("meetingRequired").isNull()) {
          assertThat(g.get("meetingRequired").booleanValue()).isEqualTo(ga.meetingRequired() == org.r2p.rules.Ternary.TRUE);
        }
        assertThat(g.get("deadline").stringValue()).isEqualTo(ga.deadline().toString());
        conditions += assertExplanation(g.get("explanation"), ga.explanation());
      }
      List<Discrepancy> ds = r.discrepancies();
      assertThat(w.get("discrepancies")).hasSize(ds.size());
      for (int d = 0; d < ds.size(); d++) {
        discrepancies++;
        JsonNode x = w.get("discrepancies").get(d);
        assertThat(x.get("kind").stringValue()).isEqualTo(ds.get(d).kind().name());
        assertThat(x.get("recorded").stringValue()).isEqualTo(ds.get(d).recorded());
        assertThat(x.get("decided").stringValue()).isEqualTo(ds.get(d).decided());
        assertThat(x.get("message").stringValue()).isEqualTo(ds.get(d).message());
      }
      // the findings written (NOT_APPLICABLE left out), each explained; none explained unless asked
      List<Finding> findings = r.findings().stream().filter(f -> f.verdict() != Verdict.NOT_APPLICABLE).toList();
      assertThat(w.get("findings")).hasSize(findings.size());
      assertThat(brief.get("reviews").get(k).get("findings")).hasSize(findings.size());
      for (int f = 0; f < findings.size(); f++) {
        JsonNode x = w.get("findings").get(f);
        assertThat(x.get("rule").stringValue()).isEqualTo(findings.get(f).rule());
        assertThat(x.get("verdict").stringValue()).isEqualTo(findings.get(f).verdict().name());
        conditions += assertExplanation(x.get("explanation"), findings.get(f).explanation());
        assertThat(brief.get("reviews").get(k).get("findings").get(f).has("explanation")).isFalse();
      }
      assertExplanation(w.get("decision").get("explanation"), r.decision().explanation());
    }
    assertThat(debates).as("GA debates written").isPositive();
    assertThat(discrepancies).as("discrepancies written").isPositive();
    assertThat(conditions).as("conditions written").isPositive();
  }

  private static List<String> codes(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.stringValue()));
    return out;
  }

  private static void assertDecision(JsonNode w, org.r2p.rules.CharterDecision d) {
    assertThat(w.get("outcome").stringValue()).isEqualTo(d.outcome().name());
    assertThat(w.get("modality").stringValue()).isEqualTo(d.modality().name());
    assertThat(w.get("classification").stringValue()).isEqualTo(d.classification().name());
    assertThat(w.get("threshold").intValue()).isEqualTo(d.threshold());
    assertThat(w.get("affirmative").intValue()).isEqualTo(d.affirmative());
    assertThat(codes(w.get("vetoCasts"))).isEqualTo(d.vetoCasts().stream().map(MemberState::code).toList());
    assertThat(codes(w.get("vetoSeats"))).isEqualTo(d.vetoSeats().stream().map(Enum::name).toList());
    assertThat(codes(w.get("permanentNegative"))).isEqualTo(d.permanentNegative().stream().map(MemberState::code).toList());
    assertThat(codes(w.get("irregularities"))).isEqualTo(d.irregularities());
  }

  /** @return how many conditions the explanation has */
  private static int assertExplanation(JsonNode w, Explanation e) {
    assertThat(codes(w.get("facts"))).isEqualTo(e.facts());
    assertThat(w.get("citation").get("instrument").stringValue()).isEqualTo(e.citation().instrument().name());
    assertThat(w.get("citation").get("provision").stringValue()).isEqualTo(e.citation().provision());
    assertThat(w.get("citation").get("url").stringValue()).isEqualTo(e.citation().url());
    assertThat(w.get("provision").stringValue()).isEqualTo(e.provision());
    assertThat(w.get("conditions")).hasSize(e.conditions().size());
    for (int c = 0; c < e.conditions().size(); c++) {
      JsonNode x = w.get("conditions").get(c);
      assertThat(x.get("name").stringValue()).isEqualTo(e.conditions().get(c).name());
      assertThat(x.get("result").stringValue()).isEqualTo(e.conditions().get(c).result().name());
      assertThat(x.get("detail").stringValue()).isEqualTo(e.conditions().get(c).detail());
    }
    assertThat(w.get("outcome").stringValue()).isEqualTo(e.outcome());
    assertThat(w.get("reason").stringValue()).isEqualTo(e.reason());
    assertThat(w.get("interpretation").stringValue()).isEqualTo(e.interpretation());
    assertThat(w.get("paragraph").stringValue()).isEqualTo(e.paragraph());
    return e.conditions().size();
  }
}
