package org.r2p.benchmarks.e2e;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.json.R2pJson;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * Writes the input of {@code e2e.sh}: {@code COUNT} vote records, the bundled records that carry
 * per-member votes taken in turn, each with its own id, as NDJSON or as one JSON array; or, with
 * {@code history}, the bundled history as it is (NDJSON).
 *
 * <p>Usage: {@code Generate FILE COUNT ndjson|array} or {@code Generate FILE history}.
 */
public final class Generate {
  private Generate() {}

  /**
   * @param args FILE COUNT FORM, or FILE history
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    ObjectWriter json = R2pJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    List<VoteRecord> history = R2pDatasets.bundled().vetoes();
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      if (args[1].equals("history")) {
        for (VoteRecord r : history) {
          w.write(json.writeValueAsString(r));
          w.write('\n');
        }
        return;
      }
      long count = Long.parseLong(args[1]);
      boolean array = args[2].equals("array");
      List<VoteRecord> withVotes = history.stream().filter(r -> !r.votes().isEmpty()).collect(Collectors.toList());
      w.write(array ? "[\n" : "");
      for (long k = 0; k < count; k++) {
        VoteRecord r = withVotes.get((int) (k % withVotes.size()));
        w.write(json.writeValueAsString(VoteRecord.builder().from(r).id("e2e-" + k).build()));
        w.write(array && k < count - 1 ? ",\n" : "\n");
      }
      w.write(array ? "]\n" : "");
    }
  }
}
