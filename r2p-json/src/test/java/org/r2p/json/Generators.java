package org.r2p.json;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharterBasis;
import org.r2p.core.Citation;
import org.r2p.core.Classification;
import org.r2p.core.Council;
import org.r2p.core.DatePrecision;
import org.r2p.core.DecisionModality;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.Situation;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/** QuickTheories generators of every model type. Test support. */
final class Generators {
  private Generators() {}

  static final List<String> CODES = List.of("CHN", "FRA", "RUS", "GBR", "USA", "SUN", "TWN", "YUG", "BRA", "IND",
      "NZL", "URY", "ZAF", "DEU", "JPN", "NGA", "KOR", "XUA", "CSK", "EGY");

  static Gen<MemberState> states() {
    return integers().between(0, CODES.size() - 1).map(k -> MemberStates.byCode(CODES.get(k)).orElseThrow());
  }

  static Gen<LocalDate> dates() {
    return integers().between(0, 29_000).map(d -> LocalDate.of(1945, 10, 24).plusDays(d));
  }

  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    E[] v = type.getEnumConstants();
    return integers().between(0, v.length - 1).map(k -> v[k]);
  }

  static Gen<String> texts() {
    return strings().allPossible().ofLengthBetween(1, 12).assuming(s -> !s.isBlank());
  }

  static <T> Gen<Optional<T>> maybe(Gen<T> g) {
    return booleans().all().zip(g, (b, v) -> b ? Optional.of(v) : Optional.<T>empty());
  }

  static Gen<DocumentSymbol> symbols() {
    return integers().between(1, 9999).zip(integers().between(1994, 2030), integers().between(0, 2),
        (n, y, form) -> DocumentSymbol.parse(form == 0 ? "S/" + y + "/" + n : form == 1 ? "S/" + n + "/Rev.1" : "S/PV." + n));
  }

  static Gen<AtrocityAim> aims() {
    return enums(Assessment.class).zip(lists().of(enums(AtrocityCrime.class)).ofSizeBetween(0, 4), enums(Purpose.class),
        maybe(booleans().all()), texts(), (a, crimes, purpose, large, by) -> AtrocityAim.builder().assessment(a)
            .crimes(a == Assessment.NO ? List.of() : crimes).purpose(purpose).largeScale(large).assertedBy(by).build());
  }

  static Gen<Proposal> proposals() {
    Gen<Proposal> base = enums(ProposalKind.class).zip(maybe(symbols()), dates(), lists().of(states()).ofSizeBetween(0, 3),
        texts(), (kind, symbol, date, sponsors, subject) -> Proposal.builder().kind(kind).symbol(symbol).date(date)
            .sponsors(sponsors).subject(subject).build());
    return base.zip(enums(Classification.class), maybe(aims()), maybe(enums(Assessment.class)), enums(CharterBasis.class),
        (p, c, aim, credible, basis) -> p.withClassification(c).withAtrocityAim(aim).withCredible(credible)
            .withCharterBasis(basis))
        .zip(lists().of(states()).ofSizeBetween(0, 2), maybe(symbols()), maybe(situations()),
            (p, parties, rel, situation) -> p.withPartiesToDispute(parties).withRelatesTo(rel).withSituation(situation))
        .zip(maybe(texts()), (p, agenda) -> p.withAgendaItem(agenda));
  }

  /** A classified situation, or an unclassified one with a generated text. */
  static Gen<Situation> situations() {
    List<Situation> classified = Situation.classifiedSituations();
    return integers().between(0, classified.size()).zip(texts(),
        (i, text) -> i < classified.size() ? classified.get(i) : Situation.parse(text));
  }

  static Gen<Tally> tallies() {
    return integers().between(0, 15).zip(integers().between(0, 15), integers().between(0, 15), (y, n, a) -> {
      int yes = y;
      int no = Math.min(n, 15 - yes);
      int abstain = Math.min(a, 15 - yes - no);
      return Tally.of(yes, no, abstain);
    });
  }

  static Gen<VoteRecord> records() {
    Gen<List<Vote>> votes = lists().of(states().zip(enums(VotePosition.class), Vote::of)).ofSizeBetween(0, 15)
        .map(l -> {
          java.util.Map<MemberState, Vote> one = new java.util.LinkedHashMap<>();
          l.forEach(v -> one.putIfAbsent(v.member(), v));
          return List.copyOf(one.values());
        });
    return proposals().zip(dates(), votes, maybe(tallies()), (p, d, v, t) ->
            VoteRecord.builder().proposal(p).date(d).votes(v).reportedTally(t).build())
        .zip(maybe(enums(Outcome.class).map(o -> o == Outcome.INDETERMINATE ? Outcome.ADOPTED : o)), lists().of(states()).ofSizeBetween(0, 2), maybe(symbols()),
            lists().of(texts()).ofSizeBetween(0, 2), (r, o, vetoes, meeting, flags) ->
                r.withRecordedOutcome(o).withRecordedVetoCasts(vetoes).withMeeting(meeting).withFlags(flags))
        .zip(maybe(texts()), texts(), (r, id, source) -> r.withId(id).withSource(source))
        .zip(integers().between(0, 5), Generators::modality);
  }

  /** One record in three adopted without a vote (0) or by acclamation (1): no vote, tally or veto. */
  private static VoteRecord modality(VoteRecord r, int pick) {
    if (pick > 1) {
      return r;
    }
    return VoteRecord.builder().from(r).modality(pick == 0 ? DecisionModality.WITHOUT_VOTE : DecisionModality.BY_ACCLAMATION)
        .votes(List.of()).reportedTally(Optional.empty()).recordedVetoCasts(List.of())
        .recordedOutcome(r.recordedOutcome().map(o -> Outcome.ADOPTED)).build();
  }

  static Gen<Adherence> adherences() {
    return states().zip(enums(Instrument.class), dates(), integers().between(0, 4000), texts(),
        (s, i, from, len, source) -> Adherence.builder().state(s).instrument(i).from(from)
            .to(len % 3 == 0 ? Optional.empty() : Optional.of(from.plusDays(len))).source(source).build())
        .zip(enums(DatePrecision.class), maybe(texts()), (a, p, note) -> a.withPrecision(p).withNote(note));
  }

  static Gen<ElectedTerm> terms() {
    return states().zip(dates(), integers().between(0, 800), maybe(texts()), maybe(texts()),
        (s, from, len, source, note) -> ElectedTerm.builder().state(s).from(from).to(from.plusDays(len))
            .source(source).note(note).build());
  }

  static Gen<Citation> citations() {
    return enums(Instrument.class).zip(texts(), maybe(texts()), (i, p, url) ->
        url.map(u -> Citation.builder().instrument(i).provision(p).url(u).build()).orElseGet(() -> Citation.of(i, p)));
  }

  static Gen<Council> councils() {
    List<String> elected = List.of("BRA", "IND", "NZL", "URY", "ZAF", "DEU", "JPN", "NGA", "KOR", "EGY");
    return dates().zip(integers().between(0, 10), (d, n) -> Council.on(d,
        elected.subList(0, Math.min(n, Council.nominalSizeOn(d) - 5)).stream()
            .map(c -> MemberStates.byCode(c).orElseThrow()).toList()));
  }
}
