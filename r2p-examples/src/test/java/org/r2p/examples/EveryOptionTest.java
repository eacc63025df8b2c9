package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.r2p.examples.cli.R2pCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option takes effect or is refused: each whatif scenario is run with each option of the
 * command, one at a time, and either the run is refused as a usage error naming the option and
 * the options the scenario reads, or it is accepted; an accepted option that selects records or
 * sets the scenario changes what is printed.
 */
final class EveryOptionTest {
  @TempDir Path dir;

  /** Each scenario and the options it cannot run without. */
  static final Map<String, List<String>> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put("baseline", List.of());
    SCENARIOS.put("full-compliance", List.of());
    SCENARIOS.put("universal-code", List.of());
    SCENARIOS.put("p5-restraint", List.of());
    SCENARIOS.put("abstentions-as-no", List.of());
    SCENARIOS.put("votes", List.of("--vote", "USA=ABSTAIN"));
    SCENARIOS.put("adheres", List.of("--state", "RUS", "--from", "2015-10-23"));
  }

  /** The options each scenario alone reads (the others are refused). */
  static final Map<String, Set<String>> ONLY = Map.of(
      "--since", Set.of("p5-restraint"),
      "--vote", Set.of("votes"),
      "--assume-credibility", Set.of("universal-code", "adheres"),
      "--instrument", Set.of("adheres"));

  /** Options whose effect shows in every run that reads them: they select records or set the scenario. */
  static final Set<String> MUST_CHANGE_OUTPUT = Set.of("--symbol", "--situation", "--state", "--from", "--until",
      "--since", "--format", "--vote", "--instrument", "--verdict");

  static final List<String> BASE = List.of("whatif", "--history", "--scenario");

  Map<String, String> samples() throws IOException {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("--symbol", "S/2011/612");
    v.put("--situation", "SYRIA");
    v.put("--state", "CHN");
    v.put("--from", "2012-01-01");
    v.put("--until", "2011-12-31");
    v.put("--since", "1990-01-01");
    v.put("--vote", "CHN=ABSTAIN");
    v.put("--assume-credibility", "SELF_ASSESSMENT");
    v.put("--instrument", "UK_PLEDGE");
    v.put("--verdict", "BREACH");
    v.put("--format", "csv");
    v.put("--assessments", Files.writeString(dir.resolve("aims.csv"),
        "symbol,assessment,asserted_by\nS/2011/612,NO,a sceptic\n").toString());
    v.put("--adherence", Files.writeString(dir.resolve("adh.csv"),
        "state,instrument,relation,from,source\nRUS,ACT_CODE_OF_CONDUCT,ADHERES,2016-01-01,my source\n").toString());
    v.put("--restraint-covers", "DRAFT_RESOLUTION");
    return v;
  }

  @Test
  void everyScenario_withEveryOption_takesItOrRefusesIt() throws IOException {
    CommandLine whatif = R2pCommand.commandLine(System.in, new java.io.PrintWriter(System.out),
        new java.io.PrintWriter(System.err)).getSubcommands().get("whatif");
    Map<String, String> samples = samples();
    int refused = 0;
    int taken = 0;
    for (Map.Entry<String, List<String>> scenario : SCENARIOS.entrySet()) {
      List<String> base = new ArrayList<>(BASE);
      base.add(scenario.getKey());
      base.addAll(scenario.getValue());
      Cli plain = run(base.toArray(String[]::new));
      assertThat(plain.code).as(plain.toString()).isZero();
      for (OptionSpec o : whatif.getCommandSpec().options()) {
        String name = o.longestName();
        if (o.usageHelp() || o.versionHelp() || base.contains(name)) {
          continue;
        }
        List<String> args = new ArrayList<>(base);
        args.add(name);
        if (o.arity().max() > 0) {
          String value = samples.containsKey(name) ? samples.get(name)
              : o.type().isEnum() ? nonDefault(o) : null;
          assertThat(value).as("a sample value for " + name).isNotNull();
          args.add(value);
        }
        Cli c = run(args.toArray(String[]::new));
        String what = String.join(" ", args) + "\n" + c;
        if (ONLY.containsKey(name) && !ONLY.get(name).contains(scenario.getKey())) {
          assertThat(c.code).as(what).isEqualTo(2);
          assertThat(c.err).as(what).startsWith("r2p: " + name + " does not apply to --scenario " + scenario.getKey())
              .contains("The options " + scenario.getKey() + " reads: ");
          assertThat((c.err.substring(c.err.indexOf(" reads: ")) + " ").replace("\n", " ")).as(what)
              .doesNotContain(" " + name + " ");
          refused++;
        } else {
          assertThat(c.code).as(what).isZero();
          if (MUST_CHANGE_OUTPUT.contains(name)) {
            assertThat(c.out).as(what).isNotEqualTo(plain.out);
          }
          taken++;
        }
      }
    }
    assertThat(refused).isPositive();
    assertThat(taken).isGreaterThan(refused);
  }

  private static String nonDefault(OptionSpec o) {
    Object[] values = o.type().getEnumConstants();
    String def = o.defaultValue();
    for (Object v : values) {
      if (def == null || !def.equalsIgnoreCase(v.toString())) {
        return v.toString();
      }
    }
    return values[0].toString();
  }

  @Test
  void theIssuesThreeCommands_giveTwentyOrRefuse() {
    // --since is p5-restraint's: refused for votes, naming the options votes reads
    Cli since = run("whatif", "--history", "--scenario", "votes", "--vote", "USA=ABSTAIN", "--situation",
        "ISRAEL_PALESTINE", "--since", "2000-01-01");
    assertThat(since.code).as(since.toString()).isEqualTo(2);
    assertThat(since.err).startsWith("r2p: --since does not apply to --scenario votes: it is read by p5-restraint only.")
        .contains("--from").contains("--vote");
    Cli from = run("whatif", "--history", "--scenario", "votes", "--vote", "USA=ABSTAIN", "--situation",
        "ISRAEL_PALESTINE", "--from", "2000-01-01");
    assertThat(from.out).as(from.toString()).contains(", 20 with another outcome;");
    // p5-restraint's --from is its first day of restraint, as --since
    Cli p5 = run("whatif", "--history", "--scenario", "p5-restraint", "--from", "2000-01-01");
    Cli p5since = run("whatif", "--history", "--scenario", "p5-restraint", "--since", "2000-01-01");
    assertThat(p5.code).as(p5.toString()).isZero();
    assertThat(p5.out).isEqualTo(p5since.out).contains("2000-01-01");
    assertThat(run("whatif", "--history", "--scenario", "p5-restraint", "--from", "2000-01-01", "--since",
        "2000-01-01").code).isEqualTo(2);
    // baseline on one situation compares that situation's records only
    Cli syria = run("whatif", "--history", "--scenario", "baseline", "--situation", "SYRIA");
    long records = org.r2p.json.R2pDatasets.bundled().vetoes().stream()
        .filter(r -> r.proposal().concerns(org.r2p.core.Situation.SYRIA)).count();
    assertThat(records).isBetween(10L, 229L);
    assertThat(syria.out).contains("; " + records + " records (on Syria), 0 with another outcome");
  }

  @Test
  void reviewRefusesWhatItsFormatDoesNotRead() {
    for (String o : List.of("--explain", "--records")) {
      for (String format : List.of("text", "csv")) {
        Cli c = run("review", "--history", "--format", format, o);
        assertThat(c.code).as(c.toString()).isEqualTo(2);
        assertThat(c.err).startsWith("r2p: " + o + " does not apply to --format " + format);
      }
    }
    for (String o : List.of("--all", "--explain")) {
      Cli c = run("whatif", "--history", "--scenario", "baseline", "--format", "csv", o);
      assertThat(c.code).as(c.toString()).isEqualTo(2);
      assertThat(c.err).startsWith("r2p: " + o + " does not apply to --format csv");
    }
  }
}
