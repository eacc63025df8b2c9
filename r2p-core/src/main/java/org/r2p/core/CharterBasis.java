package org.r2p.core;

/** The Charter basis of a decision, which decides whether Art.&nbsp;27(3)'s proviso can apply. */
public enum CharterBasis {
  /** Not stated. */
  UNSPECIFIED,
  /** Chapter VI, pacific settlement: obligatory abstention applies to parties to a dispute. */
  CHAPTER_VI,
  /** Art.&nbsp;52(3), regional arrangements: obligatory abstention applies too. */
  ARTICLE_52_3,
  /** Chapter VII: no obligatory abstention. */
  CHAPTER_VII,
  /** Another basis. */
  OTHER
}
