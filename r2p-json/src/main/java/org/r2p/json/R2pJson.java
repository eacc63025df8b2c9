package org.r2p.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Types;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ready {@link JsonMapper} with {@link R2pModule} and safe reading limits, for
 * applications that do not configure their own.
 *
 * <pre>{@code
 * JsonMapper mapper = R2pJson.mapper();
 * String json = mapper.writeValueAsString(record);
 * VoteRecord back = mapper.readValue(json, VoteRecord.class);
 * }</pre>
 *
 * <p>Many records are written as a collection document ({@link #writeCollection}) or as NDJSON
 * ({@link #writeNdjson}), the two forms {@link VoteRecordValidator} reads besides a single
 * record and a plain array; both write each record as it comes, holding none.
 */
public final class R2pJson {
  /** Deepest nesting accepted: r2p documents need fewer than 10 levels. */
  public static final int MAX_DEPTH = 64;

  /**
   * Longest string accepted, in characters (1 MiB: 1,048,576 UTF-16 code units, as Jackson's
   * {@link StreamReadConstraints} counts them); a record holding one is within
   * {@link VoteRecordValidator#MAX_RECORD}.
   */
  public static final int MAX_STRING = 1 << 20;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER = 32;

  /** Longest property name accepted, in characters. */
  public static final int MAX_NAME = 256;

  /** Largest document accepted, in bytes or characters (256 MiB). */
  public static final long MAX_DOCUMENT = 256L << 20;

  private static final JsonMapper MAPPER = JsonMapper.builder(factory())
      .addModule(new R2pModule())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** Writes to a caller's stream without closing it. */
  private static final ObjectWriter STREAM_WRITER = MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  /** One record per line: no indentation. */
  private static final ObjectWriter LINE_WRITER = STREAM_WRITER.without(SerializationFeature.INDENT_OUTPUT);

  private R2pJson() {}

  /**
   * The reading limits r2p applies: depth, string, number, name and document length.
   *
   * @return the constraints
   */
  public static StreamReadConstraints limits() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(MAX_STRING)
        .maxNumberLength(MAX_NUMBER)
        .maxNameLength(MAX_NAME)
        .maxDocumentLength(MAX_DOCUMENT)
        .build();
  }

  /**
   * A JSON factory with {@link #limits()}.
   *
   * @return a new factory
   */
  public static JsonFactory factory() {
    return JsonFactory.builder().streamReadConstraints(limits()).build();
  }

  /**
   * The shared mapper: {@link R2pModule}, {@link #limits()}, no default typing, trailing
   * tokens rejected, indented output. Immutable and thread-safe.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes records as one collection document, {@code {"format": "r2p.vote-records.v1",
   * "records": [...]}}, in UTF-8, each record as {@link #mapper()} writes it. The records are
   * written as the iterable gives them, none is held; the stream is flushed, not closed.
   *
   * @param records the records, in the order to write them
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void writeCollection(Iterable<VoteRecord> records, OutputStream out) {
    try (JsonGenerator g = STREAM_WRITER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("format", Types.VOTE_RECORDS_FORMAT);
      g.writeName("records");
      g.writeStartArray();
      for (VoteRecord r : records) {
        STREAM_WRITER.writeValue(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    flush(out);
  }

  /**
   * Writes records as NDJSON in UTF-8: each record on a line of its own, ended by {@code \n}
   * (strings are escaped, so no record spans two lines). The records are written as the
   * iterable gives them, none is held; the stream is flushed, not closed.
   *
   * @param records the records, in the order to write them
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void writeNdjson(Iterable<VoteRecord> records, OutputStream out) {
    try {
      for (VoteRecord r : records) {
        out.write(LINE_WRITER.writeValueAsBytes(r));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write NDJSON: " + e.getMessage(), e);
    }
    flush(out);
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush the output: " + e.getMessage(), e);
    }
  }
}
