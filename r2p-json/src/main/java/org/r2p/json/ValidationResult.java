package org.r2p.json;

import java.util.List;
import java.util.stream.Collectors;
import org.r2p.core.VoteRecord;

/**
 * What validating a file found: the valid records (in input order) and every problem. A file
 * of N records with k bad ones yields N−k records and at least k error problems.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param records the valid records
 * @param problems every problem, in input order
 * @param recordsRead how many records the input held (valid or not)
 */
public record ValidationResult(List<VoteRecord> records, List<Problem> problems, int recordsRead) {
  /**
   * Copies the lists.
   *
   * @param records the valid records
   * @param problems every problem, in input order
   * @param recordsRead how many records the input held (valid or not)
   */
  public ValidationResult {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  /** {@return the problems of severity ERROR} */
  public List<Problem> errors() {
    return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).collect(Collectors.toList());
  }

  /** {@return the problems of severity WARNING} */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).collect(Collectors.toList());
  }

  /** {@return true if there is no error (warnings allowed)} */
  public boolean isValid() {
    return errors().isEmpty();
  }
}
