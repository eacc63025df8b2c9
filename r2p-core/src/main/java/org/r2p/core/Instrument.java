package org.r2p.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A text that states a rule or a commitment the library applies: its names, the date from
 * which it has effect and where to read it. What a restraint commitment covers (its words,
 * crimes, action, the vote it forbids and the kinds of proposal) is stated in its rule file in
 * r2p-rules, beside the clause it encodes ({@code CodeOfConductRule}, {@code FrenchPledgeRule},
 * {@code UkPledgeRule}, {@code FranceMexicoDeclarationRule}); {@code R2pRules.withinScope}
 * answers whether a proposal is within that scope.
 */
public enum Instrument {
  /** Charter of the United Nations, in force 24 October 1945 (Arts.&nbsp;23 and 27). */
  UN_CHARTER(
      "UN Charter",
      "Charter of the United Nations",
      LocalDate.of(1945, 10, 24),
      "https://www.un.org/en/about-us/un-charter/chapter-5"),
  /**
   * Statement of the Four Sponsoring Governments on voting procedure, San Francisco,
   * 7 June 1945: the preliminary question is itself non-procedural (the "double veto").
   */
  SAN_FRANCISCO_STATEMENT(
      "San Francisco Statement",
      "Statement of the Four Sponsoring Governments on Voting Procedure in the Security Council",
      LocalDate.of(1945, 10, 24),
      "https://history.state.gov/historicaldocuments/frus1946v01/d147"),
  /** 2005 World Summit Outcome, A/RES/60/1, paras.&nbsp;138–139: the Responsibility to Protect. */
  WORLD_SUMMIT_OUTCOME(
      "A/RES/60/1",
      "2005 World Summit Outcome (Responsibility to Protect, paras. 138-139)",
      null,
      "https://undocs.org/A/RES/60/1"),
  /**
   * ACT Code of Conduct regarding Security Council action against genocide, crimes against
   * humanity or war crimes, A/70/621–S/2015/978, launched 23 October 2015.
   */
  ACT_CODE_OF_CONDUCT(
      "ACT Code of Conduct",
      "Code of Conduct regarding Security Council action against genocide, crimes against"
          + " humanity or war crimes (A/70/621-S/2015/978)",
      LocalDate.of(2015, 10, 23),
      "https://www.globalr2p.org/resources/code-of-conduct-regarding-security-council-action-against-genocide-crimes-against-humanity-or-war-crimes/"),
  /**
   * Political Declaration on suspension of veto powers in cases of mass atrocities, presented
   * by France and Mexico (showcased 30 September 2015). A statement of support: it binds no
   * permanent member other than by its own pledge.
   */
  FRANCE_MEXICO_DECLARATION(
      "France-Mexico Declaration",
      "Political Declaration on suspension of veto powers in cases of mass atrocities",
      LocalDate.of(2015, 9, 30),
      "https://franceintheus.org/spip.php?article7070"),
  /**
   * France's unilateral pledge (President Hollande, UN General Assembly, 28 September 2015):
   * "France will never use its right of veto where there have been mass atrocities".
   */
  FRENCH_PLEDGE(
      "French pledge",
      "Pledge of France not to use its veto in cases of mass atrocities (28 September 2015)",
      LocalDate.of(2015, 9, 28),
      "https://franceintheus.org/spip.php?article7071"),
  /**
   * The United Kingdom's statement (Ambassador Rycroft, 1 October 2015): the UK "will never
   * vote against credible Security Council action to stop mass atrocities and crimes against
   * humanity". Its own scope: "mass atrocities" is wider than the Code's list and includes
   * ethnic cleansing.
   */
  UK_PLEDGE(
      "UK pledge",
      "United Kingdom statement on voting against credible action to stop mass atrocities"
          + " (1 October 2015)",
      LocalDate.of(2015, 10, 1),
      "https://www.gov.uk/government/speeches/im-proud-to-say-that-the-united-kingdom-is-signing-up-to-the-act-code-of-conduct"),
  /**
   * GA res 76/262, standing mandate for a General Assembly debate when a veto is cast,
   * adopted without a vote on 26 April 2022.
   */
  GA_RES_76_262(
      "A/RES/76/262",
      "Standing mandate for a General Assembly debate when a veto is cast in the Security Council",
      LocalDate.of(2022, 4, 26),
      "https://undocs.org/A/RES/76/262");

  private final String shortName;
  private final String title;
  /** The first day of effect; null where the library does not rely on one. */
  private final @org.jspecify.annotations.Nullable LocalDate from;
  private final String url;

  Instrument(String shortName, String title, @org.jspecify.annotations.Nullable LocalDate effectiveFrom, String url) {
    this.shortName = shortName;
    this.title = title;
    this.from = effectiveFrom;
    this.url = url;
  }

  /**
   * The name used in explanations.
   *
   * @return e.g. "ACT Code of Conduct"
   */
  public String shortName() {
    return shortName;
  }

  /**
   * The full title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The first day the instrument had effect (launch, pledge or adoption).
   *
   * @return the date, or empty where the library does not rely on one
   */
  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(from);
  }

  /**
   * A public page with the text or a report of it.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * Whether the instrument had effect on a date.
   *
   * @param date the date
   * @return false before {@link #effectiveFrom()}; true if there is no such date
   */
  public boolean inEffectOn(LocalDate date) {
    return from == null || !date.isBefore(from);
  }

  /**
   * The short name, as explanations print it: {@code ACT_CODE_OF_CONDUCT.toString()} is
   * {@code "ACT Code of Conduct"}. The constant's name is {@link #name()}.
   *
   * @return the short name
   */
  @Override
  public String toString() {
    return shortName;
  }
}
