package org.r2p.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.json.R2pJson;
import org.r2p.json.ValidationResult;
import org.r2p.json.VoteRecordValidator;
import org.r2p.json.internal.Utf8;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and validating the 68 bundled records that have per-member votes, as one JSON array,
 * against plain Jackson tree parsing of the same bytes. Scores are documents per second; the
 * ratio of the two is what the target is about.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark extends BenchmarkDefaults {
  byte[] bytes;
  VoteRecordValidator validator;
  JsonMapper plain;
  /** Where {@link #utf8CheckJdk()} decodes to, 16 K characters at a time. */
  java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 14);

  /** Serialises the records once. */
  @Setup
  public void setup() {
    List<VoteRecord> withVotes = R2pDatasets.bundled().vetoes().stream().filter(r -> !r.votes().isEmpty()).toList();
    bytes = R2pJson.mapper().writeValueAsString(withVotes).getBytes(StandardCharsets.UTF_8);
    validator = VoteRecordValidator.builder().build();
    plain = JsonMapper.builder().build();
  }

  /** @return the tree: the floor */
  @Benchmark
  public JsonNode plainJacksonTree() {
    return plain.readTree(bytes);
  }

  /** @return the records, read through the builders with every check */
  @Benchmark
  public ValidationResult readAndValidate() {
    return validator.validate(new java.io.ByteArrayInputStream(bytes));
  }

  /**
   * @return the number of bytes: the same bytes through the validator's strict UTF-8 check alone,
   *     to set its cost against {@link #readAndValidate()}
   * @throws java.io.IOException never: the bytes are UTF-8
   */
  @Benchmark
  public long utf8Check() throws java.io.IOException {
    return new Utf8.CheckedInputStream(new java.io.ByteArrayInputStream(bytes))
        .transferTo(java.io.OutputStream.nullOutputStream());
  }

  /**
   * @return the number of characters: the same check by the JDK's decoder in report mode
   *     (decoding into a buffer that is reused), to set against {@link #utf8Check()}
   * @throws java.nio.charset.CharacterCodingException never: the bytes are UTF-8
   */
  @Benchmark
  public long utf8CheckJdk() throws java.nio.charset.CharacterCodingException {
    java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = chars.clear();
    long n = 0;
    while (true) {
      java.nio.charset.CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        r.throwException();
      }
      n += out.position();
      out.clear();
      if (r.isUnderflow()) {
        return n;
      }
    }
  }

  /** @return the records, read with the module (fail-fast) */
  @Benchmark
  public VoteRecord[] readWithModule() {
    return R2pJson.mapper().readValue(bytes, VoteRecord[].class);
  }
}
