/**
 * JSON for r2p: the Jackson 3 module, the published JSON Schemas, the validator, the review
 * writer and the bundled datasets.
 */
module org.r2p.json {
  requires transitive org.r2p.core;
  requires transitive org.r2p.rules;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires static org.immutables.annotate;
  requires transitive org.jspecify;

  exports org.r2p.json;

  provides tools.jackson.databind.JacksonModule with org.r2p.json.R2pModule;
}
