package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.r2p.json.Problem;
import org.r2p.json.R2pJson;
import org.r2p.json.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;

/** {@code r2p validate FILE...}: every problem of vote-record files, with its JSON Pointer and code. */
@Command(
    name = "validate",
    description = {"Validate vote-record files (a JSON record or collection, a JSON array, or NDJSON), one record at a"
        + " time in constant memory.",
        "",
        "'-' reads standard input. Every problem is printed with its file, line, JSON Pointer and code. A record id"
        + " given to an earlier record of the same input is a warning (id.repeated)."})
final class ValidateCommand extends BaseCommand {
  @ParentCommand R2pCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to validate; '-' for standard input.")
  List<Path> files = new ArrayList<>();

  /** The formats validate writes. */
  enum ValidateFormat {
    text,
    json
  }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}"
      + " (default: ${DEFAULT-VALUE}); json is compact and written as it goes.")
  ValidateFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code;
    if (format == ValidateFormat.json) {
      {
        JsonGenerator g = R2pJson.mapper().rebuild().disable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build().createGenerator(out);
        g.writeStartObject();
        g.writeStringProperty("format", "r2p.validation.v1");
        g.writeName("files");
        g.writeStartArray();
        code = Inputs.read(files, parent.stdin(), Progress.forTerminal(err), new Inputs.Visitor() {
          Path current;

          /** Opens the file's object and its problems array, once per file. */
          private void openFile(Path file) {
            if (!file.equals(current)) {
              current = file;
              g.writeStartObject();
              g.writeStringProperty("file", file.toString());
              g.writeName("problems");
              g.writeStartArray();
            }
          }

          @Override
          public void result(Path file, RecordResult r) {
            openFile(file);
            for (Problem p : r.problems()) {
              g.writeStartObject();
              g.writeStringProperty("pointer", p.pointer());
              g.writeStringProperty("code", p.code());
              g.writeStringProperty("severity", p.severity().name());
              g.writeStringProperty("message", p.message());
              if (p.record().isPresent()) {
                g.writeNumberProperty("record", p.record().getAsInt());
              }
              if (p.line().isPresent()) {
                g.writeNumberProperty("line", p.line().getAsInt());
              }
              g.writeEndObject();
            }
          }

          @Override
          public void end(Path file, Inputs.Counts c) {
            openFile(file);
            g.writeEndArray();
            g.writeNumberProperty("records", c.records);
            g.writeNumberProperty("valid", c.valid);
            g.writeNumberProperty("errors", c.errors);
            g.writeNumberProperty("warnings", c.warnings);
            g.writeNumberProperty("omitted", c.omitted);
            g.writeEndObject();
            current = null;
          }

          @Override
          public void unreadable(Path file, String why) {
            if (file.equals(current)) {
              g.writeEndArray();
            } else {
              g.writeStartObject();
              g.writeStringProperty("file", file.toString());
            }
            g.writeStringProperty("unreadable", why);
            g.writeEndObject();
            current = null;
          }
        });
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
      }
      out.println();
    } else {
      code = Inputs.read(files, parent.stdin(), Progress.forTerminal(err), new Inputs.Visitor() {
        @Override
        public void result(Path file, RecordResult r) {
          for (Problem p : r.problems()) {
            out.println(Inputs.describe(file, p));
          }
        }

        @Override
        public void end(Path file, Inputs.Counts c) {
          out.println(SafeText.of(file + ": " + c));
        }

        @Override
        public void unreadable(Path file, String why) {
          out.flush();
          err.println(Inputs.unreadable(file, why));
        }
      });
    }
    out.flush();
    err.flush();
    return code;
  }
}
