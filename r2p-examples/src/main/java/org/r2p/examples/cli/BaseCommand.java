package org.r2p.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command of the program shares: {@code --help} and {@code --version}, the exit-code
 * section of its help ({@link ExitCodes}), and its spec. picocli reads a superclass's
 * {@code @Command} attributes before the command's own, so a command extending this one
 * declares only what is its own.
 */
@Command(
    mixinStandardHelpOptions = true,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_TEXT, ExitCodes.PROBLEMS_TEXT, ExitCodes.USAGE_TEXT, ExitCodes.INTERNAL_TEXT})
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
}
