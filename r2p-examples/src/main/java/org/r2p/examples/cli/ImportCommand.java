package org.r2p.examples.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.r2p.core.VoteRecord;
import org.r2p.json.Problem;
import org.r2p.json.R2pDatasets;
import org.r2p.json.R2pJson;
import org.r2p.json.UndlVotes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code r2p import}: turns other publishers' voting data into vote records. */
@Command(
    name = "import",
    description = {"Turn other publishers' voting data into r2p vote records (NDJSON), which validate, review and"
        + " whatif read."},
    subcommands = {ImportCommand.Undl.class})
final class ImportCommand extends BaseCommand {
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: undl");
  }

  /** {@code r2p import undl FILE.csv}: the UN Digital Library's Security Council voting data. */
  @Command(
      name = "undl",
      sortOptions = false,
      description = {"Read the UN Dag Hammarskjold Library's \"Security Council Voting Data\" (a CSV file downloaded"
          + " from the UN Digital Library) and write one vote record per adopted resolution as NDJSON, to --out or to"
          + " standard output.",
          "",
          "Problems and the summary go to standard error (the summary to standard output with --out). A row with a"
          + " problem costs that row only."})
  static final class Undl extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The Library's CSV file.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE.ndjson", description = "Write the records here (default: standard output).")
    @Nullable Path out;

    @Option(names = "--since", paramLabel = "DATE", description = "Only resolutions adopted on or after this date (yyyy-mm-dd).")
    @Nullable String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only resolutions adopted on or before this date (yyyy-mm-dd).")
    @Nullable String until;

    @Override
    public Integer call() {
      UndlVotes.Builder b = UndlVotes.builder().councilHistory(R2pDatasets.bundled().councilHistory());
      LocalDate first = Dates.parse("--since", since);
      LocalDate last = Dates.parse("--until", until);
      if (first != null) {
        b.since(first);
      }
      if (last != null) {
        b.until(last);
      }
      if (first != null && last != null && last.isBefore(first)) {
        throw new UserError("--until must not be before --since: " + last + " < " + first);
      }
      if (Files.isDirectory(file)) {
        throw new UserError("cannot read " + file + ": is a directory");
      }
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter summaryTo = out != null ? spec.commandLine().getOut() : err;
      Counts n = new Counts();
      InputStream in;
      try {
        in = Files.newInputStream(file);
      } catch (NoSuchFileException e) {
        throw new UserError("cannot read " + file + ": no such file");
      } catch (IOException e) {
        throw new UserError("cannot read " + file + ": " + e.getMessage());
      }
      try (UndlVotes.Reading reading = b.build().read(in, file.getFileName().toString(), p -> {
            n.problem(p);
            err.println(Inputs.describe(file, p));
          });
          Sink sink = new Sink()) {
        while (reading.hasNext()) {
          VoteRecord r = reading.next();
          sink.write(r);
          n.record(r);
        }
        n.rows = reading.rows();
        n.ignored = reading.ignoredColumns().toString();
      } catch (UncheckedIOException e) {
        throw new UserError("cannot read " + file + ": " + e.getCause().getMessage());
      }
      summaryTo.println(SafeText.of(summary(n)));
      summaryTo.flush();
      err.flush();
      return n.errors > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /**
     * Where the records go, each written by {@link R2pJson#writeNdjson} as it is read: the file
     * named by --out, or standard output.
     */
    private final class Sink implements AutoCloseable {
      private final @Nullable OutputStream stream;
      private final ByteArrayOutputStream line = new ByteArrayOutputStream();

      Sink() {
        try {
          this.stream = out == null ? null : new BufferedOutputStream(Files.newOutputStream(out));
        } catch (IOException e) {
          throw FileErrors.cannotWrite(out, e);
        }
      }

      void write(VoteRecord r) {
        try {
          if (stream != null) {
            R2pJson.writeNdjson(List.of(r), stream);
          } else {
            line.reset();
            R2pJson.writeNdjson(List.of(r), line);
            spec.commandLine().getOut().print(line.toString(StandardCharsets.UTF_8));
          }
        } catch (UncheckedIOException e) {
          if (out == null) {
            throw new OutputError(e.getCause());
          }
          throw FileErrors.cannotWrite(out, e);
        }
      }

      @Override
      public void close() {
        spec.commandLine().getOut().flush();
        if (stream != null) {
          try {
            stream.close();
          } catch (IOException e) {
            throw FileErrors.cannotWrite(out, e);
          }
        }
      }
    }

    private String summary(Counts n) {
      StringBuilder s = new StringBuilder();
      s.append(file).append(": ").append(n.rows).append(" rows, ").append(n.records).append(" records");
      counts(s, " (by recorded outcome: ", n.byOutcome, false, ")");
      counts(s, "; not put to the vote: ", n.byModality, false, "");
      counts(s, "; flagged: ", n.byFlag, false, "");
      counts(s, "; situations read from the agenda: ", n.bySituation, false, "");
      counts(s, "; agendas naming no one situation (kept as text): ", n.unclassified, true, "");
      s.append("; ").append(n.errors).append(" errors, ").append(n.warnings).append(" warnings");
      if (!n.ignored.equals("[]")) {
        s.append("; columns not read: ").append(n.ignored);
      }
      if (out != null) {
        s.append("; wrote ").append(out);
      }
      return s.toString();
    }

    /** Appends "heading key n, key n...end" (keys in double quotes if quoted), or nothing when there are no counts. */
    private static void counts(StringBuilder s, String heading, Map<String, Integer> counts, boolean quoted,
        String end) {
      if (!counts.isEmpty()) {
        s.append(heading).append(counts.entrySet().stream()
            .map(e -> (quoted ? '"' + e.getKey() + "\" " : e.getKey() + " ") + e.getValue())
            .collect(java.util.stream.Collectors.joining(", "))).append(end);
      }
    }
  }

  /** What an import read. */
  private static final class Counts {
    int rows;
    String ignored = "[]";
    int records;
    int errors;
    int warnings;
    final Map<String, Integer> byOutcome = new TreeMap<>();
    /** Records adopted without a vote, by modality. */
    final Map<String, Integer> byModality = new TreeMap<>();
    /** Records by flag code (the text before the first colon). */
    final Map<String, Integer> byFlag = new TreeMap<>();
    /** Records by the situation their agenda names. */
    final Map<String, Integer> bySituation = new TreeMap<>();
    /** Agendas that name no one situation, with their records. */
    final Map<String, Integer> unclassified = new TreeMap<>();

    void record(VoteRecord r) {
      records++;
      byOutcome.merge(r.recordedOutcome().map(Enum::name).orElse("none"), 1, Integer::sum);
      if (!r.modality().voteTaken()) {
        byModality.merge(r.modality().name(), 1, Integer::sum);
      }
      java.util.Set<String> codes = new java.util.TreeSet<>();
      for (String f : r.flags()) {
        int colon = f.indexOf(':');
        codes.add(colon < 0 ? f : f.substring(0, colon));
      }
      codes.forEach(c -> byFlag.merge(c, 1, Integer::sum));
      r.proposal().situation().ifPresent(s -> {
        if (s.isClassified()) {
          bySituation.merge(s.key(), 1, Integer::sum);
        } else {
          unclassified.merge(s.displayName(), 1, Integer::sum);
        }
      });
    }

    void problem(Problem p) {
      if (p.severity() == Problem.Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
    }
  }
}
