package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.CouncilHistory;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberStates;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the validator checks beyond the grammar: dates against the clock and the Council's
 * history, and text that has no UTF-8 form; a record with an error is never among the values.
 */
final class ValidatorDomainTest {
  static final VoteRecordValidator VALIDATOR = VoteRecordValidator.builder()
      .councilHistory(R2pDatasets.bundled().councilHistory()).clock(Fixtures.CLOCK).build();

  @Test
  void aVoteDatedAfterToday_isAnError_andTheRecordIsNotAValue() {
    ObjectNode future = set(record(), "/date", json("\"2099-05-22\""));
    ValidationResult r = VALIDATOR.validate("[" + future + ",\n" + record() + "]");
    assertThat(r.recordsRead()).isEqualTo(2);
    assertThat(r.errors()).extracting(p -> p.pointer() + " " + p.code() + ": " + p.message())
        .contains("/0/date date.in-future: vote date must not be in the future (today is 2026-11-23): 2099-05-22;"
            + " a record of a vote not yet cast is marked \"hypothetical\": true");
    assertThat(r.errors()).allSatisfy(p -> assertThat(p.pointer()).startsWith("/0/"));
    assertThat(r.records()).as("only the valid record").singleElement()
        .satisfies(v -> assertThat(v.date()).hasToString("2014-05-22"));
  }

  @Test
  void aProposalDatedAfterToday_isAnError() {
    ObjectNode future = set(record(), "/proposal/date", json("\"2027-01-05\""));
    ValidationResult r = VALIDATOR.validate("[" + future + "]");
    assertThat(r.errors()).extracting(p -> p.pointer() + " " + p.code() + ": " + p.message())
        .contains("/0/proposal/date date.in-future: proposal date must not be in the future (today is 2026-11-23): 2027-01-05");
    assertThat(r.records()).isEmpty();
  }

  @Test
  void aDayForWhichTheHistoryGivesNoComposition_isAnError_namingTheDay() {
    // a history that elects eleven members for 2014, one more than there were elected seats
    List<ElectedTerm> terms = new ArrayList<>();
    for (String code : "ARG AUS TCD CHL JOR LTU LUX NGA KOR RWA URY".split(" ")) {
      terms.add(ElectedTerm.ofYear(MemberStates.byCode(code).orElseThrow(), 2014));
    }
    VoteRecordValidator v = VoteRecordValidator.builder().councilHistory(CouncilHistory.of(terms))
        .clock(Fixtures.CLOCK).build();
    ValidationResult r = v.validate("[" + record() + "]");
    assertThat(r.errors()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/0/date");
      assertThat(p.code()).isEqualTo("council.unknown");
      assertThat(p.message()).startsWith("no Council composition for 2014-05-22: ");
    });
    assertThat(r.records()).isEmpty();
  }

  @Test
  void anUnpairedSurrogate_isNamedWithItsLineAndOffset() {
    ValidationResult first = VALIDATOR.validate("\uD800[]");
    assertThat(first.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.encoding");
      assertThat(p.message()).isEqualTo("text must be Unicode (line 1, character offset 0): an unpaired surrogate U+D800");
      assertThat(p.line()).hasValue(1);
    });
    assertThat(first.records()).isEmpty();
    ValidationResult later = VALIDATOR.validate("[\n\n\n\uDC01]");
    assertThat(later.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("text must be Unicode (line 4, character offset 4): an unpaired surrogate U+DC01");
      assertThat(p.line()).hasValue(4);
    });
  }
}
