package org.r2p.json.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.CharterBasis;
import org.r2p.core.Classification;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.SymbolParseException;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a vote record straight from the token stream when it is written the common way, with
 * no tree built. At the first thing {@link Decoder} would report (an unknown or repeated field,
 * a wrong type, a bad value, an invariant of the model) it gives up and says so by returning
 * null; the caller then reads the element as a tree with {@link Decoder}, which reports every
 * problem. It never reports a problem itself, and a record it does return equals the one
 * {@link Decoder#voteRecord} gives for the same element (tested). Syntax errors are the
 * parser's and pass through.
 */
public final class FastRecords {
  private FastRecords() {}

  /** Gives up on the element; stackless, one instance. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  /**
   * Reads one record, the parser on its START_OBJECT. On success the parser is on the record's
   * END_OBJECT; on null it is somewhere inside the record.
   *
   * @param p the parser
   * @return the record, or null when {@link Decoder} must read it
   */
  public static @Nullable VoteRecord read(JsonParser p) {
    try {
      return record(p);
    } catch (GiveUp g) {
      return null;
    }
  }

  private static GiveUp giveUp() {
    return GIVE_UP;
  }

  /** Marks a field read, giving up on a repeated one (a tree keeps the last, so Decoder must decide). */
  private static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw giveUp();
    }
    return seen | bit;
  }

  private static VoteRecord record(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw giveUp();
    }
    VoteRecord.Builder b = VoteRecord.builder();
    Proposal proposal = null;
    LocalDate date = null;
    int seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "format":
          seen = once(seen, 1);
          if (v != JsonToken.VALUE_STRING || !p.getString().equals(Codec.VOTE_RECORD_FORMAT)) {
            throw giveUp();
          }
          break;
        case "id":
          seen = once(seen, 2);
          optString(p, v, b::id);
          break;
        case "proposal":
          seen = once(seen, 4);
          proposal = proposal(p, v);
          break;
        case "date":
          seen = once(seen, 8);
          date = date(p, v);
          break;
        case "meeting":
          seen = once(seen, 16);
          optSymbol(p, v, b::meeting);
          break;
        case "documents":
          seen = once(seen, 32);
          if (array(v)) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              b.addDocuments(symbol(p, t));
            }
          }
          break;
        case "votes":
          seen = once(seen, 64);
          votes(p, v, b);
          break;
        case "reportedTally":
          seen = once(seen, 128);
          if (v != JsonToken.VALUE_NULL) {
            b.reportedTally(tally(p, v));
          }
          break;
        case "recordedOutcome":
          seen = once(seen, 256);
          optEnum(p, v, Outcome.class, b::recordedOutcome);
          break;
        case "recordedVetoes":
          seen = once(seen, 512);
          if (array(v)) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              b.addRecordedVetoes(state(p, t));
            }
          }
          break;
        case "source":
          seen = once(seen, 1024);
          optString(p, v, b::source);
          break;
        case "flags":
          seen = once(seen, 2048);
          if (array(v)) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              if (t != JsonToken.VALUE_STRING) {
                throw giveUp();
              }
              b.addFlags(p.getString());
            }
          }
          break;
        case "gaEmergencySpecialSession":
          seen = once(seen, 4096);
          if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
            b.gaEmergencySpecialSession(v == JsonToken.VALUE_TRUE);
          } else if (v != JsonToken.VALUE_NULL) {
            throw giveUp();
          }
          break;
        default:
          throw giveUp();
      }
    }
    if (proposal == null || date == null || (seen & 64) == 0) {
      throw giveUp();
    }
    Proposal pr = proposal;
    LocalDate d = date;
    return build(() -> b.proposal(pr).date(d).build());
  }

  private static <T> T build(java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw giveUp();
    }
  }

  /** Whether an optional array is there: true on START_ARRAY, false on null, else give up. */
  private static boolean array(JsonToken v) {
    if (v == JsonToken.START_ARRAY) {
      return true;
    }
    if (v == JsonToken.VALUE_NULL) {
      return false;
    }
    throw giveUp();
  }

  private static void votes(JsonParser p, JsonToken v, VoteRecord.Builder b) {
    if (v != JsonToken.START_ARRAY) {
      throw giveUp();
    }
    // a member voting twice is refused by VoteRecord's own check when the record is built
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT || n == Tally.MAX_VOTES) {
        throw giveUp();
      }
      MemberState member = null;
      VotePosition position = null;
      while (p.nextToken() != JsonToken.END_OBJECT) {
        String name = p.currentName();
        JsonToken x = p.nextToken();
        if (name.equals("member") && member == null) {
          member = state(p, x);
        } else if (name.equals("position") && position == null) {
          position = constant(p, x, VotePosition.class);
        } else {
          throw giveUp();
        }
      }
      if (member == null || position == null) {
        throw giveUp();
      }
      n++;
      b.addVotes(Vote.of(member, position));
    }
  }

  private static Proposal proposal(JsonParser p, JsonToken v) {
    if (v != JsonToken.START_OBJECT) {
      throw giveUp();
    }
    Proposal.Builder b = Proposal.builder();
    LocalDate date = null;
    String subject = null;
    Set<MemberState> parties = null;
    int seen = 0;
    JsonToken t;
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String name = p.currentName();
      JsonToken x = p.nextToken();
      switch (name) {
        case "kind":
          seen = once(seen, 1);
          optEnum(p, x, ProposalKind.class, b::kind);
          break;
        case "symbol":
          seen = once(seen, 2);
          optSymbol(p, x, b::symbol);
          break;
        case "date":
          seen = once(seen, 4);
          date = date(p, x);
          break;
        case "sponsors":
          seen = once(seen, 8);
          if (array(x)) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              b.addSponsors(state(p, t));
            }
          }
          break;
        case "subject":
          seen = once(seen, 16);
          subject = optString(p, x);
          break;
        case "situation":
          seen = once(seen, 32);
          optString(p, x, b::situation);
          break;
        case "classification":
          seen = once(seen, 64);
          optEnum(p, x, Classification.class, b::classification);
          break;
        case "atrocityAim":
          seen = once(seen, 128);
          if (x != JsonToken.VALUE_NULL) {
            b.atrocityAim(atrocityAim(p, x));
          }
          break;
        case "credible":
          seen = once(seen, 256);
          optEnum(p, x, Assessment.class, b::credible);
          break;
        case "charterBasis":
          seen = once(seen, 512);
          optEnum(p, x, CharterBasis.class, b::charterBasis);
          break;
        case "partiesToDispute":
          seen = once(seen, 1024);
          if (array(x)) {
            parties = new LinkedHashSet<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              parties.add(state(p, t));
            }
          }
          break;
        case "relatesTo":
          seen = once(seen, 2048);
          optSymbol(p, x, b::relatesTo);
          break;
        default:
          throw giveUp();
      }
    }
    if (date == null || subject == null) {
      throw giveUp();
    }
    if (parties != null) {
      b.addAllPartiesToDispute(parties);
    }
    LocalDate d = date;
    String s = subject;
    return build(() -> b.date(d).subject(s).build());
  }

  private static AtrocityAim atrocityAim(JsonParser p, JsonToken v) {
    if (v != JsonToken.START_OBJECT) {
      throw giveUp();
    }
    AtrocityAim.Builder b = AtrocityAim.builder();
    Assessment assessment = null;
    String by = null;
    int seen = 0;
    JsonToken t;
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String name = p.currentName();
      JsonToken x = p.nextToken();
      switch (name) {
        case "assessment":
          seen = once(seen, 1);
          assessment = optEnum(p, x, Assessment.class);
          break;
        case "crimes":
          seen = once(seen, 2);
          if (array(x)) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              b.addCrimes(constant(p, t, AtrocityCrime.class));
            }
          }
          break;
        case "purpose":
          seen = once(seen, 4);
          optEnum(p, x, Purpose.class, b::purpose);
          break;
        case "largeScale":
          seen = once(seen, 8);
          if (x == JsonToken.VALUE_TRUE || x == JsonToken.VALUE_FALSE) {
            b.largeScale(x == JsonToken.VALUE_TRUE);
          } else if (x != JsonToken.VALUE_NULL) {
            throw giveUp();
          }
          break;
        case "assertedBy":
          seen = once(seen, 16);
          by = optString(p, x);
          break;
        case "source":
          seen = once(seen, 32);
          optString(p, x, b::source);
          break;
        case "timing":
          seen = once(seen, 64);
          optEnum(p, x, CharacterisationTiming.class, b::timing);
          break;
        case "note":
          seen = once(seen, 128);
          optString(p, x, b::note);
          break;
        default:
          throw giveUp();
      }
    }
    if (assessment == null || by == null) {
      throw giveUp();
    }
    Assessment a = assessment;
    String asserted = by;
    return build(() -> b.assessment(a).assertedBy(asserted).build());
  }

  private static Tally tally(JsonParser p, JsonToken v) {
    if (v != JsonToken.START_OBJECT) {
      throw giveUp();
    }
    int[] n = {-1, -1, -1, 0, 0};
    int seen = 0;
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String name = p.currentName();
      JsonToken x = p.nextToken();
      int k;
      switch (name) {
        case "yes":
          k = 0;
          break;
        case "no":
          k = 1;
          break;
        case "abstain":
          k = 2;
          break;
        case "absent":
          k = 3;
          break;
        case "notParticipating":
          k = 4;
          break;
        default:
          throw giveUp();
      }
      seen = once(seen, 1 << k);
      if (x == JsonToken.VALUE_NULL && k >= 3) {
        continue;
      }
      if (x != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        throw giveUp();
      }
      n[k] = p.getIntValue();
    }
    if (n[0] < 0 || n[1] < 0 || n[2] < 0 || (seen & 7) != 7) {
      throw giveUp();
    }
    return build(() -> Tally.builder().yes(n[0]).no(n[1]).abstain(n[2]).absent(n[3]).notParticipating(n[4]).build());
  }

  private static void optString(JsonParser p, JsonToken v, Consumer<String> to) {
    String s = optString(p, v);
    if (s != null) {
      to.accept(s);
    }
  }

  private static void optSymbol(JsonParser p, JsonToken v, Consumer<DocumentSymbol> to) {
    DocumentSymbol s = optSymbol(p, v);
    if (s != null) {
      to.accept(s);
    }
  }

  private static <E extends Enum<E>> void optEnum(JsonParser p, JsonToken v, Class<E> type, Consumer<E> to) {
    E e = optEnum(p, v, type);
    if (e != null) {
      to.accept(e);
    }
  }

  /** An optional non-blank string: null for JSON null. */
  private static @Nullable String optString(JsonParser p, JsonToken v) {
    if (v == JsonToken.VALUE_NULL) {
      return null;
    }
    if (v != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    String s = p.getString();
    if (s.isBlank()) {
      throw giveUp();
    }
    return s;
  }

  private static LocalDate date(JsonParser p, JsonToken v) {
    String s = optString(p, v);
    if (s == null || !Decoder.isIsoDate(s)) {
      throw giveUp();
    }
    LocalDate d;
    try {
      d = LocalDate.of(Decoder.digits(s, 0, 4), Decoder.digits(s, 5, 7), Decoder.digits(s, 8, 10));
    } catch (java.time.DateTimeException e) {
      throw giveUp();
    }
    if (d.isBefore(Decoder.CHARTER)) {
      throw giveUp();
    }
    return d;
  }

  private static @Nullable DocumentSymbol optSymbol(JsonParser p, JsonToken v) {
    return v == JsonToken.VALUE_NULL ? null : symbol(p, v);
  }

  private static DocumentSymbol symbol(JsonParser p, JsonToken v) {
    if (v != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    try {
      return DocumentSymbol.parse(p.getString());
    } catch (SymbolParseException e) {
      throw giveUp();
    }
  }

  private static MemberState state(JsonParser p, JsonToken v) {
    if (v != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    MemberState s = Decoder.known(p.getString());
    if (s == null) {
      throw giveUp();
    }
    return s;
  }

  private static <E extends Enum<E>> @Nullable E optEnum(JsonParser p, JsonToken v, Class<E> type) {
    return v == JsonToken.VALUE_NULL ? null : constant(p, v, type);
  }

  private static <E extends Enum<E>> E constant(JsonParser p, JsonToken v, Class<E> type) {
    if (v != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    E e = Decoder.constant(type, p.getString());
    if (e == null) {
      throw giveUp();
    }
    return e;
  }
}
