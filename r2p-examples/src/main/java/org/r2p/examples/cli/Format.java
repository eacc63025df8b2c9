package org.r2p.examples.cli;

/** Output formats. */
public enum Format {
  /** For people. */
  text,
  /** For programs: one JSON document. */
  json,
  /** For programs reading a stream: one JSON document per line (review). */
  ndjson,
  /** Comma-separated values, where a command has a table. */
  csv
}
