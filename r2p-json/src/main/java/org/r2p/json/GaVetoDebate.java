package org.r2p.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.r2p.core.DocumentSymbol;

/**
 * A General Assembly meeting held under GA res 76/262 after a veto, or its annual thematic
 * debate, as the bundled (incomplete) list records it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param vetoDate the date of the veto, empty for the thematic debate
 * @param draft the vetoed draft, if any
 * @param vetoingMembers the vetoing members as named in the source
 * @param subject the subject
 * @param debateDate the date of the GA debate, where captured
 * @param session the GA session
 * @param meetings the plenary meetings, as written
 * @param pressRelease the UN press release, if any
 * @param source where the facts come from
 * @param note doubts and gaps, as written
 */
public record GaVetoDebate(
    Optional<LocalDate> vetoDate,
    Optional<DocumentSymbol> draft,
    List<String> vetoingMembers,
    String subject,
    Optional<LocalDate> debateDate,
    String session,
    String meetings,
    String pressRelease,
    String source,
    String note) {
  /**
   * Checks the parts.
   *
   * @param vetoDate the date of the veto, empty for the thematic debate
   * @param draft the vetoed draft, if any
   * @param vetoingMembers the vetoing members as named in the source
   * @param subject the subject
   * @param debateDate the date of the GA debate, where captured
   * @param session the GA session
   * @param meetings the plenary meetings, as written
   * @param pressRelease the UN press release, if any
   * @param source where the facts come from
   * @param note doubts and gaps, as written
   */
  public GaVetoDebate {
    Objects.requireNonNull(vetoDate, "vetoDate");
    Objects.requireNonNull(draft, "draft");
    vetoingMembers = List.copyOf(vetoingMembers);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(debateDate, "debateDate");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(meetings, "meetings");
    Objects.requireNonNull(pressRelease, "pressRelease");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
  }
}
