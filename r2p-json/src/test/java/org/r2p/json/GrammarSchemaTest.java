package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.r2p.json.internal.Grammar;
import org.r2p.json.internal.Types;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The published schemas state each type's fields as its one grammar does: the same
 * {@code properties} in the same order, the same {@code required}, and for each property the
 * same kind of value (the same {@code $ref}, or the same JSON type, and for an array the same
 * kind of element). A field added to the grammar and not to the schema, or the reverse, fails
 * here.
 */
final class GrammarSchemaTest {
  /** Every type the schemas publish, by its grammar. */
  static final List<Grammar.ObjectType<?, ?>> PUBLISHED = List.of(Types.VOTE_RECORD, Types.VOTE, Types.PROPOSAL,
      Types.ATROCITY_AIM, Types.TALLY, Types.ADHERENCE, Types.CITATION, stateObject());

  static Grammar.ObjectType<?, ?> stateObject() {
    // the object form of a member state: reached through the state value's grammar
    try {
      java.lang.reflect.Field f = Types.class.getDeclaredField("STATE_OBJECT");
      f.setAccessible(true);
      return (Grammar.ObjectType<?, ?>) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private final Map<String, JsonNode> schemas = new HashMap<>();

  private JsonNode schema(String file) {
    return schemas.computeIfAbsent(file, f -> {
      try (InputStream in = R2pSchemas.open(f)) {
        return R2pJson.mapper().readTree(in);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** The schema node an absolute reference names. */
  private JsonNode resolve(String ref) {
    int hash = ref.indexOf('#');
    String file = (hash < 0 ? ref : ref.substring(0, hash)).substring(R2pSchemas.BASE.length());
    JsonNode root = schema(file);
    return hash < 0 || hash == ref.length() - 1 ? root : root.at(JsonPointer.compile(ref.substring(hash + 1)));
  }

  /** A reference made absolute against the file it is written in. */
  private static String absolute(String ref, String base) {
    if (ref.startsWith("#")) {
      int hash = base.indexOf('#');
      return (hash < 0 ? base : base.substring(0, hash)) + ref;
    }
    return ref;
  }

  @Test
  void theSchemasStateEachTypesFieldsAsItsGrammarDoes() {
    for (Grammar.ObjectType<?, ?> type : PUBLISHED) {
      JsonNode s = resolve(type.schema());
      assertThat(s.isMissingNode()).as(type.schema()).isFalse();
      List<String> names = new ArrayList<>();
      type.format().ifPresent(f -> names.add("format"));
      Set<String> required = new TreeSet<>();
      for (Grammar.Field<?, ?, ?> f : type.fields()) {
        names.add(f.name());
        if (f.required()) {
          required.add(f.name());
        }
        // a deprecated name follows the field it names, marked deprecated, of the same kind
        type.deprecatedAliases().forEach((old, now) -> {
          if (now.equals(f.name())) {
            names.add(old);
            JsonNode property = s.get("properties").get(old);
            assertThat(property.path("deprecated").asBoolean()).as(old).isTrue();
            sameKind(property, f.value(), type.schema(), type.schema() + "/properties/" + old);
          }
        });
      }
      assertThat(new ArrayList<>(s.get("properties").propertyNames())).as(type.schema()).isEqualTo(names);
      Set<String> stated = new TreeSet<>();
      s.get("required").forEach(n -> stated.add(n.stringValue()));
      assertThat(stated).as(type.schema()).isEqualTo(required);
      assertThat(s.get("additionalProperties").booleanValue()).as(type.schema()).isFalse();
      type.format().ifPresent(f -> assertThat(s.get("properties").get("format").get("const").stringValue())
          .as(type.schema()).isEqualTo(f));
      for (Grammar.Field<?, ?, ?> f : type.fields()) {
        String at = type.schema() + (type.schema().contains("#") ? "" : "#") + "/properties/" + f.name();
        sameKind(s.get("properties").get(f.name()), f.value(), type.schema(), at);
      }
    }
  }

  private void sameKind(JsonNode property, Grammar.Value<?> value, String base, String at) {
    String expected = value.schema();
    if (property.has("$ref")) {
      assertThat(absolute(property.get("$ref").stringValue(), base)).as(at).isEqualTo(expected);
    } else if (expected.startsWith(R2pSchemas.BASE)) {
      // a type written in place: the grammar names where
      assertThat(at).isEqualTo(expected);
    } else {
      assertThat(property.get("type").stringValue()).as(at).isEqualTo(expected);
    }
    if (value instanceof Grammar.ListOf<?> list && !property.has("$ref")) {
      sameKind(property.get("items"), list.element(), base, at + "/items");
    }
  }

  @Test
  void theRecordsSchemaRequiresTheFormatOfADocumentAndTheGrammarToo() {
    JsonNode document = resolve(R2pSchemas.BASE + R2pSchemas.VOTE_RECORD + "#/$defs/document");
    assertThat(document.toString()).contains("\"required\":[\"format\"]");
    ValidationResult r = Fixtures.VALIDATOR.validate(Fixtures.set(Fixtures.record(), "/format", null).toPrettyString());
    assertThat(r.problems()).extracting(Problem::code).containsExactly("format.missing");
  }
}
