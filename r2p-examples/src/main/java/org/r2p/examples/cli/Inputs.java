package org.r2p.examples.cli;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.r2p.core.VoteRecord;
import org.r2p.json.Problem;
import org.r2p.json.R2pDatasets;
import org.r2p.json.RecordResult;
import org.r2p.json.VoteRecordValidator;
import org.r2p.rules.R2pRules;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reading inputs one record at a time, and building the rules from the bundled data. */
final class Inputs {
  private Inputs() {}

  static VoteRecordValidator validator() {
    return VoteRecordValidator.builder()
        .councilHistory(R2pDatasets.bundled().councilHistory())
        .checkOutcomes()
        .build();
  }

  static R2pRules rules(org.r2p.rules.Interpretation interpretation) {
    return R2pDatasets.bundled().rules().withInterpretation(interpretation);
  }

  /**
   * What a command reads records from: the bundled history or files, one or the other. A
   * command declares it as {@code @ArgGroup(exclusive = true, multiplicity = "1") Inputs.Source source;}.
   */
  static final class Source {
    @Option(names = "--history", required = true, description = "The bundled history of vetoes.")
    boolean history;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Vote-record files; '-' for standard input.")
    List<Path> files = new ArrayList<>();
  }

  static R2pRules rules(org.r2p.rules.Interpretation interpretation, OverlayOptions overlays) {
    R2pRules r = rules(interpretation);
    return overlays.adherence == null ? r : r.withRegistry(overlays.registry(r.registry()));
  }

  /** What reading one input gave. */
  static final class Counts {
    long records;
    long valid;
    long errors;
    long warnings;
    long omitted;

    void add(RecordResult r) {
      if (r.isRecord()) {
        records++;
      }
      if (r.isValid()) {
        valid++;
      }
      for (Problem p : r.problems()) {
        if (p.severity() == Problem.Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
      }
      omitted += r.omittedProblems();
    }

    boolean failed() {
      return errors > 0 || valid < records;
    }

    @Override
    public String toString() {
      return records + " records, " + valid + " valid, " + errors + " errors, " + warnings + " warnings"
          + (omitted > 0 ? " (" + omitted + " more problems not reported)" : "");
    }
  }

  /** What a command does with each input as it is read. */
  interface Visitor {
    /** A result of the input, in order. */
    void result(Path file, RecordResult r);

    /** The input was read to its end. */
    default void end(Path file, Counts counts) {}

    /** The input could not be opened or read. */
    void unreadable(Path file, String why);
  }

  /**
   * Reads every input in turn, one record at a time, handing each result to the visitor.
   *
   * @param files the inputs; "-" is standard input
   * @param stdin standard input
   * @param progress told of each record
   * @return OK, PROBLEMS if a record was invalid, USAGE if an input could not be read
   */
  static int read(List<Path> files, InputStream stdin, Progress progress, Visitor visitor) {
    VoteRecordValidator v = validator();
    int code = ExitCodes.OK;
    for (Path f : files) {
      Counts counts = new Counts();
      boolean std = f.toString().equals("-");
      try (InputStream in = std ? new NonClosing(stdin) : open(f);
          Stream<RecordResult> results = v.stream(in, std ? "" : f.toString())) {
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        results.forEachOrdered(read -> {
          RecordResult r = repeatedId(read, ids, (int) counts.records);
          counts.add(r);
          if (r.isRecord()) {
            progress.tick();
          }
          visitor.result(f, r);
        });
      } catch (Unreadable e) {
        visitor.unreadable(f, e.getMessage());
        code = ExitCodes.USAGE;
        continue;
      } catch (IOException | UncheckedIOException e) {
        visitor.unreadable(f, cause(e));
        code = ExitCodes.USAGE;
        continue;
      }
      visitor.end(f, counts);
      if (counts.failed() && code == ExitCodes.OK) {
        code = ExitCodes.PROBLEMS;
      }
    }
    progress.done();
    return code;
  }

  /** Most record ids remembered per input for {@code id.repeated}; past it, new ids are not checked. */
  static final int MAX_IDS = 1 << 20;

  /**
   * The result with a warning ({@code id.repeated}) when its record's id was given to an
   * earlier record of the same input.
   *
   * @param r the result
   * @param ids the ids seen so far in the input, with the index of their first record
   * @param index the record's index in the input (0 for the first)
   * @return the result, warned where its id repeats
   */
  static RecordResult repeatedId(RecordResult r, java.util.Map<String, Integer> ids, int index) {
    if (r.record().isEmpty() || r.record().get().id().isEmpty()) {
      return r;
    }
    String id = r.record().get().id().get();
    Integer first = ids.size() < MAX_IDS ? ids.putIfAbsent(id, index) : ids.get(id);
    if (first == null) {
      return r;
    }
    List<Problem> problems = new java.util.ArrayList<>(r.problems());
    problems.add(Problem.warning("", "id.repeated", "record " + (index + 1) + " of this input has the id \"" + id
        + "\" of record " + (first + 1) + ": ids should tell records apart").at(index, 0));
    return new RecordResult(r.record(), problems, r.isRecord(), r.omittedProblems());
  }

  /** An input that cannot be opened, with the reason in a few words. */
  private static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreadable(String why) {
      super(why);
    }
  }

  /** Opens a file as a plain stream: pipes, /dev/stdin and process substitution work like files. */
  private static InputStream open(Path f) throws IOException {
    if (Files.isDirectory(f)) {
      throw new Unreadable("is a directory");
    }
    if (!Files.exists(f)) {
      throw new Unreadable("no such file");
    }
    try {
      return new FileInputStream(f.toFile());
    } catch (FileNotFoundException e) {
      throw new Unreadable(String.valueOf(e.getMessage()));
    }
  }

  private static String cause(Exception e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Standard input, left open when a command is done with it. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
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

  /**
   * Hands the valid records of every file, one at a time, to a consumer; prints problems to err.
   *
   * @param progress told of each record
   * @return the exit code so far
   */
  static int readRecords(List<Path> files, InputStream stdin, Progress progress, Consumer<VoteRecord> into,
      PrintWriter err) {
    return read(files, stdin, progress, new Visitor() {
      @Override
      public void result(Path file, RecordResult r) {
        for (Problem p : r.problems()) {
          err.println(describe(file, p));
        }
        r.record().ifPresent(into);
      }

      @Override
      public void unreadable(Path file, String why) {
        err.println(Inputs.unreadable(file, why));
      }
    });
  }
}
