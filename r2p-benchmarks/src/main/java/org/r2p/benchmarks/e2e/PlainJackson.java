package org.r2p.benchmarks.e2e;

import java.io.File;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference of {@code e2e.sh}: plain Jackson, one tree per NDJSON line, counting the YES
 * votes; no checking at all. Usage: {@code PlainJackson FILE}.
 */
public final class PlainJackson {
  private PlainJackson() {}

  /**
   * @param args the NDJSON file
   */
  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder().build();
    long records = 0;
    long yes = 0;
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(new File(args[0]))) {
      while (it.hasNext()) {
        JsonNode r = it.next();
        records++;
        for (JsonNode v : r.path("votes")) {
          if ("YES".equals(v.path("position").asString())) {
            yes++;
          }
        }
      }
    }
    System.out.println(records + " records, " + yes + " YES votes");
  }
}
