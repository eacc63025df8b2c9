/**
 * The rules of r2p: Article 27 outcomes, commitment checks with explanations, GA res 76/262
 * deadlines, what-if analysis and voting power.
 */
module org.r2p.rules {
  requires transitive org.r2p.core;
  requires static org.immutables.value.annotations;
  requires static org.immutables.annotate;
  requires transitive org.jspecify;

  exports org.r2p.rules;
  exports org.r2p.rules.power;
  exports org.r2p.rules.whatif;
}
