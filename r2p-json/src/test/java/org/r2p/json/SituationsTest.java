package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.r2p.core.Situation;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.CsvRows;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.Summary;
import org.r2p.rules.whatif.WhatIf;
import tools.jackson.databind.JsonNode;

/**
 * The bundled situation table against the veto list it is derived from, the records that carry
 * it, and the JSON that reads and writes it.
 */
final class SituationsTest {
  final R2pDatasets data = R2pDatasets.load();
  final List<CsvRows.Row> vetoRows = CsvRows.resource("unsc_vetoes.csv");
  final List<SituationClassification> table = data.situationClassifications();

  /** A topic as a name: the veto list writes "Israel-Palestine" for Israel/Palestine. */
  private static String asName(String topic) {
    return topic.replace('-', '/');
  }

  /** The name followed by a qualifier in parentheses or after " - ". */
  private static boolean qualifies(String topic, String name) {
    return topic.startsWith(name + " (") || topic.startsWith(name + " - ");
  }

  @Test
  void everyVetoRowHasExactlyOneSituation_withItsTopicAsGiven_inTheListsOrder() {
    assertThat(table).hasSize(vetoRows.size()).hasSize(230);
    for (int i = 0; i < vetoRows.size(); i++) {
      CsvRows.Row r = vetoRows.get(i);
      SituationClassification c = table.get(i);
      assertThat(c.vetoId()).isEqualTo(r.get("veto_id"));
      assertThat(c.topic()).isEqualTo(r.get("topic"));
      assertThat(c.source()).startsWith("unsc_vetoes.csv " + r.get("veto_id") + ", ").contains("topic as given");
    }
    assertThat(table.stream().map(SituationClassification::vetoId)).doesNotHaveDuplicates();
    assertThat(CsvRows.resource("unsc_veto_situations.csv")).allSatisfy(r -> assertThat(r.get("basis")).isEqualTo("derived"));
  }

  @Test
  void eachRuleSaysOnlyWhatTheTopicSays() {
    for (SituationClassification c : table) {
      String topic = c.topic();
      Situation s = c.situation();
      switch (c.rule()) {
        case SAME_NAME -> assertThat(asName(topic)).as(c.vetoId()).isEqualTo(s.displayName());
        case QUALIFIED_NAME -> assertThat(qualifies(topic, s.key()) || qualifies(asName(topic), s.displayName()))
            .as(c.vetoId() + " " + topic).isTrue();
        case OTHER_NAME -> assertThat(s.displayName()).as(c.vetoId())
            .contains(topic.substring(topic.lastIndexOf(' ') + 1));
        case AGENDA_ITEM -> assertThat(SituationRules.AUDITED_AGENDA_ITEMS.get(agenda(c.vetoId()))).as(c.vetoId())
            .isEqualTo(s);
        case NAMES_PALESTINE -> {
          assertThat(topic).as(c.vetoId()).contains("Palestine");
          assertThat(s).isSameAs(Situation.ISRAEL_PALESTINE);
        }
        case UNCLASSIFIED -> {
          assertThat(s).as(c.vetoId()).isEqualTo(Situation.other(topic));
          assertThat(Situation.classifiedSituations()).as(c.vetoId())
              .noneSatisfy(k -> assertThat(asName(topic)).contains(k.displayName()));
        }
        default -> throw new AssertionError(c.rule());
      }
    }
  }

  String agenda(String vetoId) {
    return vetoRows.stream().filter(r -> r.get("veto_id").equals(vetoId)).findFirst().orElseThrow().get("agenda_item");
  }

  @Test
  void israelPalestineIsExactlyTheTopicsNamingPalestine_butTheAuditedAgendaItems() {
    for (SituationClassification c : table) {
      boolean audited = c.rule() == SituationClassification.Rule.AGENDA_ITEM;
      assertThat(c.topic().contains("Palestin") && !audited).as(c.vetoId() + " " + c.topic())
          .isEqualTo(c.situation() == Situation.ISRAEL_PALESTINE);
    }
    // the audit: Suez (1956) and the US–Libya incidents (1986, 1989) have their own keys
    assertThat(table).filteredOn(c -> c.rule() == SituationClassification.Rule.AGENDA_ITEM)
        .extracting(c -> c.vetoId() + " " + c.situation().key())
        .containsExactly("V058 SUEZ_CRISIS", "V059 SUEZ_CRISIS", "V145 US_LIBYA", "V158 US_LIBYA");
  }

