package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.Classification;
import org.r2p.core.CouncilHistory;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.VoteRecord;
import org.r2p.rules.DoubleVeto;
import org.r2p.rules.R2pRules;

/**
 * A preliminary question and its draft read from JSON and decided as the double veto of the
 * Czechoslovak question (S/PV.303, 24 May 1948): the question "is the draft procedural?" is
 * itself non-procedural (San Francisco Statement, 1945), whatever the file says of it.
 */
final class PreliminaryQuestionJsonTest {
  static final String VOTES = """
      [{"member": "CHN", "position": "YES"}, {"member": "FRA", "position": "YES"},
       {"member": "GBR", "position": "ABSTAIN"}, {"member": "USA", "position": "YES"},
       {"member": "SUN", "position": "NO"}, {"member": "ARG", "position": "YES"},
       {"member": "BEL", "position": "YES"}, {"member": "CAN", "position": "YES"},
       {"member": "COL", "position": "YES"}, {"member": "SYR", "position": "YES"},
       {"member": "UKR", "position": "NO"}]""";

  static VoteRecord read(String proposal) {
    return R2pJson.mapper().readValue("{\"format\": \"r2p.vote-record.v1\", \"proposal\": " + proposal
        + ", \"date\": \"1948-05-24\", \"votes\": " + VOTES + "}", VoteRecord.class);
  }

  static R2pRules rules() {
    List<ElectedTerm> terms = new ArrayList<>();
    for (String c : List.of("ARG", "BEL", "CAN", "COL", "SYR", "UKR")) {
      terms.add(ElectedTerm.ofYear(MemberStates.byCode(c).orElseThrow(), 1948));
    }
    return R2pRules.builder().councilHistory(CouncilHistory.of(terms)).build();
  }

  @Test
  void aPreliminaryQuestionRelatingToItsDraft_givesTheDoubleVeto() {
    // the file calls the question procedural: Article 27 decides it as non-procedural all the same
    VoteRecord question = read("{\"kind\": \"PRELIMINARY_QUESTION\", \"date\": \"1948-05-24\","
        + " \"subject\": \"Czechoslovak question: is the draft procedural?\", \"classification\": \"PROCEDURAL\","
        + " \"relatesTo\": \"S/782\"}");
    VoteRecord draft = read("{\"kind\": \"DRAFT_RESOLUTION\", \"symbol\": \"S/782\", \"date\": \"1948-05-24\","
        + " \"subject\": \"Czechoslovak question: sub-committee draft\", \"classification\": \"CONTESTED\"}");
    R2pRules rules = rules();
    assertThat(rules.review(question).decision().classification()).isEqualTo(Classification.NON_PROCEDURAL);
    assertThat(rules.review(question).decision().outcome()).isEqualTo(Outcome.FAILED_VETO);
    assertThat(rules.review(question).decision().explanation().facts())
        .anyMatch(f -> f.contains("San Francisco Statement"));
    DoubleVeto dv = rules.doubleVeto(question, draft).orElseThrow();
    assertThat(dv.doubleVeto()).isTrue();
    assertThat(dv.vetoCasts()).containsExactly(MemberStates.USSR, MemberStates.USSR);
    // the pairing is by relatesTo: the question does not decide another draft
    VoteRecord other = draft.withProposal(draft.proposal().withSymbol(org.r2p.core.DocumentSymbol.parse("S/783")));
    assertThat(rules.doubleVeto(question, other)).isEmpty();
    assertThat(rules.doubleVeto(draft, question)).isEmpty();
  }

  @Test
  void theUkrainianSsr_isNamedAsOnTheDate() {
    VoteRecord draft = read("{\"kind\": \"DRAFT_RESOLUTION\", \"symbol\": \"S/782\", \"date\": \"1948-05-24\","
        + " \"subject\": \"Czechoslovak question: sub-committee draft\"}");
    assertThat(rules().review(draft).findingsFor(MemberStates.byCode("UKR").orElseThrow()))
        .allSatisfy(f -> assertThat(f.explanation().facts().get(0)).startsWith("Ukrainian SSR voted against S/782"));
    assertThat(MemberStates.nameOn(MemberStates.byCode("UKR").orElseThrow(), LocalDate.of(2016, 12, 23)))
        .isEqualTo("Ukraine");
  }
}
