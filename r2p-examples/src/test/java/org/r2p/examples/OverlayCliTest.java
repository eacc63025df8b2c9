package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A researcher's own facts on the command line: --adherence, --assessments, the adheres scenario. */
final class OverlayCliTest {
  @TempDir Path dir;

  @Test
  void russiaJoinsTheCode_oneCommand() {
    Cli c = run("whatif", "--history", "--scenario", "adheres", "--state", "RUS", "--from", "2015-10-23",
        "--credibility", "MAJORITY_SUPPORT");
    assertThat(c.code).as(c.toString()).isZero();
    assertThat(c.out).contains("Russian Federation adheres to the ACT Code of Conduct from 2015-10-23 and keeps it")
        .contains("230 records, 2 with another outcome")
        .contains("2016-10-08  S/2016/846 [V194]: FAILED_VETO -> ADOPTED (DECIDED); changed [RUS NO->ABSTAIN]")
        .contains("2024-11-18  S/2024/826 [V227]: FAILED_VETO -> ADOPTED (DECIDED)");
    // under the default Q2 the scenario supposes Russia's own judgement of credibility, and says so on each change
    Cli supposed = run("whatif", "--history", "--scenario", "adheres", "--state", "RUS", "--from", "2015-10-23",
        "--explain");
    assertThat(supposed.out).contains("where Q2 is SELF_ASSESSMENT it is supposed to judge credible a draft that won the"
            + " votes required (Q2 MAJORITY_SUPPORT), as no source records its own judgement")
        .contains("230 records, 2 with another outcome")
        .contains("that the state judged the draft credible is the scenario's supposition (Q2 MAJORITY_SUPPORT in place of"
            + " SELF_ASSESSMENT), not a recorded judgement");
    // supposing nothing, the Code's verdicts stay INDETERMINATE: nothing changes, and the output says why
    Cli quiet = run("whatif", "--history", "--scenario", "adheres", "--state", "RUS", "--from", "2015-10-23",
        "--assume-credibility", "SELF_ASSESSMENT");
    assertThat(quiet.out).contains("230 records, 0 with another outcome").contains("No outcome changed. Under Q2 SELF_ASSESSMENT")
        .contains("--assume-credibility MAJORITY_SUPPORT");
    Cli bad = run("whatif", "--history", "--scenario", "adheres", "--state", "RUS");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("scenario 'adheres' needs --state CODE and --from DATE");
  }

  @Test
  void adherenceFile_settlesWhatTheBundledDataCannot() throws IOException {
    Path adh = Files.writeString(dir.resolve("adherence.csv"),
        "state,instrument,relation,from,source\nRUS,ACT_CODE_OF_CONDUCT,ADHERES,2016-01-01,my source\n"
            + "CHN,ACT_CODE_OF_CONDUCT,DOES_NOT_ADHERE,2025-12-31,my source\n");
    Cli with = run("--out", dir.resolve("a").toString(), "--adherence", adh.toString());
    Cli without = run("--out", dir.resolve("b").toString());
    assertThat(with.code).as(with.toString()).isZero();
    // the bundled data says Russia had not joined; the researcher's adherence replaces that, and
    // the Code then reaches Russia's vetoes (credibility stays unknown under the default Q2)
    String indeterminate = "2016-10-08 S/2016/846, Russian Federation, ACT Code of Conduct: **INDETERMINATE**";
    assertThat(without.out).doesNotContain(indeterminate)
        .contains("Russian Federation, not joined as of 2022-04-26: 16 casts (2016-10-08 S/2016/846");
    assertThat(with.out).contains(indeterminate)
        .doesNotContain("Russian Federation, not joined as of 2022-04-26")
        .contains("China had not joined the ACT Code of Conduct as of 2025-12-31");
    Path json = Files.writeString(dir.resolve("adherence.json"),
        "[{\"state\":\"CHN\",\"instrument\":\"ACT_CODE_OF_CONDUCT\",\"from\":\"2016-01-01\",\"source\":\"what if\"}]");
    Cli china = run("review", "--adherence", json.toString(), "--credibility", "MAJORITY_SUPPORT",
        Files.writeString(dir.resolve("none.json"), "[]").toString());
    assertThat(china.code).as(china.toString()).isZero();
    Path broken = Files.writeString(dir.resolve("broken.csv"),
        "state,instrument,relation,from,source\nXXX,ACT_CODE_OF_CONDUCT,ADHERES,2016-01-01,s\n"
            + "RUS,NO_SUCH,ADHERES,2016-01-01,s\nRUS,ACT_CODE_OF_CONDUCT,ADHERES,2016-01-01,s\n");
    Cli bad = run("--out", dir.resolve("c").toString(), "--adherence", broken.toString());
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("2 problem(s)").contains("broken.csv line 2: unknown state code: 'XXX'")
        .contains("broken.csv line 3: ");
  }

  @Test
  void assessmentsFile_replacesTheBundledAssessmentForThatDraft() throws IOException {
    Path csv = Files.writeString(dir.resolve("aims.csv"),
        "symbol,assessment,crimes,timing,asserted_by,source\n"
            + "S/2014/348,YES,WAR_CRIMES;CRIMES_AGAINST_HUMANITY,BEFORE_VOTE,a researcher,my reading of the draft\n");
    Cli c = run("whatif", "--history", "--scenario", "p5-restraint", "--since", "2007-01-01", "--assessments", csv.toString());
    assertThat(c.code).as(c.toString()).isZero();
    // the bundled count: drafts assessed YES from 2007, less those characterised only after the vote (Q16)
    int bundled = R2pCliTest.WhatIfAndPower.atrocityDrafts(java.time.LocalDate.of(2007, 1, 1), false).size();
    assertThat(c.out).contains("230 records, " + (bundled + 1) + " with another outcome")
        .contains("2014-05-22  S/2014/348 [V191]: FAILED_VETO -> ADOPTED (DECIDED)");
    Path json = Files.writeString(dir.resolve("aims.json"),
        "{\"S/2016/846\": {\"assessment\": \"NO\", \"assertedBy\": \"a sceptic\"}}");
    Cli j = run("whatif", "--history", "--scenario", "p5-restraint", "--since", "2007-01-01", "--assessments", json.toString());
    assertThat(j.out).contains("230 records, " + (bundled - 1) + " with another outcome").doesNotContain("S/2016/846");
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"S/2016/846\": {\"assessment\": \"MAYBE\"}}");
    Cli b = run("whatif", "--history", "--scenario", "baseline", "--assessments", bad.toString());
    assertThat(b.code).isEqualTo(2);
    assertThat(b.err).contains("--assessments 1 problem(s)").contains("/S/2016/846");
  }
}
