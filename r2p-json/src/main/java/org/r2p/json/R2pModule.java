package org.r2p.json;

import org.r2p.core.Adherence;
import org.r2p.core.AtrocityAim;
import org.r2p.core.Citation;
import org.r2p.core.Council;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Decoder;
import org.r2p.json.internal.Grammar;
import org.r2p.json.internal.Types;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for the r2p model. It writes the published format (stable field names,
 * enum names, ISO dates, document symbols and state codes as strings, a {@code "format"}
 * marker on vote records and adherence) and reads through the generated builders, so the
 * model's invariants apply to JSON input. Reading and writing follow the same one grammar per
 * type as {@link VoteRecordValidator}, straight from and to the token stream.
 *
 * <p>A bad value fails with Jackson's {@code MismatchedInputException} whose message names up to
 * five problems, each with its JSON Pointer and code (the validator's codes): a field given twice
 * ({@code field.duplicate}: nothing silently keeps the last), an unknown field, a wrong kind of
 * value, a value the model refuses. It is found by {@code ServiceLoader}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * // or explicitly
 * JsonMapper mapper = JsonMapper.builder().addModule(new R2pModule()).build();
 * VoteRecord r = mapper.readValue(json, VoteRecord.class);
 * }</pre>
 *
 * <p>The module does not set reading limits: a plain mapper keeps Jackson's defaults.
 * {@link R2pJson#mapper()} applies {@link R2pJson#limits()}. To report every problem of a file
 * rather than fail on the first value, use {@link VoteRecordValidator}.
 */
public final class R2pModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers of every model type. */
  public R2pModule() {
    super("r2p", new Version(0, 1, 0, "SNAPSHOT", "org.r2p", "r2p-json"));
    add(VoteRecord.class, Types.VOTE_RECORD, "vote record");
    add(Proposal.class, Types.PROPOSAL, "proposal");
    add(Vote.class, Types.VOTE, "vote");
    add(Tally.class, Types.TALLY, "tally");
    add(AtrocityAim.class, Types.ATROCITY_AIM, "atrocity aim");
    add(Adherence.class, Types.ADHERENCE, "adherence");
    add(ElectedTerm.class, Types.ELECTED_TERM, "elected term");
    add(Citation.class, Types.CITATION, "citation");
    add(Council.class, Types.COUNCIL, "council");
    add(MemberState.class, Types.MEMBER_STATE, "member state");
    add(DocumentSymbol.class, Types.DOCUMENT_SYMBOL, "document symbol");
  }

  private <T> void add(Class<T> type, Grammar.Value<T> grammar, String what) {
    addSerializer(type, new GrammarSerializer<>(grammar));
    addDeserializer(type, new GrammarDeserializer<>(type, grammar, what));
  }

  private static final class GrammarSerializer<T> extends ValueSerializer<T> {
    private final Grammar.Value<T> grammar;

    GrammarSerializer(Grammar.Value<T> grammar) {
      this.grammar = grammar;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      grammar.writeValue(gen, value);
    }
  }

  private static final class GrammarDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Grammar.Value<T> grammar;
    private final String what;

    GrammarDeserializer(Class<T> type, Grammar.Value<T> grammar, String what) {
      this.type = type;
      this.grammar = grammar;
      this.what = what;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Decoder d = new Decoder(p, "", 0);
      T value = grammar.readFrom(d, what);
      if (value == null || d.errors() > 0) {
        StringBuilder msg = new StringBuilder("invalid ").append(type.getSimpleName()).append(": ");
        int errors = 0;
        for (Problem x : d.problems()) {
          if (x.severity() == Problem.Severity.ERROR) {
            if (errors++ < 5) {
              msg.append(errors > 1 ? "; " : "").append(x);
            }
          }
        }
        if (errors > 5) {
          msg.append("; and ").append(errors - 5).append(" more");
        }
        return ctxt.reportInputMismatch(type, "%s", msg.toString());
      }
      return value;
    }
  }
}
