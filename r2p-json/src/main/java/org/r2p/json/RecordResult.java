package org.r2p.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a streamed validation ({@link VoteRecordValidator#stream}): one record of the
 * input with what was found in it, or problems of the file itself (an empty input, a
 * collection's header, a syntax error that ends the input, the count of problems left out).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param record the record, when it is valid (warnings allowed)
 * @param problems what was found, in input order; at most {@link VoteRecordValidator#MAX_PROBLEMS_PER_RECORD}
 * @param isRecord true if this stands for one record of the input (valid or not), false for
 *     problems of the file itself
 * @param omittedProblems how many further problems were found and left out by the caps
 */
public record RecordResult(Optional<org.r2p.core.VoteRecord> record, List<Problem> problems, boolean isRecord,
    int omittedProblems) {
  /**
   * Copies the list.
   *
   * @param record the record, when it is valid
   * @param problems what was found
   * @param isRecord whether this stands for one record of the input
   * @param omittedProblems how many further problems were left out
   */
  public RecordResult {
    Objects.requireNonNull(record, "record");
    problems = List.copyOf(problems);
    if (omittedProblems < 0) {
      throw new IllegalArgumentException("omittedProblems must be at least 0: " + omittedProblems);
    }
  }

  /** @return true if this is a record and it is valid */
  public boolean isValid() {
    return record.isPresent();
  }
}
