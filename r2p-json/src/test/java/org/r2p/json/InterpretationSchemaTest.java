package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.r2p.core.ProposalKind;
import org.r2p.rules.Interpretation;
import org.r2p.rules.InterpretationQuestion;
import tools.jackson.databind.JsonNode;

/** The review document's interpretation object: one field per question, as the schema lists them. */
final class InterpretationSchemaTest {
  @Test
  void theSchemaListsEveryQuestion_inOrder_withItsType() throws IOException {
    JsonNode schema;
    try (InputStream in = R2pSchemas.open(R2pSchemas.REVIEW)) {
      schema = R2pJson.mapper().readTree(in);
    }
    JsonNode properties = schema.get("properties").get("interpretation").get("properties");
    List<String> names = new ArrayList<>(properties.propertyNames());
    List<String> questions = new ArrayList<>();
    for (InterpretationQuestion q : InterpretationQuestion.values()) {
      if (q.number() == 15) {
        // Q14's field, kept by format v1 after the question was removed
        questions.add("vetoAttribution");
        assertThat(properties.get("vetoAttribution").get("deprecated").asBoolean()).isTrue();
      }
      questions.add(q.jsonName());
      String type = properties.get(q.jsonName()).get("type").asString();
      assertThat(type).as(q.label()).isEqualTo(switch (q.form()) {
        case FLAG -> "boolean";
        case KINDS -> "array";
        default -> "string";
      });
    }
    assertThat(names).containsExactlyElementsOf(questions);
  }

  @Test
  void everyAnswer_isWrittenAsItsQuestionSays_andValid() {
    for (InterpretationQuestion q : InterpretationQuestion.values()) {
      for (Object answer : answers(q)) {
        Interpretation i = q.with(Interpretation.defaults(), answer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewWriter.document(out, i).close();
        JsonNode doc = R2pJson.mapper().readTree(out.toByteArray());
        assertThat(SchemaAgreementTest.errors(SchemaAgreementTest.schema(R2pSchemas.REVIEW), doc)).isEmpty();
        JsonNode written = doc.get("interpretation");
        for (InterpretationQuestion each : InterpretationQuestion.values()) {
          Object json = each.json(i);
          assertThat(written.get(each.jsonName())).as(q.label() + " " + answer + ": " + each.label())
              .isEqualTo(R2pJson.mapper().valueToTree(json));
        }
        // and Q14's field, kept by format v1, as the command line always wrote it
        assertThat(written.get("vetoAttribution").asString()).isEqualTo("BY_SEAT");
        assertThat(written.size()).isEqualTo(InterpretationQuestion.values().length + 1);
      }
    }
  }

  private static List<Object> answers(InterpretationQuestion q) {
    List<Object> out = new ArrayList<>();
    switch (q.form()) {
      case FLAG -> {
        out.add(true);
        out.add(false);
      }
      case KINDS -> {
        out.add(Optional.empty());
        out.add(EnumSet.of(ProposalKind.AMENDMENT, ProposalKind.DRAFT_RESOLUTION));
      }
      case CHOICE_OR_EACH_OWN -> {
        out.add(Optional.empty());
        for (Object c : q.valueType().getEnumConstants()) {
          out.add(c);
        }
      }
      default -> {
        for (Object c : q.valueType().getEnumConstants()) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
