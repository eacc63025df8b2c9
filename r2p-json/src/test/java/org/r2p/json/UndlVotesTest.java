package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.r2p.core.Council;
import org.r2p.core.DecisionModality;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Tally;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * The UN Digital Library's voting data, read from files written for these tests in the
 * Library's column layouts (the rows are illustrative, not the historical record).
 */
final class UndlVotesTest {
  private static final UndlVotes UNDL = UndlVotes.builder().build();

  static String resource(String name) {
    try (InputStream in = UndlVotesTest.class.getResourceAsStream("/org/r2p/json/undl/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static UndlVotes.Result read(String csv) {
    return UNDL.readAll(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  private static Map<String, VoteRecord> byId(UndlVotes.Result r) {
    return r.records().stream().collect(Collectors.toMap(x -> x.id().orElseThrow(), Function.identity()));
  }

  /** The file with one line replaced. */
  private static String withLine(String csv, int line, Function<String, String> change) {
    List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\n", -1)));
    lines.set(line - 1, change.apply(lines.get(line - 1)));
    return String.join("\n", lines);
  }

  /** The file's columns in another order: each line's cells permuted alike (no cell holds a comma). */
  private static String reordered(String csv, int[] order) {
    StringBuilder b = new StringBuilder();
    for (String l : csv.split("\n")) {
      String[] cells = l.split(",", -1);
      String[] out = new String[cells.length];
      for (int k = 0; k < order.length; k++) {
        out[k] = cells[order[k]];
      }
      b.append(String.join(",", out)).append('\n');
    }
    return b.toString();
  }

  @Test
  void securityCouncilLayout_oneRecordPerResolution() {
    UndlVotes.Result r = read(resource("sc-layout.csv"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).isEqualTo(41);
    assertThat(r.records()).extracting(x -> x.id().orElseThrow())
        .containsExactly("S/RES/2118 (2013)", "S/RES/83 (1950)", "S/RES/2119 (2013)");
    VoteRecord v = byId(r).get("S/RES/2118 (2013)");
    assertThat(v.date()).isEqualTo(LocalDate.of(2013, 9, 27));
    assertThat(v.proposal().symbol()).contains(DocumentSymbol.parse("S/2013/575"));
    assertThat(v.proposal().subject()).isEqualTo("Resolution 2118 (2013) [test row]");
    assertThat(v.proposal().agendaItem()).contains("The situation in the Middle East");
    // the agenda names no one situation: unclassified, the agenda kept as its text (SituationRules)
    assertThat(v.proposal().situation()).hasValueSatisfying(s -> {
      assertThat(s.isClassified()).isFalse();
      assertThat(s.displayName()).isEqualTo("The situation in the Middle East");
    });
    assertThat(v.meeting()).contains(DocumentSymbol.parse("S/PV.7038"));
    assertThat(v.documents()).containsExactly(DocumentSymbol.parse("S/RES/2118 (2013)"));
    assertThat(v.recordedOutcome()).contains(Outcome.ADOPTED);
    assertThat(v.votes()).hasSize(15);
    assertThat(v.positionOf(MemberStates.RUSSIAN_FEDERATION)).contains(VotePosition.ABSTAIN);
    assertThat(v.reportedTally()).contains(Tally.of(14, 0, 1));
    assertThat(v.tally()).isEqualTo(Tally.of(14, 0, 1));
    assertThat(v.source()).contains("test.csv").contains("undl_id 900001").contains("https://example.org/undl/900001");
    assertThat(v.flags()).isEmpty();
  }

  @Test
  void historicalCodes_andNonVoting_readOnTheDate() {
    VoteRecord v = byId(read(resource("sc-layout.csv"))).get("S/RES/83 (1950)");
    // the China and Russia seats' codes stand for their holders in 1950
    assertThat(v.positionOf(MemberStates.REPUBLIC_OF_CHINA)).contains(VotePosition.YES);
    assertThat(v.positionOf(MemberStates.CHINA)).isEmpty();
    assertThat(v.positionOf(MemberStates.USSR)).contains(VotePosition.ABSENT);
    assertThat(v.positionOf(MemberStates.YUGOSLAVIA)).contains(VotePosition.NO);
    assertThat(v.positionOf(MemberState.of("EGY", "Egypt"))).contains(VotePosition.NOT_PARTICIPATING);
    // India's X has no note: read as not participating, and flagged
    assertThat(v.positionOf(MemberState.of("IND", "India"))).contains(VotePosition.NOT_PARTICIPATING);
    assertThat(v.flags()).singleElement().asString()
        .startsWith(UndlVotes.NON_VOTING_UNSPECIFIED + ": IND is coded X");
    // no draft symbol: the proposal has none and is labelled by its description
    assertThat(v.proposal().symbol()).isEmpty();
    assertThat(v.proposal().label()).isEqualTo("Resolution 83 (1950) [test row]");
    assertThat(v.tally()).isEqualTo(Tally.builder().yes(7).no(1).abstain(0).absent(1).notParticipating(2).build());
    assertThat(v.reportedTally()).contains(Tally.of(7, 1, 0));
    Council c = R2pDatasets.bundled().councilHistory().councilOn(v.date());
    assertThat(v.hasVoteOfEachMember(c)).isTrue();
  }

  @Test
  void adoptedWithoutAVote_keepsNoVotes_andTheModality() {
    UndlVotes.Result r = read(resource("sc-layout.csv"));
    assertThat(r.problems()).isEmpty();
    VoteRecord v = byId(r).get("S/RES/2119 (2013)");
    assertThat(v.modality()).isEqualTo(DecisionModality.WITHOUT_VOTE);
    assertThat(v.votes()).isEmpty();
    assertThat(v.reportedTally()).isEmpty();
    assertThat(v.recordedOutcome()).contains(Outcome.ADOPTED);
    assertThat(v.flags()).isEmpty();
    // the resolutions put to the vote keep the default
    assertThat(byId(r).get("S/RES/83 (1950)").modality()).isEqualTo(DecisionModality.RECORDED_VOTE);
  }

  @Test
  void byAcclamation_fromTheVoteNote() {
    String csv = resource("sc-layout.csv").replace("Adopted without vote", "Adopted by acclamation")
        .replace("Without vote", "");
    VoteRecord v = byId(read(csv)).get("S/RES/2119 (2013)");
    assertThat(v.modality()).isEqualTo(DecisionModality.BY_ACCLAMATION);
    assertThat(v.votes()).isEmpty();
    assertThat(v.flags()).isEmpty();
  }

  @Test
  void withoutAVote_orByAcclamation_fromTheModalityColumnAlone() {
    String without = resource("sc-layout.csv").replace("Adopted without vote", "");
    assertThat(byId(read(without)).get("S/RES/2119 (2013)").modality()).isEqualTo(DecisionModality.WITHOUT_VOTE);
    String acclaimed = without.replace("Without vote", "Adopted by acclamation");
    assertThat(byId(read(acclaimed)).get("S/RES/2119 (2013)").modality()).isEqualTo(DecisionModality.BY_ACCLAMATION);
    String voted = without.replace("Without vote", "Voting");
    VoteRecord v = byId(read(voted)).get("S/RES/2119 (2013)");
    assertThat(v.modality()).isEqualTo(DecisionModality.RECORDED_VOTE);
    assertThat(v.votes()).hasSize(15);
  }

  @Test
  void withoutAVote_yetANegativeRow_isAProblemAtThatRow() {
    // line 28 is the first row of S/RES/2119 (2013), line 30 its third
    String csv = withLine(resource("sc-layout.csv"), 30, l -> l.replace(",Y,2013-10-01", ",N,2013-10-01"));
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("vote.without-vote-contradicts");
      assertThat(p.line()).hasValue(30);
      assertThat(p.record()).hasValue(28);
    });
    assertThat(byId(r).get("S/RES/2119 (2013)").flags()).anySatisfy(f -> assertThat(f).startsWith(UndlVotes.ROWS_REJECTED));
  }

  @Test
  void voteNoteNamingSeveralMembers_eachXReadFromTheClauseNamingIt() {
    String note = "USSR absent; Egypt and India not participating";
    String csv = resource("sc-layout.csv");
    for (int line = 17; line <= 27; line++) {
      // the note on every row of S/RES/83 (1950), as a note of the resolution
      csv = withLine(csv, line, l -> l.replaceAll(",(absent|not participating|),Voting,", "," + note + ",Voting,"));
    }
    VoteRecord v = byId(read(csv)).get("S/RES/83 (1950)");
    assertThat(v.positionOf(MemberStates.USSR)).contains(VotePosition.ABSENT);
    assertThat(v.positionOf(MemberState.of("EGY", "Egypt"))).contains(VotePosition.NOT_PARTICIPATING);
    assertThat(v.positionOf(MemberState.of("IND", "India"))).contains(VotePosition.NOT_PARTICIPATING);
    assertThat(v.flags()).isEmpty();
  }

  @Test
  void byteOrderMark_beforeTheHeader_isNotPartOfTheFirstColumnsName() {
    UndlVotes.Result r = read("\uFEFF" + resource("sc-layout.csv"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.records()).isEqualTo(read(resource("sc-layout.csv")).records());
  }

  @Test
  void generalAssemblyLayout_readByName() {
    UndlVotes.Result r;
    List<String> ignored;
    try (UndlVotes.Reading reading = UNDL.read(new ByteArrayInputStream(resource("ga-layout.csv")
        .getBytes(StandardCharsets.UTF_8)), "ga.csv", p -> { throw new AssertionError(p); })) {
      List<VoteRecord> all = reading.stream().toList();
      r = new UndlVotes.Result(all, List.of(), reading.rows());
      ignored = reading.ignoredColumns();
    }
    assertThat(ignored).containsExactly("committee_report", "session", "subjects");
    VoteRecord ga = r.records().get(0);
    VoteRecord sc = byId(read(resource("sc-layout.csv"))).get("S/RES/2118 (2013)");
    // title and agenda_title are the General Assembly's names for description and agenda
    assertThat(ga.proposal()).isEqualTo(sc.proposal());
    assertThat(ga.votes()).isEqualTo(sc.votes());
    assertThat(ga.reportedTally()).isEqualTo(sc.reportedTally());
  }

  @Test
  void reorderedColumns_sameRecords() {
    String csv = resource("sc-layout.csv");
    int n = csv.substring(0, csv.indexOf('\n')).split(",").length;
    int[] reversed = new int[n];
    for (int k = 0; k < n; k++) {
      reversed[k] = n - 1 - k;
    }
    UndlVotes.Result r = read(reordered(csv, reversed));
    assertThat(r.problems()).isEmpty();
    assertThat(r.records()).isEqualTo(read(csv).records());
  }

  @Test
  void unknownExtraColumn_ignored() {
    String csv = resource("sc-layout.csv").replaceAll("(?m)^(.+)$", "$1,x");
    csv = csv.replaceFirst(",x\n", ",extra_column\n");
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).isEmpty();
    assertThat(r.records()).isEqualTo(read(resource("sc-layout.csv")).records());
  }

  @Test
  void malformedRow_costsThatRowOnly() {
    // line 5: a row of S/RES/2118 (2013) cut short
    String csv = withLine(resource("sc-layout.csv"), 5, l -> l.substring(0, l.indexOf(",2013-09-27")));
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("csv.columns");
      assertThat(p.line()).hasValue(5);
      assertThat(p.message()).contains("row 5").contains("(20)").contains(": 5");
    });
    assertThat(r.records()).hasSize(3);
    VoteRecord v = byId(r).get("S/RES/2118 (2013)");
    assertThat(v.votes()).hasSize(14);
    assertThat(v.flags()).singleElement().asString().startsWith(UndlVotes.ROWS_REJECTED + ": 1 row").contains("line 5");
    // the other resolutions lose nothing
    assertThat(byId(r).get("S/RES/83 (1950)").votes()).hasSize(11);
  }

  @Test
  void unclosedQuote_stopsTheFile_withALocatedProblem_keepingWhatWasRead() {
    String csv = withLine(resource("sc-layout.csv"), 20, l -> l.replace("Resolution 83", "\"Resolution 83"));
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("csv.syntax"));
    assertThat(r.records()).extracting(x -> x.id().orElseThrow()).contains("S/RES/2118 (2013)");
  }

