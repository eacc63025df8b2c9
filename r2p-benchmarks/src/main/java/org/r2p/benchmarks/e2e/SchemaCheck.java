package org.r2p.benchmarks.e2e;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.r2p.json.R2pSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user would otherwise do, for {@code e2e.sh}: networknt schema validation of each NDJSON
 * line against {@code vote-record.schema.json}. Usage: {@code SchemaCheck FILE}.
 */
public final class SchemaCheck {
  private SchemaCheck() {}

  /**
   * @param args the NDJSON file
   * @throws IOException if a schema cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> schemas = new HashMap<>();
    for (String name : R2pSchemas.ALL) {
      try (InputStream in = R2pSchemas.open(name)) {
        schemas.put(R2pSchemas.BASE + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas))
        .getSchema(SchemaLocation.of(R2pSchemas.BASE + R2pSchemas.VOTE_RECORD));
    JsonMapper mapper = JsonMapper.builder().build();
    long records = 0;
    long invalid = 0;
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(new File(args[0]))) {
      while (it.hasNext()) {
        records++;
        if (!schema.validate(it.next()).isEmpty()) {
          invalid++;
        }
      }
    }
    System.out.println(records + " records, " + invalid + " invalid against the schema");
  }
}
