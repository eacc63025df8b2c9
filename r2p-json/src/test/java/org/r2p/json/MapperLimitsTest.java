package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.r2p.core.VoteRecord;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which reading limits apply where, as docs/json-and-cli.md states: the module brings none of its own; a
 * plain mapper with {@link R2pModule} reads under Jackson's defaults, {@link R2pJson#mapper()} and
 * a mapper built on {@link R2pJson#factory()} under {@link R2pJson#limits()}.
 */
final class MapperLimitsTest {
  static final JsonMapper PLAIN = JsonMapper.builder().addModule(new R2pModule()).build();
  static final JsonMapper ON_R2P_FACTORY = JsonMapper.builder(R2pJson.factory()).addModule(new R2pModule()).build();

  /** A valid record whose source is one character longer than r2p's string limit. */
  static String longSource() {
    return Fixtures.record().put("source", "s".repeat(R2pJson.MAX_STRING + 1)).toString();
  }

  /** A record with a flag nested deeper than r2p's depth limit. */
  static String deepFlag() {
    int depth = R2pJson.MAX_DEPTH + 1;
    return Fixtures.record().toString().replaceFirst("\\{", "{\"flags\": [" + "[".repeat(depth) + "]".repeat(depth) + "],");
  }

  @Test
  void aPlainMapperWithTheModuleReadsUnderJacksonsDefaults() {
    assertThat(PLAIN.tokenStreamFactory().streamReadConstraints().getMaxStringLength())
        .isGreaterThan(R2pJson.MAX_STRING);
    assertThat(PLAIN.readValue(longSource(), VoteRecord.class).source()).hasSize(R2pJson.MAX_STRING + 1);
    // the deep flag is refused, but by the module (a flag must be a string), not by a depth limit
    assertThatThrownBy(() -> PLAIN.readValue(deepFlag(), VoteRecord.class))
        .isNotInstanceOf(StreamConstraintsException.class).hasMessageContaining("flag must be a string");
  }

  @Test
  void r2psMapperAndAMapperOnR2psFactoryApplyTheLimits() {
    for (JsonMapper m : new JsonMapper[] {R2pJson.mapper(), ON_R2P_FACTORY}) {
      assertThatThrownBy(() -> m.readValue(longSource(), VoteRecord.class))
          .isInstanceOf(StreamConstraintsException.class).hasMessageContaining(String.valueOf(R2pJson.MAX_STRING));
      assertThatThrownBy(() -> m.readValue(deepFlag(), VoteRecord.class))
          .isInstanceOf(StreamConstraintsException.class).hasMessageContaining(String.valueOf(R2pJson.MAX_DEPTH));
    }
  }
}
