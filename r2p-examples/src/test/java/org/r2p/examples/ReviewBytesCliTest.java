package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The program run on a byte stream (as {@code main} runs it: JSON reviews written as Jackson
 * encodes them, straight to the stream) writes the same bytes, the same standard error and the
 * same exit code as run on a writer, in every format of {@code review}.
 */
final class ReviewBytesCliTest {
  private record Run(int code, byte[] out, String err) {}

  private static Run onBytes(String input, List<String> args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    StringWriter e = new StringWriter();
    int code = R2p.run(args.toArray(new String[0]), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        o, new PrintWriter(e, true));
    return new Run(code, o.toByteArray(), e.toString());
  }

  private static Run onWriter(String input, List<String> args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = R2p.run(args.toArray(new String[0]), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(o, true), new PrintWriter(e, true));
    return new Run(code, o.toString().getBytes(StandardCharsets.UTF_8), e.toString());
  }

  @Test
  void reviewWritesTheSameBytesToAStreamAsToAWriter_inEveryFormat() throws IOException {
    // a record whose text is not ASCII, from standard input, besides the test files
    String accented = Files.readString(Path.of(file("s2014-348.json")), StandardCharsets.UTF_8)
        .replace("\n", "").replace("Syria: referral to the ICC", "Côte d’Ivoire — référé \\u2028 😀 \\\"quoted\\\"");
    int compared = 0;
    for (String format : List.of("text", "json", "ndjson")) {
      for (List<String> extra : List.of(List.<String>of(), List.of("--all"), List.of("--explain"), List.of("--all", "--explain"))) {
        List<String> args = new ArrayList<>(List.of("review", "--format", format));
        args.addAll(extra);
        args.addAll(List.of(file("mixed.ndjson"), file("double-veto.ndjson"), file("s2014-348.json"), "-"));
        Run bytes = onBytes(accented, args);
        Run writer = onWriter(accented, args);
        assertThat(bytes.out()).as("%s", args).isEqualTo(writer.out());
        assertThat(bytes.err()).as("%s", args).isEqualTo(writer.err());
        assertThat(bytes.code()).as("%s", args).isEqualTo(writer.code()).isEqualTo(1);
        if (!format.equals("text")) {
          assertThat(new String(bytes.out(), StandardCharsets.UTF_8)).contains("Côte d’Ivoire — référé").contains("😀");
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(12);
  }
}
