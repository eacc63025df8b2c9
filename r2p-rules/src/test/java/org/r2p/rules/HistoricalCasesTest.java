package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.rules.Golden.draft;
import static org.r2p.rules.Golden.history;
import static org.r2p.rules.Golden.record;
import static org.r2p.rules.Golden.s;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.Classification;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.CouncilHistory;
import org.r2p.core.Instrument;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.ProposalKind;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * The historical cases of DOMAIN §7, one test each, with the conclusions of §7.1. Votes are
 * those of the §7 table; the elected members are those of ../shared/data for the year. Where
 * §7 does not say which elected members cast which vote, the test says so.
 */
final class HistoricalCasesTest {

  /** Registry with the pledges and the two P5 Code signatories, as the bundled data has them. */
  static final CommitmentRegistry REGISTRY = CommitmentRegistry.builder()
      .add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRENCH_PLEDGE)
          .from(LocalDate.of(2015, 9, 28)).source("DOMAIN F11").build())
      .add(Adherence.builder().state(MemberStates.UNITED_KINGDOM).instrument(Instrument.UK_PLEDGE)
          .from(LocalDate.of(2015, 10, 1)).source("DOMAIN F12").build())
      .build();

  static R2pRules rules(CouncilHistory h) {
    return R2pRules.builder().councilHistory(h).registry(REGISTRY).build();
  }

  @Test
  @DisplayName("1. 1946 Syria/Lebanon: USSR veto, threshold 7 of 11")
  void case01_syriaLebanon1946() {
    // Poland's vote is not shown in the source (U): no vote for POL.
    VoteRecord r = record("1946-02-16", null, "Syria and Lebanon: foreign troops",
        Classification.NON_PROCEDURAL, ProposalKind.DRAFT_RESOLUTION, "Y/Y/N/Y/Y",
        "AUS=Y BRA=Y EGY=Y MEX=Y NLD=Y");
    R2pRules rules = rules(history(1946, "AUS BRA EGY MEX NLD POL"));
    CharterDecision d = rules.decide(r);
    assertThat(d.threshold()).isEqualTo(7);
    assertThat(d.affirmative()).isEqualTo(9);
    assertThat(d.outcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(d.vetoCasts()).containsExactly(MemberStates.USSR);
    assertThat(d.vetoSeats()).containsExactly(PermanentSeat.RUSSIA);
    assertThat(d.explanation().paragraph()).contains("UN Charter Art. 27(3)").contains("vetoed by USSR");
    // no restraint instrument existed
    assertThat(rules.review(r).engaged()).isEmpty();
    // strict Art. 27(3) would flag France and the UK if the item were a dispute under Ch. VI
    VoteRecord strict = r.withProposal(r.proposal().withCharterBasis(org.r2p.core.CharterBasis.CHAPTER_VI)
        .withPartiesToDispute(MemberStates.FRANCE, MemberStates.UNITED_KINGDOM));
    CharterDecision ds = rules.withInterpretation(Interpretation.defaults()
        .withArticle27_3(Interpretation.Article27_3.STRICT)).decide(strict);
    assertThat(ds.irregularities()).filteredOn(s -> s.contains("requires it to abstain")).hasSize(2);
    // and the outcome with the parties' votes discounted: 7 YES remain, the USSR's veto stands
    assertThat(ds.outcomeDiscountingParties()).hasValue(Outcome.FAILED_VETO);
    assertThat(ds.irregularities()).contains("With the parties' votes discounted, the outcome would be FAILED_VETO");
    assertThat(rules.decide(strict).irregularities()).isEmpty();
    assertThat(rules.decide(strict).outcomeDiscountingParties()).isEmpty();
    // FINDINGS 5: not voting satisfies the proviso; only a YES or NO by a party is irregular
    R2pRules strictRules = rules.withInterpretation(Interpretation.defaults()
        .withArticle27_3(Interpretation.Article27_3.STRICT));
    CharterDecision away = strictRules.decide(strict.withVote(MemberStates.FRANCE, VotePosition.ABSENT)
        .withVote(MemberStates.UNITED_KINGDOM, VotePosition.NOT_PARTICIPATING));
    assertThat(away.irregularities()).isEmpty();
    assertThat(away.outcomeDiscountingParties()).isEmpty();
    // a party's NO that vetoes: discounted, the draft would have been adopted
    CharterDecision partyVeto = strictRules.decide(strict.withVote(MemberStates.USSR, VotePosition.YES)
        .withVote(MemberStates.UNITED_KINGDOM, VotePosition.NO));
    assertThat(partyVeto.outcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(partyVeto.outcomeDiscountingParties()).hasValue(Outcome.ADOPTED);
  }

  @Test
  @DisplayName("2. 1948 Czechoslovakia: preliminary question vetoed, then the draft: double veto")
  void case02_czechoslovakia1948_doubleVeto() {
    CouncilHistory h = history(1948, "ARG BEL CAN COL SYR UKR");
    VoteRecord prelim = record("1948-05-24", null, "Czechoslovak question: is the draft procedural?",
        Classification.NON_PROCEDURAL, ProposalKind.PRELIMINARY_QUESTION, "Y/A/N/Y/Y",
        "ARG=Y BEL=Y CAN=Y COL=Y SYR=Y UKR=N");
    // §7 gives the draft's own tally nowhere; the draft vote reuses the preliminary question's
    // votes, which is enough for what §7.1 concludes: >= 7 yes and a USSR no.
    VoteRecord draft = prelim.withProposal(prelim.proposal().withKind(ProposalKind.DRAFT_RESOLUTION)
        .withSubject("Czechoslovak question: sub-committee draft"));
    DoubleVeto dv = DoubleVeto.decide(prelim, draft, h.councilOn(prelim.date()), Interpretation.defaults());
    assertThat(prelim.tally().toString()).isEqualTo("8-2-1");
    assertThat(dv.preliminary().outcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(dv.draft().classification()).isEqualTo(Classification.NON_PROCEDURAL);
    assertThat(dv.draft().outcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(dv.doubleVeto()).isTrue();
    assertThat(dv.vetoCasts()).containsExactly(MemberStates.USSR, MemberStates.USSR);
    // the Ukrainian SSR's NO is an ordinary negative vote
    assertThat(dv.preliminary().permanentNegative()).containsExactly(MemberStates.USSR);
  }

  @Test
  @DisplayName("3. Res 82 (1950): USSR absent does not block")
  void case03_res82_absenceDoesNotBlock() {
    VoteRecord r = draft("1950-06-25", "S/1501", "Korea", "Y/Y/X/Y/Y",
        "CUB=Y ECU=Y EGY=Y IND=Y NOR=Y YUG=A");
    R2pRules rules = rules(history(1950, "CUB ECU EGY IND NOR YUG"));
    CharterDecision d = rules.decide(r);
    assertThat(r.tally().toString()).isEqualTo("9-0-1");
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(d.vetoCasts()).isEmpty();
    assertThat(d.irregularities()).isEmpty();
    CharterDecision flagged = rules.withInterpretation(Interpretation.defaults()
        .withAbsence(Interpretation.Absence.FLAG_CONTESTED)).decide(r);
    assertThat(flagged.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(flagged.irregularities()).singleElement().asString().startsWith("SUN did not vote");
  }

  @Test
  @DisplayName("4. Res 83 (1950): exactly 7 yes, two not participating, USSR absent")
  void case04_res83_notParticipatingAndThreshold7() {
    VoteRecord r = draft("1950-06-27", null, "Korea", "Y/Y/X/Y/Y",
        "CUB=Y ECU=Y NOR=Y YUG=N EGY=P IND=P");
    CharterDecision d = rules(history(1950, "CUB ECU EGY IND NOR YUG")).decide(r);
    assertThat(d.affirmative()).isEqualTo(7);
    assertThat(d.threshold()).isEqualTo(7);
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    // one vote fewer and it fails for want of votes
    assertThat(rules(history(1950, "CUB ECU EGY IND NOR YUG"))
        .decide(r.withVote(s("CUB"), VotePosition.ABSTAIN)).outcome())
        .isEqualTo(Outcome.FAILED_INSUFFICIENT_VOTES);
  }

  @Test
  @DisplayName("5. Res 132 (1959): classified procedural, the USSR's no is no veto")
  void case05_res132_procedural() {
    VoteRecord r = record("1959-09-07", null, "Laos: sub-committee", Classification.PROCEDURAL,
        ProposalKind.DRAFT_RESOLUTION, "Y/Y/N/Y/Y", "ARG=Y CAN=Y ITA=Y JPN=Y PAN=Y TUN=Y");
    R2pRules rules = rules(history(1959, "ARG CAN ITA JPN PAN TUN"));
    CharterDecision d = rules.decide(r);
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(d.vetoCasts()).isEmpty();
    assertThat(d.permanentNegative()).containsExactly(MemberStates.USSR);
    assertThat(d.explanation().citation()).isEqualTo(Article27.PROCEDURAL);
    // the same votes on a non-procedural draft would be vetoed
    assertThat(rules.decide(r.withProposal(r.proposal().withClassification(Classification.NON_PROCEDURAL)))
        .outcome()).isEqualTo(Outcome.FAILED_VETO);
  }

  @Test
  @DisplayName("6. Res 221 (1966): two permanent abstentions, adopted")
  void case06_res221_twoPermanentAbstentions() {
    // §7 gives no tally; the elected members' votes are not in it. The test gives the
    // elected members the fewest YES that adoption needs with China, UK and US in favour.
    VoteRecord r = draft("1966-04-09", null, "Southern Rhodesia (Beira)", "Y/A/A/Y/Y",
        "ARG=Y BGR=A JPN=Y JOR=Y MLI=A NLD=Y NZL=Y NGA=Y UGA=A URY=A");
    CharterDecision d = rules(history(1966, "ARG BGR JPN JOR MLI NLD NZL NGA UGA URY")).decide(r);
    assertThat(d.threshold()).isEqualTo(9);
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  @DisplayName("7. S/9696 (1970): vetoed by the UK and the US, 2 casts, first US veto")
  void case07_s9696_twoCasts() {
    // Which three elected members abstained is not in §7; the test takes three in list order.
    VoteRecord r = draft("1970-03-17", "S/9696", "Southern Rhodesia", "Y/A/Y/N/N",
        "BDI=A COL=A FIN=A NPL=Y NIC=Y POL=Y SLE=Y ESP=Y SYR=Y ZMB=Y");
    CharterDecision d = rules(history(1970, "BDI COL FIN NPL NIC POL SLE ESP SYR ZMB")).decide(r);
    assertThat(r.tally().toString()).isEqualTo("9-2-4");
    assertThat(d.outcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(d.vetoCasts()).containsExactly(MemberStates.UNITED_KINGDOM, MemberStates.UNITED_STATES);
    assertThat(d.vetoSeats()).containsExactly(PermanentSeat.UNITED_KINGDOM, PermanentSeat.UNITED_STATES);
  }

  @Test
  @DisplayName("8. Res 284 (1970): UK and USSR abstain, adopted (Namibia AO para 22)")
  void case08_res284_abstentionIsNotAVeto() {
    VoteRecord r = draft("1970-07-29", null, "Namibia: request for an advisory opinion", "Y/Y/A/A/Y",
        "BDI=Y COL=Y FIN=Y NPL=Y NIC=Y POL=A SLE=Y ESP=Y SYR=Y ZMB=Y");
    CharterDecision d = rules(history(1970, "BDI COL FIN NPL NIC POL SLE ESP SYR ZMB")).decide(r);
    assertThat(r.tally().toString()).isEqualTo("12-0-3");
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  static final String Y2007 = "BEL COG GHA IDN ITA PAN PER QAT SVK ZAF";

  @Test
  @DisplayName("9. S/2007/14 Myanmar: China and Russia veto; no commitment in force")
  void case09_s2007_14_myanmar() {
    VoteRecord r = draft("2007-01-12", "S/2007/14", "Myanmar", "N/Y/N/Y/Y",
        "BEL=Y COG=A GHA=Y IDN=A ITA=Y PAN=Y PER=Y QAT=A SVK=Y ZAF=N");
    r = r.withProposal(r.proposal().withAtrocityAim(AtrocityAim.builder().assessment(Assessment.YES)
        .addCrimes(AtrocityCrime.CRIMES_AGAINST_HUMANITY).assertedBy("DOMAIN §7.1 (arguably)").build()));
    R2pRules rules = rules(history(2007, Y2007));
    Review review = rules.review(r);
    assertThat(r.tally().toString()).isEqualTo("9-3-3");
    assertThat(review.decision().vetoCasts()).containsExactly(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    assertThat(review.decision().permanentNegative()).doesNotContain(s("ZAF"));
    assertThat(review.engaged()).isEmpty();
    assertThat(review.findingsFor(MemberStates.RUSSIAN_FEDERATION))
        .allSatisfy(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
          assertThat(f.explanation().conditions().get(0).name()).isEqualTo("instrument-in-effect");
        });
    assertThat(review.gaDebate()).isEmpty();
  }

  @Test
  @DisplayName("10. S/2008/447 Zimbabwe: China and Russia veto; the contested atrocity tag")
  void case10_s2008_447_zimbabwe_contested() {
    VoteRecord r = draft("2008-07-11", "S/2008/447", "Zimbabwe sanctions", "N/Y/N/Y/Y",
        "BEL=Y BFA=Y CRI=Y HRV=Y IDN=A ITA=Y LBY=N PAN=Y ZAF=N VNM=N");
    r = r.withProposal(r.proposal().withAtrocityAim(AtrocityAim.builder().assessment(Assessment.CONTESTED)
        .addCrimes(AtrocityCrime.CRIMES_AGAINST_HUMANITY).assertedBy("DOMAIN §7.1").build())
        .withCredible(Assessment.YES).withCredibleAssertedBy("CRI"));
    R2pRules rules = rules(history(2008, "BEL BFA CRI HRV IDN ITA LBY PAN ZAF VNM"));
    Review review = rules.review(r);
    assertThat(r.tally().toString()).isEqualTo("9-5-1");
    assertThat(review.decision().vetoCasts()).containsExactly(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    assertThat(review.engaged()).isEmpty(); // pre-Code
    // The contested path: the same NO by a Code signatory after the Code's launch.
    CommitmentRegistry signatory = CommitmentRegistry.builder().add(Adherence.builder().state(s("CRI"))
        .instrument(Instrument.ACT_CODE_OF_CONDUCT).from(LocalDate.of(2015, 9, 1)).source("test").build()).build();
    R2pRules later = R2pRules.builder().councilHistory(CouncilHistory.permanentOnly()).registry(signatory).build();
    org.r2p.core.Proposal moved = r.proposal().withDate(LocalDate.of(2016, 7, 11));
    Finding f = later.check(s("CRI"), VotePosition.NO, moved, LocalDate.of(2016, 7, 11)).get(0);
    assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly("aims-at-atrocity-crimes");
    Finding treated = later.withInterpretation(Interpretation.defaults()
        .withContestedAim(Interpretation.ContestedAim.TREAT_AS_YES))
        .check(s("CRI"), VotePosition.NO, moved, LocalDate.of(2016, 7, 11)).get(0);
    assertThat(treated.verdict()).isEqualTo(Verdict.BREACH);
  }

  static final String Y2011 = "BIH BRA COL GAB DEU IND LBN NGA PRT ZAF";

  @Test
  @DisplayName("11. Res 1973 (2011) Libya: two permanent abstentions, adopted; no veto")
  void case11_res1973_libya() {
    VoteRecord r = draft("2011-03-17", null, "Libya: protection of civilians", "A/Y/A/Y/Y",
        "BIH=Y BRA=A COL=Y GAB=Y DEU=A IND=A LBN=Y NGA=Y PRT=Y ZAF=Y");
    Review review = rules(history(2011, Y2011)).review(r);
    assertThat(r.tally().toString()).isEqualTo("10-0-5");
    assertThat(review.decision().outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(review.decision().vetoCasts()).isEmpty();
    assertThat(review.breaches()).isEmpty();
  }

  @Test
  @DisplayName("12. S/2011/612 Syria: exactly 9 yes, China and Russia veto; pre-Code")
  void case12_s2011_612_syria() {
    VoteRecord r = draft("2011-10-04", "S/2011/612", "Syria crackdown", "N/Y/N/Y/Y",
        "BIH=Y BRA=A COL=Y GAB=Y DEU=Y IND=A LBN=A NGA=Y PRT=Y ZAF=A");
    Review review = rules(history(2011, Y2011)).review(r);
    assertThat(review.decision().affirmative()).isEqualTo(9);
    assertThat(review.decision().vetoCasts()).containsExactly(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    assertThat(review.engaged()).isEmpty();
  }

  @Test
  @DisplayName("13. S/2012/77 Syria: 13-2-0, China and Russia veto; pre-Code, pre-pledge")
  void case13_s2012_77_syria() {
    VoteRecord r = draft("2012-02-04", "S/2012/77", "Syria: Arab League plan", "N/Y/N/Y/Y",
        "AZE=Y COL=Y DEU=Y GTM=Y IND=Y MAR=Y PAK=Y PRT=Y ZAF=Y TGO=Y");
    Review review = rules(history(2012, "AZE COL DEU GTM IND MAR PAK PRT ZAF TGO")).review(r);
    assertThat(r.tally().toString()).isEqualTo("13-2-0");
    assertThat(review.decision().vetoCasts()).hasSize(2);
    assertThat(review.engaged()).isEmpty();
  }

  @Test
  @DisplayName("14. S/2014/348 Syria ICC referral: China and Russia veto; no commitment breached")
  void case14_s2014_348_iccReferral() {
    VoteRecord r = draft("2014-05-22", "S/2014/348", "Syria: referral to the ICC", "N/Y/N/Y/Y",
        "ARG=Y AUS=Y TCD=Y CHL=Y JOR=Y LTU=Y LUX=Y NGA=Y KOR=Y RWA=Y");
    r = r.withProposal(r.proposal().withAtrocityAim(AtrocityAim.builder().assessment(Assessment.YES)
        .addCrimes(AtrocityCrime.WAR_CRIMES, AtrocityCrime.CRIMES_AGAINST_HUMANITY)
        .assertedBy("DOMAIN §7.1").build()).withCredible(Assessment.YES));
    Review review = rules(history(2014, "ARG AUS TCD CHL JOR LTU LUX NGA KOR RWA")).review(r);
    assertThat(review.decision().vetoCasts()).containsExactly(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    assertThat(review.breaches()).isEmpty();
    assertThat(review.findingsFor(MemberStates.FRANCE)).extracting(Finding::verdict)
        .containsOnly(Verdict.NOT_APPLICABLE);
    assertThat(review.gaDebate()).isEmpty(); // 76/262 not in force
  }

  @Test
  @DisplayName("15. DPRK agenda 2014: procedural, 11 yes; China and Russia's no is no veto")
  void case15_dprkAgenda_procedural() {
    VoteRecord r = record("2014-12-22", null, "Adoption of the agenda: DPRK", Classification.PROCEDURAL,
        ProposalKind.PROCEDURAL_MOTION, "N/Y/N/Y/Y",
        "ARG=Y AUS=Y TCD=A CHL=Y JOR=Y LTU=Y LUX=Y NGA=A KOR=Y RWA=Y");
    CharterDecision d = rules(history(2014, "ARG AUS TCD CHL JOR LTU LUX NGA KOR RWA")).decide(r);
    assertThat(r.tally().toString()).isEqualTo("11-2-2");
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(d.vetoCasts()).isEmpty();
    assertThat(d.explanation().reason()).contains("ordinary votes on a procedural matter");
  }
}
