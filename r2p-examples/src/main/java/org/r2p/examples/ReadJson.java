package org.r2p.examples;

import java.nio.charset.StandardCharsets;
import org.r2p.core.VoteRecord;
import org.r2p.json.Problem;
import org.r2p.json.R2pJson;
import org.r2p.json.ValidationResult;
import org.r2p.json.VoteRecordValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads vote records from JSON: with Jackson and the r2p module (fails on the first problem),
 * and with the validator (every problem, and the valid records).
 */
public final class ReadJson {
  private ReadJson() {}

  static final String NDJSON = String.join("\n",
      "{\"format\":\"r2p.vote-record.v1\",\"id\":\"ok\",\"proposal\":{\"date\":\"1950-06-25\",\"subject\":\"Korea\"},"
          + "\"date\":\"1950-06-25\",\"votes\":[{\"member\":\"TWN\",\"position\":\"YES\"},{\"member\":\"SUN\",\"position\":\"ABSENT\"}]}",
      "{\"format\":\"r2p.vote-record.v1\",\"id\":\"bad\",\"proposal\":{\"date\":\"1950-06-25\",\"subject\":\"Korea\"},"
          + "\"date\":\"1950-06-25\",\"votes\":[{\"member\":\"TWN\",\"position\":\"YES\"},{\"member\":\"TWN\",\"position\":\"NO\"}]}");

  /**
   * Runs the example.
   *
   * @return what it prints
   */
  public static String run() {
    StringBuilder out = new StringBuilder();
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build(); // finds R2pModule
    VoteRecord first = mapper.readValue(NDJSON.split("\n")[0], VoteRecord.class);
    out.append("Read ").append(first.id().orElseThrow()).append(" with ").append(first.votes().size()).append(" votes\n");
    out.append("Written back: ").append(R2pJson.mapper().writeValueAsString(first.votes().get(0))).append('\n');
    ValidationResult result = VoteRecordValidator.builder().build()
        .validate(new java.io.ByteArrayInputStream(NDJSON.getBytes(StandardCharsets.UTF_8)));
    out.append(result.records().size()).append(" valid of ").append(result.recordsRead()).append('\n');
    for (Problem p : result.problems()) {
      out.append("line ").append(p.line().getAsInt()).append(' ').append(p.pointer()).append(' ').append(p.code())
          .append(": ").append(p.message()).append('\n');
    }
    return out.toString();
  }

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
