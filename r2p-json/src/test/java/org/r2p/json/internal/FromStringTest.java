package org.r2p.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.r2p.core.CharterBasis;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.VotePosition;
import org.r2p.json.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values read from strings and remembered by their text ({@link Grammar.FromString},
 * {@link Grammar.Memo}): a remembered value is always what the conversion gives for that very
 * text, and a refused text is refused, with the same problem, however often it comes.
 */
final class FromStringTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A value read from a document, and the problems its reading reported. */
  private record Read<V>(V value, List<String> problems) {}

  private static <V> Read<V> read(Grammar.Value<V> value, String json) {
    try (JsonParser p = MAPPER.createParser(json)) {
      p.nextToken();
      Decoder d = new Decoder(p, "/x", 0);
      V v = value.readFrom(d, "value");
      List<String> problems = new ArrayList<>();
      for (Problem pr : d.problems()) {
        problems.add(pr.pointer() + " " + pr.code() + " " + pr.message());
      }
      return new Read<>(v, problems);
    }
  }

  @Test
  void aStateCodeReadAgainIsTheSameState() {
    for (int k = 0; k < 3; k++) {
      assertThat(read(Types.STATE, "\"FRA\"").value()).isSameAs(MemberStates.FRANCE);
      assertThat(read(Types.STATE, "\"BYS\"").value()).isSameAs(MemberStates.BYELORUSSIAN_SSR);
      assertThat(read(Types.STATE, "\"URY\"").value()).isEqualTo(MemberStates.byCode("URY").orElseThrow());
    }
  }

  @Test
  void aStateGivenAsAnObjectKeepsItsCodeAsWrittenAndItsName() {
    // read as a string first, so that the code is remembered
    read(Types.STATE, "\"BYS\"");
    MemberState s = read(Types.STATE, "{\"code\": \"BYS\", \"name\": \"Byelorussia\"}").value();
    assertThat(s.code()).isEqualTo("BYS");
    assertThat(s.name()).isEqualTo("Byelorussia");
    assertThat(read(Types.STATE, "{\"code\": \"FRA\"}").value()).isSameAs(MemberStates.FRANCE);
  }

  @Test
  void refusedTextIsRefusedEveryTimeWithTheSameProblem() {
    for (String bad : List.of("\"XQQ\"", "\"fra\"", "\"\"")) {
      Read<MemberState> first = read(Types.STATE, bad);
      Read<MemberState> again = read(Types.STATE, bad);
      assertThat(first.value()).isNull();
      assertThat(first.problems()).hasSize(1).isEqualTo(again.problems());
    }
    for (String bad : List.of("\"1945-10-23\"", "\"2017-02-30\"", "\" \"", "\"2024-3-22\"")) {
      Read<LocalDate> first = read(Grammar.DATE, bad);
      Read<LocalDate> again = read(Grammar.DATE, bad);
      assertThat(first.value()).isNull();
      assertThat(first.problems()).hasSize(1).isEqualTo(again.problems());
    }
    Grammar.Value<VotePosition> position = Grammar.enumOf(VotePosition.class, "votePosition");
    assertThat(read(position, "\"yes\"").problems())
        .containsExactly("/x enum.invalid value must be one of " + java.util.Arrays.toString(VotePosition.values())
            + ": \"yes\"")
        .isEqualTo(read(position, "\"yes\"").problems());
    assertThat(read(Grammar.DATE, "\"1945-10-23\"").problems()).containsExactly("/x date.before-charter value must"
        + " not be before the Charter entered into force (1945-10-24): 1945-10-23");
  }

  @Test
  void everyConstantOfAnEnumIsReadByItsName() {
    for (Class<? extends Enum<?>> type : List.of(VotePosition.class, Outcome.class, CharterBasis.class)) {
      readsEveryConstant(type);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void readsEveryConstant(Class type) {
    Grammar.Value<?> v = Grammar.enumAt(type, "x");
    for (int k = 0; k < 2; k++) {
      for (Object c : type.getEnumConstants()) {
        assertThat(read(v, "\"" + ((Enum<?>) c).name() + "\"").value()).isSameAs(c);
      }
    }
  }

  @Test
  void property_datesReadInAnyOrderAreWhatTheFormatterGives() {
    List<String> texts = List.of("2024-03-22", "1946-01-01", "1945-10-24", "1945-10-23", "2017-02-28", "2017-02-30",
        "2024-02-29", "2023-02-29", "1999-12-31", "2000-01-01");
    qt().forAll(lists().of(integers().between(0, texts.size() - 1)).ofSizeBetween(1, 40)).checkAssert(order -> {
      for (int i : order) {
        String t = texts.get(i);
        LocalDate expected;
        try {
          expected = LocalDate.parse(t, Grammar.ISO_DATE);
          expected = expected.isBefore(Grammar.CHARTER) ? null : expected;
        } catch (java.time.DateTimeException e) {
          expected = null;
        }
        Read<LocalDate> r = read(Grammar.DATE, "\"" + t + "\"");
        assertThat(r.value()).isEqualTo(expected);
        assertThat(r.problems()).hasSize(expected == null ? 1 : 0);
      }
    });
  }

  /**
   * Whatever is put in whatever order, even into a table of two slots where texts share slots,
   * a text is found with the value last put for it, or not at all, never with another text's;
   * the text last put is always found. Texts are looked up inside a larger array, as the
   * parser's characters are.
   */
  @Test
  void property_aMemoGivesATextsOwnValueOrNothing() {
    List<String> texts = List.of("FRA", "GBR", "USA", "RUS", "CHN", "Aa", "BB", "", "A", "FRAN");
    qt().forAll(lists().of(integers().between(0, 2 * texts.size() - 1)).ofSizeBetween(1, 60)).checkAssert(ops -> {
      Grammar.Memo<Integer> memo = new Grammar.Memo<>(2);
      Map<String, Integer> last = new HashMap<>();
      int stamp = 0;
      for (int op : ops) {
        String t = texts.get(op % texts.size());
        if (op >= texts.size()) {
          memo.put(t, ++stamp);
          last.put(t, stamp);
          assertThat(lookUp(memo, t)).isEqualTo(stamp);
        }
        for (String u : texts) {
          Integer found = lookUp(memo, u);
          if (found != null) {
            assertThat(found).isEqualTo(last.get(u));
          }
        }
      }
    });
  }

  private static Integer lookUp(Grammar.Memo<Integer> memo, String text) {
    char[] padded = ("<<" + text + ">>").toCharArray();
    return memo.get(padded, 2, text.length());
  }

  @Test
  void aMemoHoldingKnownValuesHoldsThemAll_evenTextsOfOneHash() {
    Map<String, Integer> values = new LinkedHashMap<>();
    // "Aa" and "BB" have the same string hash: no table parts them, and the making still ends
    values.put("Aa", 1);
    values.put("BB", 2);
    for (VotePosition p : VotePosition.values()) {
      values.put(p.name(), 10 + p.ordinal());
    }
    Grammar.Memo<Integer> memo = Grammar.Memo.holding(values);
    values.forEach((text, v) -> {
      if (!text.equals("Aa") && !text.equals("BB")) {
        assertThat(lookUp(memo, text)).isEqualTo(v);
      }
    });
    assertThat(lookUp(memo, "Aa") == null || lookUp(memo, "Aa") == 1).isTrue();
    assertThat(lookUp(memo, "BB") == null || lookUp(memo, "BB") == 2).isTrue();
    assertThat(lookUp(memo, "NOPE")).isNull();
  }
}
