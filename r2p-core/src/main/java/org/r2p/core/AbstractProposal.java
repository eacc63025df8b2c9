package org.r2p.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * A proposal put to the Council: a draft resolution, an amendment, a preliminary question, a
 * procedural motion or a separate-paragraph vote.
 *
 * <pre>{@code
 * Proposal p = Proposal.builder()
 *     .kind(ProposalKind.DRAFT_RESOLUTION)
 *     .symbol(DocumentSymbol.parse("S/2014/348"))
 *     .date(LocalDate.of(2014, 5, 22))
 *     .subject("Syria: referral to the International Criminal Court")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractProposal {
  /**
   * What is put to the vote.
   *
   * @return the kind, DRAFT_RESOLUTION by default
   */
  @Value.Default
  public ProposalKind kind() {
    return ProposalKind.DRAFT_RESOLUTION;
  }

  /**
   * The document symbol; early records and oral proposals have none.
   *
   * @return the symbol, if there is one
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * The date the proposal was put to the vote (or submitted).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The sponsors, in the order given.
   *
   * @return the sponsors
   */
  public abstract List<MemberState> sponsors();

  /**
   * What it is about, in a few words.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * The agenda item under which the Council voted, as the source writes it, e.g. "The situation
   * in the Middle East, including the Palestinian question".
   *
   * @return the agenda item, if recorded
   */
  public abstract Optional<String> agendaItem();

  /**
   * The situation the proposal concerns, as a value to filter and group on: classified
   * ({@link Situation#ISRAEL_PALESTINE}) or unclassified with its text kept
   * ({@link Situation#other(String)}). The bundled records take it from a classification
   * derived from the veto list's topic.
   *
   * @return the situation, if known
   */
  public abstract Optional<Situation> situation();

  /**
   * Whether the proposal concerns this situation: {@code situation()} is known and equal to it.
   * A proposal whose situation is not known concerns none.
   *
   * @param situation a situation, e.g. {@link Situation#ISRAEL_PALESTINE}
   * @return true if it is the proposal's situation
   */
  public boolean concerns(Situation situation) {
    return situation().map(situation::equals).orElse(false);
  }

  /**
   * Procedural or not, as an input.
   *
   * @return the classification, NON_PROCEDURAL by default
   */
  @Value.Default
  public Classification classification() {
    return Classification.NON_PROCEDURAL;
  }

  /**
   * Whether it aims to prevent or end atrocity crimes, and who says so.
   *
   * @return the assessment, or empty where none was supplied
   */
  public abstract Optional<AtrocityAim> atrocityAim();

  /**
   * Whether the draft is "credible" (ACT Code para 2), and who says so is part of the
   * interpretation applied by the rules.
   *
   * @return the assessment, or empty where none was supplied
   */
  public abstract Optional<Assessment> credible();

  /**
   * Who asserts {@link #credible()}: a signatory (by its code or name), a sponsor, a user, a
   * named source. The rules name the asserter in every explanation; under the default reading
   * of credibility (each signatory assesses for itself) a third party's assessment cannot
   * stand for the voting state's own.
   *
   * @return the asserter, if named
   */
  public abstract Optional<String> credibleAssertedBy();

  /**
   * The Charter basis of the decision, for Art. 27(3)'s obligatory abstention.
   *
   * @return the basis, UNSPECIFIED by default
   */
  @Value.Default
  public CharterBasis charterBasis() {
    return CharterBasis.UNSPECIFIED;
  }

  /**
   * The parties to a dispute the proposal concerns; empty if it concerns a situation, not a
   * dispute.
   *
   * @return the parties
   */
  public abstract Set<MemberState> partiesToDispute();

  /**
   * For an amendment or a separate-paragraph vote, the draft it belongs to; for a
   * preliminary question, the draft whose classification it decides.
   *
   * @return the related draft's symbol, if known
   */
  public abstract Optional<DocumentSymbol> relatesTo();

  /**
   * A label for display: the symbol, or the kind and subject.
   *
   * @return the label
   */
  @Value.Auxiliary
  @Value.Derived
  public String label() {
    return symbol().map(DocumentSymbol::toString).orElse(subject());
  }

  @Value.Check
  void check() {
    Checks.notBlank("subject", subject());
    Checks.notBeforeCharter("proposal date", date());
  }

  /**
   * A copy with the situation given by its text, as 0.1 took it.
   *
   * @param text a situation key ({@code "ISRAEL_PALESTINE"}) or any other non-blank text
   * @return {@code withSituation(Situation.parse(text))}
   * @deprecated since 0.2.0, for removal: the situation is a {@link Situation}; use
   *     {@code withSituation(Situation.parse(text))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Proposal withSituation(String text) {
    return ((Proposal) this).withSituation(Situation.parse(text));
  }

  /**
   * What the generated {@link Proposal.Builder} adds to its setters: bridges for code written
   * against an earlier release.
   */
  abstract static class Builder {
    Builder() {}

    /**
     * Sets the situation the proposal concerns.
     *
     * @param situation the situation
     * @return this builder
     */
    public abstract Proposal.Builder situation(Situation situation);

    /**
     * Sets the situation from its text, as 0.1 took it: {@code situation(Situation.parse(text))}.
     *
     * @param text a situation key ({@code "ISRAEL_PALESTINE"}) or any other non-blank text
     * @return this builder
     * @throws IllegalArgumentException if the text is blank
     * @deprecated since 0.2.0, for removal: the situation is a {@link Situation}; call
     *     {@link #situation(Situation)} with {@link Situation#parse(String)}, or put an agenda
     *     item's text in {@link Proposal.Builder#agendaItem(String)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Proposal.Builder situation(String text) {
      return situation(Situation.parse(text));
    }
  }
}
