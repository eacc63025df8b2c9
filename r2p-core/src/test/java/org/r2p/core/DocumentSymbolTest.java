package org.r2p.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

final class DocumentSymbolTest {

  /** Every plain symbol form that occurs in the bundled data (../shared/data). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "S/PV.23", "S/PV.202", "S/PV.7180", "S/PV.10123", "S/471", "S/1501", "S/9696",
        "S/10423", "S/2014/348", "S/2001/1199", "S/2020/661", "S/2023/1029", "S/471/Add.1",
        "S/9696/Corr.1", "S/15255/Rev.2", "S/3713/Rev.1", "S/10805/Rev.1", "S/RES/1973 (2011)",
        "S/RES/82", "A/RES/76/262", "A/70/621", "A/66/L.42/Rev.2", "S/2012/538/Corr.1"
      })
  void parse_roundTripsEveryDataForm(String text) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parse_yearSeriesDraft() {
    DocumentSymbol s = DocumentSymbol.parse("S/2014/348");
    assertThat(s.kind()).isEqualTo(DocumentSymbol.Kind.DOCUMENT);
    assertThat(s.series()).hasValue(2014);
    assertThat(s.number()).isEqualTo(348);
    assertThat(s.revision()).isEmpty();
  }

  @Test
  void parse_meetingRecord() {
    DocumentSymbol s = DocumentSymbol.parse("S/PV.7180");
    assertThat(s.kind()).isEqualTo(DocumentSymbol.Kind.MEETING_RECORD);
    assertThat(s.number()).isEqualTo(7180);
    assertThat(s).isEqualTo(DocumentSymbol.meeting(7180));
  }

  @Test
  void parse_revisionAndBase() {
    DocumentSymbol s = DocumentSymbol.parse("S/15255/Rev.2");
    assertThat(s.revision()).hasValue(2);
    assertThat(s.base()).isEqualTo(DocumentSymbol.parse("S/15255"));
  }

  @Test
  void parse_resolutionWithYear() {
    DocumentSymbol s = DocumentSymbol.parse("S/RES/1973 (2011)");
    assertThat(s.kind()).isEqualTo(DocumentSymbol.Kind.RESOLUTION);
    assertThat(s.number()).isEqualTo(1973);
    assertThat(s.resolutionYear()).hasValue(2011);
  }

  @Nested
  final class Errors {
    @Test
    void parse_letterInResolutionNumber() {
      assertThatThrownBy(() -> DocumentSymbol.parse("S/RES/x"))
          .isInstanceOf(SymbolParseException.class)
          .hasMessage("Text 'S/RES/x' could not be parsed at index 6: expected a digit");
    }

    @Test
    void parse_unknownOrgan() {
      assertThatThrownBy(() -> DocumentSymbol.parse("E/2014/1"))
          .isInstanceOf(SymbolParseException.class)
          .hasMessage("Text 'E/2014/1' could not be parsed at index 0: expected organ 'S' or 'A'")
          .satisfies(e -> assertThat(((SymbolParseException) e).index()).isZero());
    }

    @Test
    void parse_trailingText() {
      assertThatThrownBy(() -> DocumentSymbol.parse("S/9696 and Corr.1"))
          .isInstanceOf(SymbolParseException.class)
          .hasMessage("Text 'S/9696 and Corr.1' could not be parsed at index 6: expected end of text");
    }

    @Test
    void parse_unknownSuffix() {
      assertThatThrownBy(() -> DocumentSymbol.parse("S/2014/348/Foo.1"))
          .hasMessage(
              "Text 'S/2014/348/Foo.1' could not be parsed at index 11: expected 'Rev.', 'Add.',"
                  + " 'Corr.' or 'Amend.'");
    }

    @Test
    void parse_leadingZero() {
      assertThatThrownBy(() -> DocumentSymbol.parse("S/PV.0123"))
          .hasMessage(
              "Text 'S/PV.0123' could not be parsed at index 5: expected a number without leading zeros");
    }

    @Test
    void parse_missingYearDigits() {
      assertThatThrownBy(() -> DocumentSymbol.parse("S/RES/82 (50)"))
          .hasMessage("Text 'S/RES/82 (50)' could not be parsed at index 10: expected a four-digit year");
    }

    @Test
    void parse_empty() {
      assertThatThrownBy(() -> DocumentSymbol.parse(""))
          .hasMessage("Text '' could not be parsed at index 0: expected more text");
    }
  }

  /** The annotated forms of the veto list, as written in unsc_vetoes.csv. */
  @Nested
  final class FindAll {
    @Test
    void annotatedForms() {
      assertThat(DocumentSymbol.findAll("S/471 and S/471/Add.1"))
          .containsExactly(DocumentSymbol.parse("S/471"), DocumentSymbol.parse("S/471/Add.1"));
      assertThat(DocumentSymbol.findAll("S/552, S/PV.202"))
          .containsExactly(DocumentSymbol.parse("S/552"), DocumentSymbol.parse("S/PV.202"));
      assertThat(DocumentSymbol.findAll("S/3710 (as amended)"))
          .containsExactly(DocumentSymbol.parse("S/3710"));
      assertThat(DocumentSymbol.findAll("S/3995 (incorporating the amendment)S/3998"))
          .containsExactly(DocumentSymbol.parse("S/3995"), DocumentSymbol.parse("S/3998"));
      assertThat(DocumentSymbol.findAll("S/9696 and Corr.1 & 2"))
          .containsExactly(DocumentSymbol.parse("S/9696"));
      assertThat(DocumentSymbol.findAll("S/15255/Rev.2(as corrected)"))
          .containsExactly(DocumentSymbol.parse("S/15255/Rev.2"));
      assertThat(DocumentSymbol.findAll("S/2023/1029 (amendment; symbol unverified)"))
          .containsExactly(DocumentSymbol.parse("S/2023/1029"));
      assertThat(DocumentSymbol.findAll("S/2020/661 ; S/2020/657"))
          .containsExactly(DocumentSymbol.parse("S/2020/661"), DocumentSymbol.parse("S/2020/657"));
      assertThat(DocumentSymbol.findAll("no symbol here")).isEmpty();
    }

