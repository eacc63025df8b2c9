package org.r2p.rules;

/**
 * One condition of a commitment rule: its stable id, when it is decided (its scope), whether it
 * is a condition of applicability or the vote that breaches, the test itself in three-valued
 * logic, and the sentence that says which fact decided it. The test never builds text; the
 * detail is asked for only when a finding is explained. Package-private.
 *
 * @param id the stable id
 * @param scope when it is decided
 * @param role applicability or breach
 * @param test the test
 * @param detail the fact that decided it, in words
 */
record Step(StepId id, Scope scope, Role role, Test test, Detail detail) {
  /** When a step is decided. */
  enum Scope {
    /** Once per record: the instrument, the proposal, the decision, the interpretation. */
    RECORD,
    /** Once per state and date: the voter's own commitment and seat. */
    VOTER,
    /** Per vote: the position and what follows from it. */
    VOTE
  }

  /** What a step's result means for the verdict. */
  enum Role {
    /** A condition for the commitment to apply: FALSE gives NOT_APPLICABLE. */
    APPLIES,
    /** The vote itself: TRUE breaches, FALSE keeps the commitment (when it applies). */
    BREACH
  }

  /** The test of a step. */
  @FunctionalInterface
  interface Test {
    Ternary test(Facts f);
  }

  /** The fact that decided a step, in words. */
  @FunctionalInterface
  interface Detail {
    String detail(Facts f, Ternary result);
  }

  /** A condition of applicability. */
  static Step applies(StepId id, Scope scope, Test test, Detail detail) {
    return new Step(id, scope, Role.APPLIES, test, detail);
  }

  /** The vote that breaches. */
  static Step breachIf(StepId id, Test test, Detail detail) {
    return new Step(id, Scope.VOTE, Role.BREACH, test, detail);
  }
}
