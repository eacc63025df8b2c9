package org.r2p.json;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The published JSON Schemas (draft 2020-12), shipped in this jar under
 * {@code org/r2p/json/schema/}. Each has an {@code $id} under {@link #BASE}; they refer to
 * each other by those ids.
 *
 * <pre>{@code
 * try (InputStream in = R2pSchemas.open(R2pSchemas.VOTE_RECORD)) { ... }
 * }</pre>
 */
public final class R2pSchemas {
  /** The base of every schema's {@code $id}. */
  public static final String BASE = "https://r2p.org/schema/";

  /** A vote record, or a collection of them. */
  public static final String VOTE_RECORD = "vote-record.schema.json";

  /** A proposal. */
  public static final String PROPOSAL = "proposal.schema.json";

  /** An adherence. */
  public static final String ADHERENCE = "adherence.schema.json";

  /** Findings and their explanations, as {@code r2p review --format json} writes them. */
  public static final String REVIEW = "review.schema.json";

  /** Shared definitions: dates, state codes, symbols, enums. */
  public static final String DEFINITIONS = "definitions.schema.json";

  /** Every schema file name. */
  public static final List<String> ALL = List.of(DEFINITIONS, PROPOSAL, VOTE_RECORD, ADHERENCE, REVIEW);

  /** The classpath folder holding them. */
  public static final String CLASSPATH_FOLDER = "org/r2p/json/schema/";

  private R2pSchemas() {}

  /**
   * The schema's {@code $id}.
   *
   * @param name a file name from {@link #ALL}
   * @return the id
   */
  public static URI id(String name) {
    return URI.create(BASE + name);
  }

  /**
   * Opens a schema; the caller closes the stream.
   *
   * @param name a file name from {@link #ALL}
   * @return the stream
   * @throws IllegalArgumentException for an unknown name
   */
  public static InputStream open(String name) {
    if (!ALL.contains(name)) {
      throw new IllegalArgumentException("schema must be one of " + ALL + ": " + name);
    }
    // through the class, so that it also works when r2p-json is a named module
    return Objects.requireNonNull(R2pSchemas.class.getResourceAsStream("/" + CLASSPATH_FOLDER + name), name);
  }
}
