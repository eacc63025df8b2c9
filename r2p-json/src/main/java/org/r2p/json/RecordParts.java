package org.r2p.json;

import java.lang.reflect.RecordComponent;

/** The one null check of a record's parts, naming the part that is missing. */
final class RecordParts {
  private RecordParts() {}

  /**
   * Fails if any part is null, naming the record type and the part.
   *
   * @param type the record type whose canonical constructor calls this
   * @param parts the constructor's arguments, in the order of the record's components
   * @throws NullPointerException naming the first missing part, e.g. {@code "GaVetoDebate.source
   *     is required"}
   */
  static void required(Class<? extends Record> type, Object... parts) {
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] == null) {
        RecordComponent[] components = type.getRecordComponents();
        String name = i < components.length ? components[i].getName() : "part " + (i + 1);
        throw new NullPointerException(type.getSimpleName() + "." + name + " is required");
      }
    }
  }
}
