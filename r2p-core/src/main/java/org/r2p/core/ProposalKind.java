package org.r2p.core;

/** What is put to the vote. Veto lists count drafts, amendments and preliminary questions. */
public enum ProposalKind {
  /** A draft resolution. */
  DRAFT_RESOLUTION,
  /** An amendment to a draft resolution. */
  AMENDMENT,
  /** The preliminary question whether a matter is procedural (the "double veto"). */
  PRELIMINARY_QUESTION,
  /** A procedural motion: adoption of the agenda, invitation, adjournment. */
  PROCEDURAL_MOTION,
  /** A vote on a separate paragraph of a draft. */
  SEPARATE_PARAGRAPH
}
