package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Types;
import tools.jackson.databind.JsonNode;

/**
 * The published schemas and the reader agree: what one accepts, the other accepts, except for
 * the domain rules a schema cannot state (listed in {@link #DOMAIN_ONLY}).
 */
final class SchemaAgreementTest {
  static final Map<String, String> SCHEMAS = new HashMap<>();

  static {
    for (String name : R2pSchemas.ALL) {
      try (InputStream in = R2pSchemas.open(name)) {
        SCHEMAS.put(R2pSchemas.BASE + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(SCHEMAS));

  static Schema schema(String name) {
    return REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(R2pSchemas.BASE + name));
  }

  static final Schema VOTE_RECORD = schema(R2pSchemas.VOTE_RECORD);

  static List<Error> errors(Schema s, JsonNode n) {
    return s.validate(n, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  /** Codes of rules the schema cannot state; the reader or the validator enforces them. */
  static final Set<String> DOMAIN_ONLY = Set.of("state.unknown", "vote.duplicate-member", "tally.invalid",
      "vote.not-on-council", "votes.more-than-seats", "date.in-future", "tally.mismatch", "outcome.mismatch", "json.syntax", "json.limit",
      "json.empty", "value.invalid",
      // a parsed tree keeps one of two equal keys: a schema validator never sees the first
      "field.duplicate");

  @Test
  void everyBundledRecordIsAcceptedByBoth() {
    for (VoteRecord r : R2pDatasets.bundled().vetoes()) {
      JsonNode n = R2pJson.mapper().<JsonNode>valueToTree(r);
      assertThat(errors(VOTE_RECORD, n)).as(r.id().orElseThrow()).isEmpty();
      assertThat(Fixtures.VALIDATOR.validate(n.toString()).errors()).as(r.id().orElseThrow()).isEmpty();
    }
  }

  @Test
  void randomRecordsAreAcceptedByTheSchema() {
    qt().forAll(Generators.records()).checkAssert(r ->
        assertThat(errors(VOTE_RECORD, R2pJson.mapper().<JsonNode>valueToTree(r))).as(R2pJson.mapper().<JsonNode>valueToTree(r).toString()).isEmpty());
  }

  @Test
  void randomAdherenceIsAcceptedByTheSchema() {
    Schema s = schema(R2pSchemas.ADHERENCE);
    qt().forAll(Generators.adherences()).checkAssert(a -> assertThat(errors(s, R2pJson.mapper().<JsonNode>valueToTree(a))).isEmpty());
  }

  @Test
  void collectionIsAccepted() {
    JsonNode c = Fixtures.json("{\"format\": \"r2p.vote-records.v1\", \"records\": [" + Fixtures.record() + "]}");
    assertThat(errors(VOTE_RECORD, c)).isEmpty();
    assertThat(Fixtures.VALIDATOR.validate(c.toString()).records()).hasSize(1);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badCases() {
    return BadInputTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCases")
  void structuralProblemsAreRejectedByTheSchemaToo(String name, String pointer, String code, Supplier<String> doc, int count) {
    if (DOMAIN_ONLY.contains(code)) {
      return;
    }
    JsonNode n = Fixtures.json(doc.get());
    // the bad-input documents are arrays of one record, or a single document or collection
    JsonNode target = n.isArray() ? n.get(0) : n;
    if (n.isArray() && target.isObject() && !target.has("format")) {
      ((tools.jackson.databind.node.ObjectNode) target).put("format", Types.VOTE_RECORD_FORMAT);
    }
    assertThat(errors(VOTE_RECORD, target)).as(name).isNotEmpty();
  }

  @Test
  void domainOnlyRulesAreStated() {
    // A schema cannot know the codes of states or the Council's membership: documented in
    // vote-record.schema.json's description and in docs/json-and-cli.md.
    assertThat(SCHEMAS.get(R2pSchemas.BASE + R2pSchemas.VOTE_RECORD)).contains("Structure only");
  }
}
