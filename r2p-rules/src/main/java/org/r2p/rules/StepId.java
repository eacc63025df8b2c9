package org.r2p.rules;

/**
 * The stable name of each condition a commitment rule tests: it appears in every explanation
 * ({@link Condition#name()}) and in the JSON that carries it. Each constant also says, in a
 * phrase, why the verdict is what it is when the condition decides it: as a definite FALSE, or
 * as one of the UNKNOWNs of an INDETERMINATE verdict. Package-private.
 */
enum StepId {
  IN_EFFECT("instrument-in-effect", "no such commitment existed on the vote date",
      "whether the commitment existed on the vote date"),
  COMMITTED("adherent-on-vote-date", "the state was not committed on the vote date",
      "whether the state was committed on the vote date"),
  ON_COUNCIL("member-of-council", "the commitment bites only while the state sits on the Council",
      "whether the state sat on the Council"),
  KIND("proposal-kind-covered", "the commitment does not cover this kind of proposal",
      "whether the commitment covers this kind of proposal"),
  ATROCITY("aims-at-atrocity-crimes", "the proposal did not aim to prevent or end atrocity crimes in the commitment's scope",
      "whether the proposal aimed to prevent or end atrocity crimes in the commitment's scope"),
  CREDIBLE("credible-draft", "the draft was not credible", "whether the draft was credible"),
  NO_VITAL_INTEREST("no-vital-interest-exception", "a vital-interest exception applies",
      "whether a vital-interest exception applies"),
  BINDS_OWN_VOTES("binds-own-votes", "the declaration binds no signatory's own votes",
      "whether the declaration binds the signatory's own votes"),
  PARA_1_CHECKED("positive-pledge-checked", "para 1 is not checked under Q1 LETTER and Q15 NOT_ENFORCED",
      "whether para 1 is checked"),
  VOTED_NO("voted-against", "the vote was not a vote against", "whether the vote was a vote against"),
  USED_VETO("used-veto", "only a veto can breach the pledge", "whether the negative vote was a veto"),
  FELL_SHORT("fell-short-of-support", "the vote did not fall short of support",
      "whether the vote fell short of support");

  private final String label;
  private final String whenFalse;
  private final String question;

  StepId(String label, String whenFalse, String question) {
    this.label = label;
    this.whenFalse = whenFalse;
    this.question = question;
  }

  /** @return the condition's name in explanations, e.g. {@code "credible-draft"} */
  String label() {
    return label;
  }

  /** @return why the verdict follows when this condition is definitely FALSE */
  String whenFalse() {
    return whenFalse;
  }

  /**
   * @return whether the condition is part of the instrument's scope, read from the proposal
   *     alone: the kinds of proposal covered, the atrocity aim, and whether it binds a vote at all
   */
  boolean scope() {
    return this == KIND || this == ATROCITY || this == BINDS_OWN_VOTES;
  }

  /** @return the question left open when this condition is UNKNOWN */
  String question() {
    return question;
  }
}
