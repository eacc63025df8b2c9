package org.r2p.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.r2p.core.ProposalKind;
import org.r2p.rules.Interpretation;
import org.r2p.rules.InterpretationQuestion;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The interpretation options of every command that has them, against the questions they come from. */
final class InterpretationOptionsTest {
  /** The options as 0.1 had them: name, arity, parameter label (what users have written). */
  private static final Map<String, String> SINCE_0_1 = new LinkedHashMap<>();

  static {
    SINCE_0_1.put("--abstention", "1 LETTER|SPIRIT");
    SINCE_0_1.put("--credibility", "1 TEST");
    SINCE_0_1.put("--contested-aim", "1 HOW");
    SINCE_0_1.put("--mixed-drafts", "1 HOW");
    SINCE_0_1.put("--restraint-covers", "1 KIND");
    SINCE_0_1.put("--no-on-failed-draft-breaches", "0");
    SINCE_0_1.put("--vital-interest", "1 HOW");
    SINCE_0_1.put("--crime-list", "1 LIST");
    SINCE_0_1.put("--article27-3", "1 HOW");
    SINCE_0_1.put("--absence", "1 HOW");
    SINCE_0_1.put("--transition-threshold", "1 HOW");
    SINCE_0_1.put("--commitment-dates", "1 HOW");
    SINCE_0_1.put("--amendment-veto-no-debate", "0");
    SINCE_0_1.put("--positive-pledge", "1 HOW");
    SINCE_0_1.put("--after-vote-characterisation", "1 HOW");
  }

  /** The commands with interpretation options, each with how its mixin is reached. */
  private static Map<String, Function<CommandLine, InterpretationOptions>> commands() {
    Map<String, Function<CommandLine, InterpretationOptions>> m = new LinkedHashMap<>();
    m.put("", cl -> ((R2pCommand) cl.getCommand()).interpretation);
    m.put("review", cl -> ((ReviewCommand) cl.getSubcommands().get("review").getCommand()).interpretation);
    m.put("whatif", cl -> ((WhatIfCommand) cl.getSubcommands().get("whatif").getCommand()).interpretation);
    return m;
  }