  @Test
  void countsPerSituationAreTheTopicCounts() {
    Map<String, Long> byTopic = vetoRows.stream()
        .collect(Collectors.groupingBy(r -> r.get("topic"), TreeMap::new, Collectors.counting()));
    Map<String, Situation> topicSituation = new TreeMap<>();
    Map<Situation, Long> audited = new TreeMap<>();
    for (SituationClassification c : table) {
      if (c.rule() == SituationClassification.Rule.AGENDA_ITEM) {
        byTopic.merge(c.topic(), -1L, Long::sum);
        audited.merge(c.situation(), 1L, Long::sum);
        continue;
      }
      Situation before = topicSituation.putIfAbsent(c.topic(), c.situation());
      assertThat(before == null ? c.situation() : before).as("one situation per topic: " + c.topic()).isEqualTo(c.situation());
    }
    Map<Situation, Long> expected = new TreeMap<>();
    byTopic.forEach((topic, n) -> {
      if (n > 0) {
        expected.merge(topicSituation.get(topic), n, Long::sum);
      }
    });
    audited.forEach((situation, n) -> expected.merge(situation, n, Long::sum));
    Map<Situation, Long> actual = table.stream()
        .collect(Collectors.groupingBy(SituationClassification::situation, TreeMap::new, Collectors.counting()));
    assertThat(actual).isEqualTo(expected);
    long palestine = vetoRows.stream().filter(r -> r.get("topic").contains("Palestin")
        && !SituationRules.AUDITED_AGENDA_ITEMS.containsKey(r.get("agenda_item"))).count();
    assertThat(actual.get(Situation.ISRAEL_PALESTINE)).isEqualTo(palestine);
    assertThat(actual.get(Situation.SYRIA)).isEqualTo(byTopic.get("Syria"));
    assertThat(actual.get(Situation.other("Admission"))).isEqualTo(byTopic.get("Admission"));
    Set<Situation> used = new TreeSet<>(actual.keySet());
    assertThat(used).as("every classified situation names a veto list topic").containsAll(Situation.classifiedSituations());
  }

  @Test
  void everyBundledRecordCarriesItsRowsSituation_andItsAgendaItem() {
    Map<String, SituationClassification> byId = table.stream()
        .collect(Collectors.toMap(SituationClassification::vetoId, Function.identity()));
    for (int i = 0; i < vetoRows.size(); i++) {
      VoteRecord v = data.vetoes().get(i);
      CsvRows.Row r = vetoRows.get(i);
      assertThat(v.proposal().situation()).as(r.get("veto_id")).contains(byId.get(r.get("veto_id")).situation());
      assertThat(v.proposal().agendaItem().orElse("")).as(r.get("veto_id")).isEqualTo(r.get("agenda_item"));
    }
  }

  @Test
  void historyRunBySituation_addsUpToTheTotal_onTheBundledVetoes() {
    HistoryRun run = WhatIf.of(data.rules()).runAll(data.vetoes(), Scenario.baseline());
    assertThat(run.bySituationKey().values().stream().mapToInt(Summary::records).sum()).isEqualTo(run.total().records());
    long usOnPalestine = data.vetoes().stream().filter(v -> v.proposal().concerns(Situation.ISRAEL_PALESTINE)
        && v.recordedVetoCasts().contains(org.r2p.core.MemberStates.UNITED_STATES)).count();
    assertThat(run.bySituationKey().get(Situation.ISRAEL_PALESTINE).records())
        .isEqualTo(table.stream().filter(c -> c.situation() == Situation.ISRAEL_PALESTINE).count());
    assertThat(usOnPalestine).isPositive();
    List<Situation> keys = new ArrayList<>(run.bySituationKey().keySet());
    assertThat(keys.subList(0, Situation.classifiedSituations().size())).isEqualTo(Situation.classifiedSituations());
  }

  @Test
  void json_writesTheKey_readsAKeyAsTheConstant_andOldFreeTextAsAnUnclassifiedSituation() {
    VoteRecord gaza = data.vetoes().stream().filter(v -> v.id().orElse("").equals("V230")).findFirst().orElseThrow();
    JsonNode n = R2pJson.mapper().valueToTree(gaza);
    assertThat(n.at("/proposal/situation").stringValue()).isEqualTo("ISRAEL_PALESTINE");
    assertThat(n.at("/proposal/agendaItem").stringValue())
        .isEqualTo("The situation in the Middle East, including the Palestinian question");
    assertThat(R2pJson.mapper().treeToValue(n, VoteRecord.class)).isEqualTo(gaza);

    String old = Fixtures.set(Fixtures.record(), "/proposal/situation",
        Fixtures.json("\"The situation in the Middle East\"")).toString();
    ValidationResult result = Fixtures.VALIDATOR.validate(old);
    assertThat(result.errors()).isEmpty();
    assertThat(result.records().get(0).proposal().situation()).contains(Situation.other("The situation in the Middle East"));
    assertThat(R2pJson.mapper().readValue(old, VoteRecord.class).proposal().situation())
        .contains(Situation.other("The situation in the Middle East"));

    String blank = Fixtures.set(Fixtures.record(), "/proposal/situation", Fixtures.json("\" \"")).toString();
    assertThat(Fixtures.VALIDATOR.validate(blank).errors()).extracting(Problem::code).containsExactly("value.blank");
  }

  @Test
  void schemaListsExactlyTheClassifiedKeys() {
    JsonNode defs = R2pJson.mapper().readTree(R2pSchemas.open(R2pSchemas.DEFINITIONS));
    List<String> stated = new ArrayList<>();
    defs.at("/$defs/situation/anyOf/0/enum").forEach(k -> stated.add(k.stringValue()));
    assertThat(stated).isEqualTo(Situation.classifiedSituations().stream().map(Situation::key).collect(Collectors.toList()));
    assertThat(defs.at("/$defs/situation/anyOf/1/$ref").stringValue()).isEqualTo("#/$defs/text");
  }
}
