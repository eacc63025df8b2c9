package org.r2p.json;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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
import org.r2p.json.internal.Codec;
import org.r2p.json.internal.Decoder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.StringNode;

/**
 * The Jackson 3 module for the r2p model. It writes the published format (stable field names,
 * enum names, ISO dates, document symbols and state codes as strings, a {@code "format"}
 * marker on vote records and adherence) and reads through the generated builders, so the
 * model's invariants apply to JSON input; a bad document fails with the core message and the
 * JSON Pointer of the value. It is found by {@code ServiceLoader}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * // or explicitly
 * JsonMapper mapper = JsonMapper.builder().addModule(new R2pModule()).build();
 * VoteRecord r = mapper.readValue(json, VoteRecord.class);
 * }</pre>
 *
 * <p>To report every problem of a file rather than fail on the first, use
 * {@link VoteRecordValidator}.
 */
public final class R2pModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers of every model type. */
  public R2pModule() {
    super("r2p", new Version(0, 1, 0, "SNAPSHOT", "org.r2p", "r2p-json"));
    add(VoteRecord.class, Codec::voteRecord, (d, n) -> d.voteRecord(n, "", false));
    add(Proposal.class, Codec::proposal, (d, n) -> d.proposal(n, ""));
    add(Vote.class, Codec::vote, (d, n) -> d.vote(n, ""));
    add(Tally.class, Codec::tally, (d, n) -> d.tally(n, ""));
    add(AtrocityAim.class, Codec::atrocityAim, (d, n) -> d.atrocityAim(n, ""));
    add(Adherence.class, Codec::adherence, (d, n) -> d.adherence(n, "", false));
    add(ElectedTerm.class, Codec::electedTerm, (d, n) -> d.electedTerm(n, ""));
    add(Citation.class, Codec::citation, (d, n) -> d.citation(n, ""));
    add(Council.class, Codec::council, (d, n) -> d.council(n, ""));
    add(MemberState.class, s -> StringNode.valueOf(s.code()), (d, n) -> d.state(n, ""));
    add(DocumentSymbol.class, s -> StringNode.valueOf(s.toString()), (d, n) -> d.symbol(n, "", "document symbol"));
  }

  private <T> void add(Class<T> type, Function<T, JsonNode> write, BiFunction<Decoder, JsonNode, @Nullable T> read) {
    addSerializer(type, new NodeSerializer<>(write));
    addDeserializer(type, new NodeDeserializer<>(type, read));
  }

  private static final class NodeSerializer<T> extends ValueSerializer<T> {
    private final Function<T, JsonNode> write;

    NodeSerializer(Function<T, JsonNode> write) {
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeTree(write.apply(value));
    }
  }

  private static final class NodeDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final BiFunction<Decoder, JsonNode, @Nullable T> read;

    NodeDeserializer(Class<T> type, BiFunction<Decoder, JsonNode, @Nullable T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode node = ctxt.readTree(p);
      Decoder d = new Decoder();
      T value = read.apply(d, node);
      if (value == null || d.problems().stream().anyMatch(x -> x.severity() == Problem.Severity.ERROR)) {
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