  @Test
  void bytesThatAreNotUtf8_stopTheFileWhereTheyAre_keepingWhatWasRead() {
    byte[] csv = resource("sc-layout.csv").getBytes(StandardCharsets.UTF_8);
    // an overlong form in place of the first letter of "Resolution 83"
    String text = new String(csv, StandardCharsets.UTF_8);
    int at = text.indexOf("Resolution 83", text.indexOf("UNITED STATES,True,Y,1950"));
    byte[] bad = csv.clone();
    bad[at] = (byte) 0xC0;
    bad[at + 1] = (byte) 0x80;
    UndlVotes.Result r = UNDL.readAll(new ByteArrayInputStream(bad), "t.csv");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("csv.encoding");
      assertThat(p.line()).hasValue(text.substring(0, at).split("\n", -1).length);
      assertThat(p.message()).contains("must be UTF-8").contains("an overlong form");
    });
    assertThat(r.records()).extracting(x -> x.id().orElseThrow()).contains("S/RES/2118 (2013)");
  }

  @Test
  void rowsContradictingTheCouncil_areProblemsWithTheirLine() {
    String csv = resource("sc-layout.csv");
    csv = withLine(csv, 7, l -> l.replace("ARG,ARGENTINA", "XYZ,NOWHERE"));            // unknown code
    csv = withLine(csv, 8, l -> l.replace("AUS,AUSTRALIA", "DEU,GERMANY"));             // not on the Council
    csv = withLine(csv, 9, l -> l.replace("AZE,AZERBAIJAN,False", "AZE,AZERBAIJAN,True")); // not permanent
    csv = withLine(csv, 10, l -> l.replace("GTM,GUATEMALA", "LUX,LUXEMBOURG"));         // LUX twice
    csv = withLine(csv, 12, l -> l.replace(",Y,2013-09-27", ",Q,2013-09-27"));          // no such vote code
    csv = withLine(csv, 13, l -> l.replace("S/PV.7038", "S/PV.7039"));                  // another meeting
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).extracting(p -> p.line().getAsInt() + " " + p.pointer() + " " + p.code())
        .containsExactly(
            "7 /ms_code state.unknown",
            "8 /ms_code vote.not-on-council",
            "9 /permanent_member member.permanent-contradicts",
            "11 /ms_code vote.duplicate",
            "12 /ms_vote vote.code",
            "13 /meeting row.contradicts");
    assertThat(r.problems().get(1).message()).contains("DEU").contains("2013-09-27");
    VoteRecord v = byId(r).get("S/RES/2118 (2013)");
    assertThat(v.votes()).hasSize(9);
    assertThat(v.flags()).singleElement().asString().startsWith(UndlVotes.ROWS_REJECTED + ": 6 rows");
    assertThat(r.records()).hasSize(3);
  }

  @Test
  void reportedTallyDifferentFromTheRows_isAWarning_andBothAreKept() {
    String csv = resource("sc-layout.csv").replace(",14,0,1,0,15,", ",15,0,0,0,15,");
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("tally.mismatch");
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.message()).contains("reported 15-0-0, the votes give 14-0-1");
    });
    VoteRecord v = byId(r).get("S/RES/2118 (2013)");
    assertThat(v.reportedTally()).contains(Tally.of(15, 0, 0));
    assertThat(v.tally()).isEqualTo(Tally.of(14, 0, 1));
  }

  @Test
  void resolutionWithMoreRowsThanSeats_isOneProblem() {
    String csv = resource("sc-layout.csv");
    String[] lines = csv.split("\n");
    // a sixteenth row for S/RES/2118 (2013): the rows of a General Assembly vote would look so
    String extra = lines[1].replace("CHN,CHINA,True", "DEU,GERMANY,False");
    csv = csv.replace(lines[1] + "\n", lines[1] + "\n" + extra + "\n");
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).extracting(Problem::code).containsExactly("vote.not-on-council");
    // with no elected members known, the row is not refused, and the resolution has too many rows
    UndlVotes permanentOnly = UndlVotes.builder().councilHistory(org.r2p.core.CouncilHistory.permanentOnly()).build();
    UndlVotes.Result q = permanentOnly.readAll(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
    assertThat(q.problems()).extracting(Problem::code).containsExactly("votes.more-than-seats");
    assertThat(q.records()).extracting(x -> x.id().orElseThrow()).doesNotContain("S/RES/2118 (2013)").hasSize(2);
  }

  @Test
  void splitResolution_laterRowsAreOneProblem() {
    String csv = resource("sc-layout.csv");
    String[] lines = csv.split("\n");
    csv = csv + lines[1] + "\n";
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("rows.split");
      assertThat(p.line()).hasValue(43);
    });
    assertThat(r.records()).hasSize(3);
  }

  @Test
  void badDateOrSymbol_locatedProblems() {
    String csv = resource("sc-layout.csv");
    csv = csv.replace("1950-06-27", "27/06/1950");
    csv = csv.replace("S/RES/2119 (2013)", "RES 2119");
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).extracting(p -> p.line().getAsInt() + " " + p.code())
        .startsWith("17 date.format", "18 date.format")
        .contains("28 symbol.format");
    assertThat(r.records()).extracting(x -> x.id().orElseThrow()).containsExactly("S/RES/2118 (2013)");
  }

  @Test
  void emptyOrMalformedCells_areProblemsWithTheirLineAndWords() {
    String csv = resource("sc-layout.csv");
    csv = withLine(csv, 3, l -> l.replace(",FRA,FRANCE,", ",,FRANCE,"));                  // no state code
    csv = withLine(csv, 4, l -> l.replace(",True,Y,2013", ",True,,2013"));                 // no vote
    csv = withLine(csv, 5, l -> l.replace(",RUSSIAN FEDERATION,True,", ",RUSSIAN FEDERATION,Maybe,")); // not a boolean
    UndlVotes.Result r = read(csv);
    assertThat(r.problems()).extracting(p -> p.line().getAsInt() + " " + p.pointer() + " " + p.code() + ": " + p.message())
        .containsExactly(
            "3 /ms_code field.required: row 3 (S/RES/2118 (2013)): ms_code must not be empty",
            "4 /ms_vote field.required: row 4 (S/RES/2118 (2013)): ms_vote must be one of Y, N, A, X: ''",
            "5 /permanent_member field.format: row 5 (S/RES/2118 (2013)): permanent_member must be True or False:"
                + " 'Maybe'");
    // the three rows are left out and said so; the resolution is still read
    VoteRecord v = byId(r).get("S/RES/2118 (2013)");
    assertThat(v.votes()).hasSize(12);
    assertThat(v.flags()).singleElement().asString().startsWith(UndlVotes.ROWS_REJECTED + ": 3 rows");
  }

  @Test
  void aReportedTallyThatIsNoTally_isAWarning_andLeftOut() {
    // a count that is not a number
    UndlVotes.Result words = read(resource("sc-layout.csv").replace(",14,0,1,0,15,", ",fourteen,0,1,0,15,"));
    assertThat(words.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("tally.format");
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/total_yes");
      assertThat(p.line()).hasValue(2);
      assertThat(p.message()).isEqualTo("row 2 (S/RES/2118 (2013)): total_yes must be a whole number; the reported"
          + " tally is left out: 'fourteen'");
    });
    assertThat(byId(words).get("S/RES/2118 (2013)").reportedTally()).isEmpty();
    assertThat(byId(words).get("S/RES/2118 (2013)").votes()).hasSize(15);

    // numbers that make no tally
    UndlVotes.Result negative = read(resource("sc-layout.csv").replace(",14,0,1,0,15,", ",14,-1,1,0,15,"));
    assertThat(negative.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("tally.invalid");
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.message()).startsWith("row 2 (S/RES/2118 (2013)): the reported tally is left out: ");
    });
    assertThat(byId(negative).get("S/RES/2118 (2013)").reportedTally()).isEmpty();

    // an empty count: no reported tally, and nothing to say
    UndlVotes.Result empty = read(resource("sc-layout.csv").replace(",14,0,1,0,15,", ",14,,1,0,15,"));
    assertThat(empty.problems()).isEmpty();
    assertThat(byId(empty).get("S/RES/2118 (2013)").reportedTally()).isEmpty();
  }

  @Test
  void symbols_requiredOrLeftOutWithAWarning() {
    // the draft and the meeting are optional: a bad one is left out, with a warning
    UndlVotes.Result draft = read(resource("sc-layout.csv").replace(",S/2013/575,", ",draft 575,"));
    assertThat(draft.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("symbol.format");
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/draft");
      assertThat(p.message()).startsWith("row 2 (S/RES/2118 (2013)): draft is not a document symbol and is left out: ");
    });
    VoteRecord v = byId(draft).get("S/RES/2118 (2013)");
    assertThat(v.proposal().symbol()).isEmpty();

    // the resolution is required: an empty one is an error, and the resolution is not read
    UndlVotes.Result none = read(resource("sc-layout.csv").replace(",S/RES/2118 (2013),", ",,"));
    assertThat(none.problems()).extracting(p -> p.line().getAsInt() + " " + p.pointer() + " " + p.code() + ": " + p.message())
        .containsExactly("2 /resolution field.required: row 2: resolution must not be empty");
    assertThat(none.records()).extracting(x -> x.id().orElseThrow()).doesNotContain("S/RES/2118 (2013)").hasSize(2);
  }

  @Test
  void aDateWithNoCouncil_isOneProblem() {
    UndlVotes.Result r = read(resource("sc-layout.csv").replace("2013-09-27", "1945-06-26"));
    assertThat(r.problems()).extracting(p -> p.line().getAsInt() + " " + p.pointer() + " " + p.code())
        .first().isEqualTo("2 /date council.unknown");
    assertThat(r.problems().get(0).message()).startsWith("row 2: no Council composition for 1945-06-26: ");
    assertThat(r.records()).extracting(x -> x.id().orElseThrow()).doesNotContain("S/RES/2118 (2013)");
  }

  @Test
  void resolutionSymbolWithoutTheSpaceBeforeItsYear_isRead() {
    UndlVotes.Result r = read(resource("sc-layout.csv").replace("S/RES/2118 (2013)", "S/RES/2118(2013)"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.records().get(0).id()).contains("S/RES/2118 (2013)");
  }

  @Test
  void missingRequiredColumn_oneProblem_nothingRead() {
    String csv = resource("sc-layout.csv").replaceFirst("ms_vote", "vote");
    UndlVotes.Result r = read(csv);
    assertThat(r.records()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("csv.header");
      assertThat(p.message()).contains("missing [ms_vote]");
    });
    assertThat(read("").problems()).extracting(Problem::code).containsExactly("csv.empty");
  }

  @Test
  void dateFilter() {
    UndlVotes since = UndlVotes.builder().since(LocalDate.of(2013, 9, 28)).build();
    UndlVotes until = UndlVotes.builder().until(LocalDate.of(2013, 9, 27)).build();
    byte[] csv = resource("sc-layout.csv").getBytes(StandardCharsets.UTF_8);
    assertThat(since.readAll(new ByteArrayInputStream(csv), "t").records())
        .extracting(x -> x.id().orElseThrow()).containsExactly("S/RES/2119 (2013)");
    assertThat(until.readAll(new ByteArrayInputStream(csv), "t").records())
        .extracting(x -> x.id().orElseThrow()).containsExactly("S/RES/2118 (2013)", "S/RES/83 (1950)");
  }

  @Test
  void iterator_endsCleanly() {
    try (UndlVotes.Reading r = UNDL.read(new ByteArrayInputStream(resource("sc-layout.csv")
        .getBytes(StandardCharsets.UTF_8)), "t", p -> { })) {
      assertThat(r.stream().count()).isEqualTo(3);
      assertThat(r.hasNext()).isFalse();
      assertThatThrownBy(r::next).isInstanceOf(NoSuchElementException.class).hasMessageContaining("t");
    }
  }

  @Test
  void importedRecords_validate_withEveryTallyReproducedFromTheVotes() {
    UndlVotes.Result r = read(resource("sc-layout.csv"));
    java.io.ByteArrayOutputStream ndjson = new java.io.ByteArrayOutputStream();
    R2pJson.writeNdjson(r.records(), ndjson);
    ValidationResult vr = VoteRecordValidator.builder().build().validate(new ByteArrayInputStream(ndjson.toByteArray()));
    assertThat(vr.problems()).isEmpty();
    assertThat(vr.records()).isEqualTo(r.records());
    for (VoteRecord v : vr.records()) {
      v.reportedTally().ifPresent(t -> assertThat(v.tally()).extracting(Tally::yes, Tally::no, Tally::abstain)
          .containsExactly(t.yes(), t.no(), t.abstain()));
    }
  }

  /**
   * A file the size of the Library's (2,787 resolutions, about 41,000 rows), written as it is
   * read: it counts the bytes handed out, so a test can see how much was read when.
   */
  static final class GeneratedFile extends InputStream {
    static final int RESOLUTIONS = 2787;
    private final org.r2p.core.CouncilHistory history = R2pDatasets.bundled().councilHistory();
    private byte[] chunk = ("undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,"
        + "description,agenda,subjects,vote_note,modality,total_yes,total_no,total_abstentions,total_non_voting,"
        + "total_ms,undl_link\n").getBytes(StandardCharsets.UTF_8);
    private int at;
    private int next = 1;
    long produced;
    int rows;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      while (at == chunk.length) {
        if (next > RESOLUTIONS) {
          return -1;
        }
        chunk = resolution(next++).getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      produced += n;
      return n;
    }

    /** Resolution n's rows: dates spread over 1946-2025, more of them in later years, as in the real file. */
    private String resolution(int n) {
      LocalDate start = LocalDate.of(1946, 2, 1);
      long days = java.time.temporal.ChronoUnit.DAYS.between(start, LocalDate.of(2025, 7, 17));
      LocalDate date = start.plusDays((long) (days * Math.sqrt((n - 1) / (double) RESOLUTIONS)));
      Council c = history.councilOn(date);
      List<MemberState> members = new ArrayList<>(c.members());
      // the first elected member abstains, the others vote yes
      int abstain = members.size() > 5 ? 1 : 0;
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < members.size(); k++) {
        MemberState m = members.get(k);
        b.append(10_000 + n).append(',').append(m.code()).append(',').append(m.name().replace(",", ""))
            .append(',').append(k < 5 ? "True" : "False").append(',').append(k == 5 ? "A" : "Y")
            .append(',').append(date).append(",S/RES/").append(n).append(" (").append(date.getYear()).append(')')
            .append(",,S/PV.").append(n).append(",Resolution ").append(n).append(",,,,,")
            .append(members.size() - abstain).append(",0,").append(abstain).append(",0,").append(members.size())
            .append(",https://example.org/undl/").append(n).append('\n');
        rows++;
      }
      return b.toString();
    }
  }

  @Test
  void fileOfTheRealSize_isReadLazily_oneResolutionAtATime() {
    GeneratedFile file = new GeneratedFile();
    List<Problem> problems = new ArrayList<>();
    try (UndlVotes.Reading r = UNDL.read(file, "generated.csv", problems::add)) {
      VoteRecord first = r.next();
      assertThat(first.id()).contains("S/RES/1 (1946)");
      // the first record is out after reading a few kilobytes: the rest is not yet written
      long atFirst = file.produced;
      assertThat(atFirst).isLessThan(64 * 1024);
      long count = 1;
      int votes = first.votes().size();
      while (r.hasNext()) {
        VoteRecord v = r.next();
        votes += v.votes().size();
        assertThat(v.reportedTally()).contains(Tally.of(v.tally().yes(), v.tally().no(), v.tally().abstain()));
        count++;
      }
      assertThat(problems).isEmpty();
      assertThat(count).isEqualTo(GeneratedFile.RESOLUTIONS);
      assertThat(r.rows()).isEqualTo(file.rows).isEqualTo(votes).isGreaterThan(40_000);
      assertThat(file.produced).isGreaterThan(50 * atFirst);
    }
  }
}
