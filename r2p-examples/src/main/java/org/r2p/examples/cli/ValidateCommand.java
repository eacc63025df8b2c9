package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.r2p.json.Problem;
import org.r2p.json.R2pJson;
import org.r2p.json.ValidationResult;
import org.r2p.json.VoteRecordValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code r2p validate FILE...}: every problem of vote-record files, with its JSON Pointer and code. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {"Validate vote-record files (a JSON record or collection, a JSON array, or NDJSON).",
        "Every problem is printed with its file, line, JSON Pointer and code."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file valid (warnings allowed)", "1:problems found", "2:usage error or unreadable file"})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to validate.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (format == Format.csv) {
      throw new UserError("--format must be text or json for validate: csv");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VoteRecordValidator v = Inputs.validator();
    int code = ExitCodes.OK;
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("format", "r2p.validation.v1");
    ArrayNode list = doc.putArray("files");
    for (Path f : files) {
      Inputs.FileResult r = Inputs.validate(v, f);
      ObjectNode fj = list.addObject();
      fj.put("file", f.toString());
      if (r.unreadable().isPresent()) {
        code = ExitCodes.USAGE;
        fj.put("unreadable", r.unreadable().get());
        if (format == Format.text) {
          err.println(Inputs.unreadable(f, r.unreadable().get()));
        }
        continue;
      }
      ValidationResult vr = r.result().orElseThrow();
      if (!vr.isValid() && code == ExitCodes.OK) {
        code = ExitCodes.PROBLEMS;
      }
      fj.put("records", vr.recordsRead());
      fj.put("valid", vr.records().size());
      fj.put("errors", vr.errors().size());
      fj.put("warnings", vr.warnings().size());
      ArrayNode ps = fj.putArray("problems");
      for (Problem p : vr.problems()) {
        ObjectNode pj = ps.addObject();
        pj.put("pointer", p.pointer());
        pj.put("code", p.code());
        pj.put("severity", p.severity().name());
        pj.put("message", p.message());
        p.record().ifPresent(x -> pj.put("record", x));
        p.line().ifPresent(x -> pj.put("line", x));
        if (format == Format.text) {
          out.println(Inputs.describe(f, p));
        }
      }
      if (format == Format.text) {
        out.println(SafeText.of(f + ": " + vr.recordsRead() + " records, " + vr.records().size() + " valid, "
            + vr.errors().size() + " errors, " + vr.warnings().size() + " warnings"));
      }
    }
    if (format == Format.json) {
      out.println(R2pJson.mapper().writeValueAsString(doc));
    }
    out.flush();
    err.flush();
    return code;
  }
}
