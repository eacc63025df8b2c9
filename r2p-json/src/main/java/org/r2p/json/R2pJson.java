package org.r2p.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
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
 */
public final class R2pJson {
  /** Deepest nesting accepted: r2p documents need fewer than 10 levels. */
  public static final int MAX_DEPTH = 64;

  /** Longest string accepted, in characters. */
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
}
