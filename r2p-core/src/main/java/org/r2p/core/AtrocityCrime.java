package org.r2p.core;

/**
 * The four atrocity crimes of the Responsibility to Protect (2005 World Summit Outcome,
 * A/RES/60/1, para.&nbsp;138). Each restraint instrument covers its own subset, stated in its
 * rule file in r2p-rules.
 *
 * <p>Ethnic cleansing is an R2P category, not an independent crime in international law; its
 * acts may amount to the other three. Aggression is not an atrocity crime in any regime.
 */
public enum AtrocityCrime {
  /** Genocide Convention (1948) Art.&nbsp;II; Rome Statute Art.&nbsp;6. */
  GENOCIDE("genocide"),
  /** Rome Statute Art.&nbsp;7. */
  CRIMES_AGAINST_HUMANITY("crimes against humanity"),
  /** Rome Statute Art.&nbsp;8. */
  WAR_CRIMES("war crimes"),
  /** R2P only (A/RES/60/1 para.&nbsp;138); not an independent crime. */
  ETHNIC_CLEANSING("ethnic cleansing");

  private final String label;

  AtrocityCrime(String label) {
    this.label = label;
  }

  /**
   * The crime in words, lower case.
   *
   * @return e.g. "crimes against humanity"
   */
  public String label() {
    return label;
  }
}
