package org.r2p.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.r2p.core.VoteRecord;
import org.r2p.json.Problem;
import org.r2p.json.R2pDatasets;
import org.r2p.json.ValidationResult;
import org.r2p.json.VoteRecordValidator;
import org.r2p.rules.Article27;
import org.r2p.rules.R2pRules;

/** Reading files and building the rules from the bundled data. */
final class Inputs {
  private Inputs() {}

  static VoteRecordValidator validator() {
    return VoteRecordValidator.builder()
        .councilHistory(R2pDatasets.bundled().councilHistory())
        .outcomeRule((r, c) -> Article27.decide(r, c).outcome())
        .build();
  }

  static R2pRules rules(org.r2p.rules.Interpretation interpretation) {
    R2pDatasets d = R2pDatasets.bundled();
    return R2pRules.builder().councilHistory(d.councilHistory()).registry(d.commitments())
        .calendar(org.r2p.rules.WorkingDayCalendar.unHeadquarters(d.unHeadquartersHolidays()))
        .interpretation(interpretation).build();
  }

  static R2pRules rules(org.r2p.rules.Interpretation interpretation, OverlayOptions overlays) {
    R2pRules r = rules(interpretation);
    return overlays.adherence == null ? r : r.withRegistry(overlays.registry(r.registry()));
  }

  /** A file's validation, or the reason it could not be read. */
  record FileResult(Path file, Optional<ValidationResult> result, Optional<String> unreadable) {}

  static FileResult validate(VoteRecordValidator v, Path file) {
    if (Files.isDirectory(file)) {
      return new FileResult(file, Optional.empty(), Optional.of("is a directory"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new FileResult(file, Optional.of(v.validate(in)), Optional.empty());
    } catch (NoSuchFileException e) {
      return new FileResult(file, Optional.empty(), Optional.of("no such file"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return new FileResult(file, Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
    }
  }

  /** A problem as one line of text, control characters escaped. */
  static String describe(Path file, Problem p) {
    return SafeText.of(file + (p.line().isPresent() ? ":" + p.line().getAsInt() : "") + ": "
        + (p.severity() == Problem.Severity.WARNING ? "warning: " : "")
        + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + " " + p.code() + ": " + p.message());
  }

  /** The line saying that a file cannot be read, control characters escaped. */
  static String unreadable(Path file, String why) {
    return SafeText.of("r2p: cannot read " + file + ": " + why);
  }

  /** Reads the valid records of every file; prints problems to err. Returns the exit code so far. */
  static int readAll(List<Path> files, List<VoteRecord> into, PrintWriter err) {
    VoteRecordValidator v = validator();
    int code = ExitCodes.OK;
    List<FileResult> results = new ArrayList<>();
    for (Path f : files) {
      results.add(validate(v, f));
    }
    for (FileResult r : results) {
      if (r.unreadable().isPresent()) {
        err.println(unreadable(r.file(), r.unreadable().get()));
        code = ExitCodes.USAGE;
        continue;
      }
      ValidationResult vr = r.result().orElseThrow();
      for (Problem p : vr.problems()) {
        err.println(describe(r.file(), p));
      }
      if (!vr.isValid() && code == ExitCodes.OK) {
        code = ExitCodes.PROBLEMS;
      }
      into.addAll(vr.records());
    }
    return code;
  }
}
