package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * r2p validate on files of one document: a problem of the whole document has the pointer ""
 * (text: "(document)"), a field's problem no record index; NDJSON keeps its index.
 */
final class DocumentPointerCliTest {
  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f.toString();
  }

  @Test
  void aDocumentsOwnProblem_isPointerEmpty_inTextAndJson() throws IOException {
    String[][] cases = {{"symbol.json", "\"S/2014/348\"", "type.object"}, {"bracket.json", "]", "json.syntax"},
        {"deep.json", "{\"format\": \"r2p.vote-record.v1\", \"proposal\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}",
            "json.limit"}};
    for (String[] c : cases) {
      String f = write(c[0], c[1]);
      Cli text = run("validate", f);
      assertThat(text.code).as(c[0]).isEqualTo(1);
      assertThat(text.out).as(c[0]).contains(f + ":1: (document) " + c[2] + ":");
      Cli json = run("validate", "--format", "json", f);
      assertThat(json.out).as(c[0]).contains("\"pointer\":\"\",\"code\":\"" + c[2] + "\"");
    }
  }

  @Test
  void aRecordOnOneLine_ofAJsonFile_hasNoRecordIndex_butInNdjsonItHas() throws IOException {
    String record = Files.readString(Path.of(Cli.file("s2014-348.json"))).replace("\n", " ")
        .replace("\"subject\": \"", "\"subject\": 5, \"x\": \"");
    String one = write("one.json", record);
    assertThat(run("validate", one).out).contains(one + ":1: /proposal/subject type.string");
    String nd = write("one.ndjson", record);
    assertThat(run("validate", nd).out).contains(nd + ":1: /0/proposal/subject type.string");
  }
}
