package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.r2p.core.Adherence;
import org.r2p.core.AtrocityAim;
import org.r2p.core.Citation;
import org.r2p.core.Council;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.Tally;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.json.JsonMapper;

/** read(write(x)) equals x for every model type, through a mapper that found the module itself. */
final class RoundTripPropertiesTest {
  /** A new mapper per test: the module's registration runs in each. */
  final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

  <T> void roundTrips(Gen<T> gen, Class<T> type) {
    qt().forAll(gen).checkAssert(x -> {
      String json = mapper.writeValueAsString(x);
      assertThat(mapper.readValue(json, type)).as(json).isEqualTo(x);
    });
  }

  @Test
  void voteRecord() {
    roundTrips(Generators.records(), VoteRecord.class);
  }

  @Test
  void proposal() {
    roundTrips(Generators.proposals(), Proposal.class);
  }

  @Test
  void atrocityAim() {
    roundTrips(Generators.aims(), AtrocityAim.class);
  }

  @Test
  void tally() {
    roundTrips(Generators.tallies(), Tally.class);
  }

  @Test
  void adherence() {
    roundTrips(Generators.adherences(), Adherence.class);
  }

  @Test
  void electedTerm() {
    roundTrips(Generators.terms(), ElectedTerm.class);
  }

  @Test
  void citation() {
    roundTrips(Generators.citations(), Citation.class);
  }

  @Test
  void council() {
    roundTrips(Generators.councils(), Council.class);
  }

  @Test
  void memberStateAndSymbol() {
    roundTrips(Generators.states(), MemberState.class);
    roundTrips(Generators.symbols(), DocumentSymbol.class);
  }

  @Test
  void everyBundledRecord() {
    for (VoteRecord r : R2pDatasets.bundled().vetoes()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(r), VoteRecord.class)).isEqualTo(r);
    }
  }
}