    @Test
    void meetingIn_datasetIds() {
      assertThat(DocumentSymbol.meetingIn("meeting 706")).hasValue(DocumentSymbol.meeting(706));
      assertThat(DocumentSymbol.meetingIn("S/PV.1607")).hasValue(DocumentSymbol.meeting(1607));
      assertThat(DocumentSymbol.meetingIn("633")).isEmpty();
    }
  }

  @Test
  void ordering_isNumeric() {
    List<DocumentSymbol> l =
        new java.util.ArrayList<>(
            List.of(DocumentSymbol.parse("S/10"), DocumentSymbol.parse("S/9")));
    java.util.Collections.sort(l);
    assertThat(l).extracting(Object::toString).containsExactly("S/9", "S/10");
  }

  static Gen<DocumentSymbol> symbols() {
    Gen<String> suffix =
        integers().between(0, 4).zip(integers().between(1, 12), (k, n) ->
            k == 0 ? "" : "/" + new String[] {"", "Rev.", "Add.", "Corr.", "Amend."}[k] + n);
    Gen<String> council =
        integers().between(0, 3).zip(integers().between(1, 99999), integers().between(1946, 2099), suffix,
            (form, n, y, suf) -> {
              switch (form) {
                case 0:
                  return "S/PV." + n;
                case 1:
                  return "S/" + n + suf;
                case 2:
                  return "S/" + y + "/" + n + suf;
                default:
                  return "S/RES/" + n + " (" + y + ")";
              }
            });
    Gen<String> assembly =
        integers().between(1, 99).zip(integers().between(1, 999), integers().between(0, 2),
            (session, n, form) ->
                form == 0 ? "A/RES/" + session + "/" + n
                    : form == 1 ? "A/" + session + "/" + n : "A/" + session + "/L." + n);
    return integers().between(0, 3).zip(council, assembly, (pick, c, a) -> pick == 0 ? a : c)
        .map(DocumentSymbol::parse);
  }

  @Test
  void property_parseOfToStringIsIdentity() {
    qt().forAll(symbols())
        .checkAssert(s -> assertThat(DocumentSymbol.parse(s.toString())).isEqualTo(s)
            .hasSameHashCodeAs(s));
  }

  @Test
  void property_findAllFindsASymbolInProse() {
    qt().forAll(symbols())
        .checkAssert(s -> assertThat(DocumentSymbol.findAll("draft " + s + ", as amended"))
            .containsExactly(s));
  }
}
