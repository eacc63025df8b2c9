/**
 * The r2p domain model: member states, permanent seats and their holders, Council composition,
 * proposals and document symbols, votes and vote records, instruments, dated adherence and the
 * commitment registry. Immutable values; no runtime dependency.
 */
module org.r2p.core {
  requires static org.immutables.value.annotations;
  requires static org.immutables.annotate;
  requires transitive org.jspecify;

  exports org.r2p.core;
}
