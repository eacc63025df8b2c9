package org.r2p.core;

/** How central the atrocity aim is to a proposal (DOMAIN §8 Q4, mixed drafts). */
public enum Purpose {
  /** Preventing or ending atrocity crimes is the draft's primary purpose. */
  PRIMARY,
  /** Atrocity content is incidental (e.g. sanctions with a civilians paragraph). */
  INCIDENTAL,
  /** Commemoration or recognition rather than action. */
  COMMEMORATIVE
}
