package org.r2p.core;

/** How central the atrocity aim is to a proposal (see the interpretation's question Q4, mixed drafts). */
public enum Purpose {
  /** Preventing or ending atrocity crimes is the draft's primary purpose. */
  PRIMARY,
  /** Atrocity content is incidental (e.g.&nbsp;sanctions with a civilians paragraph). */
  INCIDENTAL,
  /** Commemoration or recognition rather than action. */
  COMMEMORATIVE
}
