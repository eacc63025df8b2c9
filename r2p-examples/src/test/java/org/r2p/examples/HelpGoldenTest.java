package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.examples.cli.R2pCommand;
import picocli.CommandLine;

/**
 * Every help screen, at 80 and at 160 columns, against its golden file in
 * {@code src/test/resources/help/}. Help text is written as sentences that picocli wraps; a
 * change to it shows here as a difference to review. To accept the new screens, run
 * {@code ./mvnw -B -pl r2p-examples -am test -Dtest=HelpGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dr2p.help.update=true} (or set {@code R2P_HELP_UPDATE=1}) and commit the files it rewrites.
 */
final class HelpGoldenTest {
  static final Path GOLDEN = Paths.get("src", "test", "resources", "help");
  static final int[] WIDTHS = {80, 160};

  static boolean updating() {
    return Boolean.getBoolean("r2p.help.update") || "1".equals(System.getenv("R2P_HELP_UPDATE"));
  }

  /** Every command, as the words that name it: the program itself, then each command and subcommand. */
  static List<List<String>> commands(CommandLine root) {
    List<List<String>> out = new ArrayList<>();
    walk(root, new ArrayList<>(), out);
    return out;
  }

  private static void walk(CommandLine c, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    c.getSubcommands().forEach((name, sub) -> {
      if (!sub.getCommandSpec().aliases().equals(List.of()) && !sub.getCommandName().equals(name)) {
        return;
      }
      List<String> p = new ArrayList<>(path);
      p.add(name);
      walk(sub, p, out);
    });
  }

  static String usage(List<String> path, int width) {
    CommandLine root = R2pCommand.commandLine(System.in, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    root.setUsageHelpWidth(width);
    CommandLine c = root;
    for (String name : path) {
      c = c.getSubcommands().get(name);
    }
    return c.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  @Test
  void everyHelpScreen_atEightyAndOneHundredSixtyColumns_isItsGoldenFile() throws IOException {
    CommandLine root = R2pCommand.commandLine(System.in, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    List<List<String>> commands = commands(root);
    assertThat(commands).contains(List.of(), List.of("review"), List.of("whatif"), List.of("import", "undl"),
        List.of("schema"));
    List<String> different = new ArrayList<>();
    for (List<String> path : commands) {
      for (int width : WIDTHS) {
        String name = (path.isEmpty() ? "r2p" : "r2p-" + String.join("-", path)) + "-" + width + ".txt";
        String actual = usage(path, width);
        for (String line : actual.split("\n", -1)) {
          assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(width);
        }
        Path file = GOLDEN.resolve(name);
        if (updating()) {
          Files.createDirectories(GOLDEN);
          Files.writeString(file, actual, StandardCharsets.UTF_8);
        } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(actual)) {
          different.add(name);
        }
      }
    }
    assertThat(different).as("help screens that differ from their golden files (see this class's javadoc to"
        + " regenerate them)").isEmpty();
  }

  @Test
  void helpForASubcommand_isItsOwnHelp() {
    Cli viaHelp = Cli.run("help", "import", "undl");
    Cli viaOption = Cli.run("import", "undl", "--help");
    assertThat(viaHelp.code).as(viaHelp.toString()).isZero();
    assertThat(viaHelp.out).isEqualTo(viaOption.out).contains("Usage: r2p import undl");
    Cli unknown = Cli.run("help", "import", "frobnicate");
    assertThat(unknown.code).isEqualTo(2);
    assertThat(unknown.err).contains("Unknown command: 'frobnicate'");
  }

  @Test
  void everyCommandsSummary_isOneWholeSentence() {
    CommandLine root = R2pCommand.commandLine(System.in, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    for (List<String> path : commands(root)) {
      CommandLine c = root;
      for (String name : path) {
        c = c.getSubcommands().get(name);
      }
      String[] description = c.getCommandSpec().usageMessage().description();
      assertThat(description).as(String.join(" ", path)).isNotEmpty();
      assertThat(description[0]).as(String.join(" ", path)).endsWith(".").doesNotContain("\n");
    }
  }
}