  private static CommandLine commandLine() {
    StringWriter sink = new StringWriter();
    return R2pCommand.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(sink), new PrintWriter(sink));
  }

  private static CommandSpec spec(CommandLine cl, String command) {
    return command.isEmpty() ? cl.getCommandSpec() : cl.getSubcommands().get(command).getCommandSpec();
  }

  @Test
  void everyOption_isItsQuestions_nameArityLabelAndHelp() {
    for (String command : commands().keySet()) {
      CommandSpec spec = spec(commandLine(), command);
      List<String> names = new ArrayList<>();
      for (InterpretationQuestion q : InterpretationQuestion.withOptions()) {
        OptionSpec o = spec.findOption(q.option().orElseThrow());
        assertThat(o).as(command + " " + q.label()).isNotNull();
        names.add(o.longestName());
        boolean flag = q.form() == InterpretationQuestion.Form.FLAG;
        assertThat(o.arity().toString()).as(o.longestName()).isEqualTo(flag ? "0" : "1");
        if (!flag) {
          assertThat(o.paramLabel()).as(o.longestName()).isEqualTo(q.paramLabel());
        }
        assertThat(o.description()).containsExactly(q.help());
        assertThat(o.splitRegex()).isEqualTo(q.form() == InterpretationQuestion.Form.KINDS ? "," : "");
      }
      // 0.1's options first, in their order; the options of later questions (Q17's --continuity) follow
      assertThat(names).as("the options of 0.1, in their order, then the newer ones")
          .startsWith(SINCE_0_1.keySet().toArray(new String[0]));
      for (Map.Entry<String, String> e : SINCE_0_1.entrySet()) {
        OptionSpec o = spec.findOption(e.getKey());
        String[] arityLabel = e.getValue().split(" ");
        assertThat(o.arity().toString()).isEqualTo(arityLabel[0]);
        if (arityLabel.length > 1) {
          assertThat(o.paramLabel()).isEqualTo(arityLabel[1]);
        }
      }
    }
  }

  @Test
  void everyAnswer_onEveryCommand_setsItsQuestion_asTheQuestionDoes() {
    for (Map.Entry<String, Function<CommandLine, InterpretationOptions>> c : commands().entrySet()) {
      for (InterpretationQuestion q : InterpretationQuestion.withOptions()) {
        for (List<String> values : values(q)) {
          CommandLine cl = commandLine();
          List<String> args = new ArrayList<>();
          if (!c.getKey().isEmpty()) {
            args.add(c.getKey());
          }
          if (c.getKey().equals("whatif")) {
            args.addAll(List.of("--history", "--scenario", "baseline"));
          }
          if (values.isEmpty()) {
            args.add(q.option().get());
          } else {
            args.add(q.option().get() + "=" + String.join(",", values));
          }
          if (c.getKey().equals("review")) {
            args.add("-");
          }
          cl.parseArgs(args.toArray(String[]::new));
          Interpretation got = c.getValue().apply(cl).interpretation();
          assertThat(got).as(args.toString()).isEqualTo(q.with(Interpretation.defaults(), answer(q, values)));
          assertThat(got.differencesFromDefaults()).as(args.toString()).hasSize(q.isDefault(got) ? 0 : 1);
        }
      }
      // none given: the defaults
      CommandLine cl = commandLine();
      cl.parseArgs(c.getKey().equals("review") ? new String[] {"review", "-"}
          : c.getKey().equals("whatif") ? new String[] {"whatif", "--history", "--scenario", "baseline"} : new String[0]);
      assertThat(c.getValue().apply(cl).interpretation()).isSameAs(Interpretation.defaults());
    }
  }

  @Test
  void answersCombine_case_insensitively_kindsRepeat_othersOnce() {
    CommandLine cl = commandLine();
    cl.parseArgs("review", "--abstention", "spirit", "--restraint-covers", "AMENDMENT", "--restraint-covers",
        "draft_resolution,separate_paragraph", "--amendment-veto-no-debate", "-");
    Interpretation i = ((ReviewCommand) cl.getSubcommands().get("review").getCommand()).interpretation.interpretation();
    assertThat(i).isEqualTo(Interpretation.defaults().withAbstention(Interpretation.AbstentionReading.SPIRIT)
        .withRestraintCovers(EnumSet.of(ProposalKind.AMENDMENT, ProposalKind.DRAFT_RESOLUTION, ProposalKind.SEPARATE_PARAGRAPH))
        .withAmendmentVetoTriggersDebate(false));
    assertThatThrownBy(() -> commandLine().parseArgs("review", "--abstention", "SPIRIT", "--abstention", "LETTER", "-"))
        .isInstanceOf(CommandLine.OverwrittenOptionException.class)
        .hasMessage("option '--abstention' (LETTER|SPIRIT) should be specified only once");
    assertThatThrownBy(() -> commandLine().parseArgs("review", "--crime-list", "FOO", "-"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("Invalid value for option '--crime-list': expected one of [CODE, R2P, FRENCH, UK] (case-insensitive)"
            + " but was 'FOO'");
  }

  @Test
  void theRulesPagesTable_numbersEveryQuestion_withItsOption() throws java.io.IOException {
    // docs/rules.md, "Interpretation questions"
    java.nio.file.Path here = java.nio.file.Paths.get("").toAbsolutePath();
    java.nio.file.Path root = java.nio.file.Files.exists(here.resolve("README.md")) ? here : here.getParent();
    String readme = java.nio.file.Files.readString(root.resolve("docs/rules.md"));
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| (\\d+) \\|[^\\n]*\\| ([^|\\n]*) \\|$")
        .matcher(readme.substring(readme.indexOf("| Q | Question | Default | CLI option |")));
    List<String> rows = new ArrayList<>();
    while (row.find() && rows.size() < InterpretationQuestion.values().length) {
      int number = Integer.parseInt(row.group(1));
      InterpretationQuestion q = java.util.Arrays.stream(InterpretationQuestion.values())
          .filter(x -> x.number() == number).findFirst().orElseThrow(() -> new AssertionError("no Q" + number));
      rows.add(q.label());
      assertThat(row.group(2)).as(q.label()).startsWith("`" + q.option().orElseThrow());
    }
    assertThat(rows).as("one row per question, in order")
        .containsExactlyElementsOf(java.util.Arrays.stream(InterpretationQuestion.values()).map(InterpretationQuestion::label).toList());
  }

  /** The values to give the option: none for a flag, each constant, one kind and every kind. */
  private static List<List<String>> values(InterpretationQuestion q) {
    List<List<String>> out = new ArrayList<>();
    switch (q.form()) {
      case FLAG:
        out.add(List.of());
        break;
      case KINDS:
        out.add(List.of("AMENDMENT"));
        out.add(q.answers());
        break;
      default:
        q.answers().forEach(a -> out.add(List.of(a)));
    }
    return out;
  }

  private static Object answer(InterpretationQuestion q, List<String> values) {
    switch (q.form()) {
      case FLAG:
        return q.flagAnswer();
      case KINDS:
        List<ProposalKind> kinds = new ArrayList<>();
        values.forEach(v -> kinds.add(ProposalKind.valueOf(v)));
        return kinds;
      default:
        for (Object c : q.valueType().getEnumConstants()) {
          if (((Enum<?>) c).name().equals(values.get(0))) {
            return c;
          }
        }
        throw new AssertionError(values);
    }
  }
}
