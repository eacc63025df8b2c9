package org.r2p.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of a UN Digital Library voting-data file: where each column the reader uses sits.
 * Columns are found by name, in any order; a column the reader does not use is ignored. The
 * General Assembly's layout names two of them differently ({@code title} for
 * {@code description}, {@code agenda_title} for {@code agenda}); either name is read.
 */
public final class UndlColumns {
  /** The columns a file must have: without them no vote can be read. */
  public static final List<String> REQUIRED = List.of("ms_code", "ms_vote", "date", "resolution");

  /** The other columns read, each with the General Assembly's name where it differs. */
  private static final List<List<String>> OPTIONAL = List.of(
      List.of("undl_id"), List.of("ms_name"), List.of("permanent_member"), List.of("draft"),
      List.of("meeting"), List.of("description", "title"), List.of("agenda", "agenda_title"),
      List.of("vote_note"), List.of("modality"), List.of("total_yes"), List.of("total_no"),
      List.of("total_abstentions"), List.of("total_non_voting"), List.of("total_ms"), List.of("undl_link"));

  private final Map<String, Integer> index;
  private final int count;
  private final List<String> ignored;

  private UndlColumns(Map<String, Integer> index, int count, List<String> ignored) {
    this.index = index;
    this.count = count;
    this.ignored = List.copyOf(ignored);
  }

  /**
   * Reads a header row.
   *
   * @param names the header's cells, in file order
   * @return the columns
   * @throws IllegalArgumentException naming each required column missing, or a column named twice
   */
  public static UndlColumns of(List<String> names) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).strip();
      if (i == 0 && n.startsWith("\uFEFF")) {
        n = n.substring(1);
      }
      if (at.putIfAbsent(n, i) != null) {
        throw new IllegalArgumentException("each column must be named once in the header: \"" + n + "\" is named twice");
      }
    }
    List<String> missing = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (String r : REQUIRED) {
      if (at.containsKey(r)) {
        index.put(r, at.get(r));
      } else {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the header must name the columns " + REQUIRED + ": missing " + missing
          + " (found " + at.keySet().stream().sorted().toList() + ")");
    }
    for (List<String> names2 : OPTIONAL) {
      for (String n : names2) {
        if (at.containsKey(n)) {
          index.putIfAbsent(names2.get(0), at.get(n));
        }
      }
    }
    List<String> ignored = new ArrayList<>();
    for (String n : at.keySet()) {
      if (!index.containsValue(at.get(n))) {
        ignored.add(n);
      }
    }
    ignored.sort(null);
    return new UndlColumns(Map.copyOf(index), names.size(), ignored);
  }

  /**
   * The number of cells in the header: every row must have as many.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Whether the file has a column (by its Security Council name).
   *
   * @param name e.g. {@code "permanent_member"}
   * @return true if present
   */
  public boolean has(String name) {
    return index.containsKey(name);
  }

  /**
   * A cell of a row, stripped of surrounding white space; empty where the column is absent.
   *
   * @param row the row's cells
   * @param name the column's Security Council name
   * @return the value, possibly empty
   */
  public String get(List<String> row, String name) {
    Integer i = index.get(name);
    return i == null || i >= row.size() ? "" : row.get(i).strip();
  }

  /**
   * A cell of a row, if not empty.
   *
   * @param row the row's cells
   * @param name the column's Security Council name
   * @return the value, or empty where the cell is empty or the column absent
   */
  public Optional<String> opt(List<String> row, String name) {
    String v = get(row, name);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /**
   * The header's columns the reader does not use, by name.
   *
   * @return the names, sorted
   */
  public List<String> ignored() {
    return ignored;
  }
}
