package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.file;
import static org.r2p.examples.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written: one line naming the path and the reason, exit code 2, never an internal error. */
final class FileErrorsCliTest {
  @TempDir Path dir;

  @Test
  void theReportOntoAFile_isAUsageError_sayingSo() throws IOException {
    Path afile = Files.writeString(dir.resolve("afile"), "x");
    Cli c = run("--out", afile.toString(), "--quiet");
    assertThat(c.code).as(c.toString()).isEqualTo(2);
    assertThat(c.err).isEqualTo("r2p: cannot write " + afile + ": exists and is a file, not a folder\n");
  }

  @Test
  void anImportIntoAMissingFolder_isAUsageError_sayingSo() {
    Path missing = dir.resolve("nonexistent").resolve("dir").resolve("x.ndjson");
    Cli c = run("import", "undl", file("undl-sc.csv"), "--out", missing.toString());
    assertThat(c.code).as(c.toString()).isEqualTo(2);
    assertThat(c.err).endsWith("r2p: cannot write " + missing + ": no such folder: " + missing.getParent() + "\n");
    assertThat(c.err).doesNotContain("Exception");
  }

  @Test
  void anImportOntoAFolder_isAUsageError_sayingSo() {
    Cli c = run("import", "undl", file("undl-sc.csv"), "--out", dir.toString());
    assertThat(c.code).as(c.toString()).isEqualTo(2);
    assertThat(c.err).endsWith("r2p: cannot write " + dir + ": exists and is a folder\n");
  }
}
