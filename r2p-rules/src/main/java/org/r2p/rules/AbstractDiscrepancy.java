package org.r2p.rules;

import org.immutables.value.Value;

/**
 * A difference between what a record says happened and what the rules decide: a finding
 * about the data, reported, never thrown.
 *
 * <p>This class is immutable and thread-safe. Use the generated {@code Discrepancy}; this abstract
 * type is public only because its nested enums are part of the API.
 */
@Value.Immutable
public abstract class AbstractDiscrepancy {
  /** For the generated subclass only. */
  AbstractDiscrepancy() {}

  /** What differs. */
  public enum Kind {
    /** The recorded outcome differs from the Article 27 outcome. */
    OUTCOME,
    /** The recorded vetoing members differ from the permanent members whose NO was a veto. */
    VETOES,
    /** The reported tally differs from the count of the per-member votes. */
    TALLY
  }

  /** {@return what differs} */
  @Value.Parameter
  public abstract Kind kind();

  /** {@return the record's value} */
  @Value.Parameter
  public abstract String recorded();

  /** {@return the rules' value} */
  @Value.Parameter
  public abstract String decided();

  /** {@return a sentence naming the record and both values} */
  @Value.Parameter
  public abstract String message();
}
