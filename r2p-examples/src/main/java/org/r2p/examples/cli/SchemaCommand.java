package org.r2p.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.r2p.json.R2pSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code r2p schema [NAME]}: the published JSON Schemas. */
@Command(
    name = "schema",
    description = {"Print a published JSON Schema (draft 2020-12) of the files r2p reads and writes, or list them.",
        "",
        "NAME is a schema's file name or its first word: vote-record, proposal, adherence, review or definitions."
        + " The schemas refer to each other by their $id; save them side by side to validate with another tool."})
final class SchemaCommand extends BaseCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The schema; without it, the list.")
  @Nullable String name;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      for (String n : R2pSchemas.ALL) {
        out.println(n + "  " + R2pSchemas.id(n));
      }
      out.flush();
      return ExitCodes.OK;
    }
    String want = name.toLowerCase(Locale.ROOT);
    String file = R2pSchemas.ALL.stream().filter(n -> n.equals(want) || n.equals(want + ".schema.json")).findFirst()
        .orElseThrow(() -> new UserError("NAME must be one of vote-record, proposal, adherence, review, definitions"
            + " (or their file names): '" + name + "'"));
    try (InputStream in = R2pSchemas.open(file)) {
      out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
