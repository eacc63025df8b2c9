package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code r2p help [COMMAND...]}: the help of a command or of a subcommand ({@code r2p help import
 * undl}), as {@code --help} prints it.
 */
@Command(
    name = "help",
    helpCommand = true,
    description = {"Print the help of the program, of a command, or of a subcommand such as import undl."})
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand if any.")
  List<String> commands = new ArrayList<>();

  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;

  @Override
  public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
      PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
  }

  @Override
  public void run() {
    CommandLine c = self.getParent();
    for (String name : commands) {
      CommandLine sub = c.getSubcommands().get(name);
      if (sub == null) {
        throw new CommandLine.ParameterException(self, "Unknown command: '" + name + "'; "
            + c.getCommandSpec().qualifiedName() + " has " + String.join(", ", c.getSubcommands().keySet()));
      }
      c = sub;
    }
    c.usage(self.getOut(), colors);
    self.getOut().flush();
  }
}
