package org.r2p.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/** The compact object map behaves as the linked hash map Jackson uses by default. */
final class CompactNodesTest {
  @Test
  void property_anyRunOfOperationsMatchesALinkedHashMap() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      CompactNodes.SmallMap compact = new CompactNodes.SmallMap();
      Map<String, JsonNode> model = new LinkedHashMap<>();
      int keys = 1 + r.nextInt(40);
      for (int op = 0; op < 120; op++) {
        // a new String each time: equal keys need not be the same instance
        String k = new String("k" + r.nextInt(keys));
        JsonNode v = StringNode.valueOf("v" + op);
        switch (r.nextInt(9)) {
          case 8:
            Iterator<String> ki = compact.keySet().iterator();
            Iterator<String> mk = model.keySet().iterator();
            while (ki.hasNext() && mk.hasNext()) {
              String a = ki.next();
              assertThat(a).isEqualTo(mk.next());
              assertThat(compact.keySet().contains(a)).isTrue();
              if (a.equals(k)) {
                ki.remove();
                mk.remove();
              }
            }
            assertThat(ki.hasNext()).isEqualTo(mk.hasNext());
            break;
          case 0:
            assertThat(compact.remove(k)).isEqualTo(model.remove(k));
            break;
          case 1:
            assertThat(compact.get(k)).isEqualTo(model.get(k));
            assertThat(compact.containsKey(k)).isEqualTo(model.containsKey(k));
            break;
          case 2:
            Iterator<Map.Entry<String, JsonNode>> it = compact.entrySet().iterator();
            Iterator<Map.Entry<String, JsonNode>> mt = model.entrySet().iterator();
            while (it.hasNext() && mt.hasNext()) {
              Map.Entry<String, JsonNode> e = it.next();
              Map.Entry<String, JsonNode> m = mt.next();
              assertThat(e).isEqualTo(m);
              assertThat(e.hashCode()).isEqualTo(m.hashCode());
              if (e.getKey().equals(k)) {
                it.remove();
                mt.remove();
              } else if (r.nextInt(4) == 0) {
                assertThat(e.setValue(v)).isEqualTo(m.setValue(v));
              }
            }
            break;
          default:
            assertThat(compact.put(k, v)).isEqualTo(model.put(k, v));
        }
        assertThat(compact.size()).isEqualTo(model.size());
        assertThat(new ArrayList<>(compact.keySet())).isEqualTo(new ArrayList<>(model.keySet()));
        assertThat(compact).isEqualTo(model);
        assertThat(compact.hashCode()).isEqualTo(model.hashCode());
      }
      compact.clear();
      assertThat(compact).isEmpty();
      assertThat(compact.get("k0")).isNull();
      assertThat(compact.remove(null)).isNull();
      assertThat(compact.containsKey(null)).isFalse();
    });
  }

  @Test
  void treesReadWithTheCompactFactoryEqualPlainTrees_andKeepPropertyOrder() {
    StringBuilder big = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      big.append(i == 0 ? "" : ",").append("\"p").append(39 - i).append("\":").append(i);
    }
    big.append(",\"p5\":\"again\"}");
    List<String> docs = List.of("{\"member\":\"FRA\",\"position\":\"NO\"}", big.toString(),
        "{\"a\":{\"b\":[1,{\"c\":null}]},\"a\":2}", "[{},{\"x\":[]}]");
    JsonMapper plain = JsonMapper.builder().build();
    JsonMapper compact = JsonMapper.builder().nodeFactory(CompactNodes.INSTANCE).build();
    for (String d : docs) {
      JsonNode a = plain.readTree(d);
      JsonNode b = compact.readTree(d);
      assertThat(b).isEqualTo(a);
      assertThat(b.toString()).isEqualTo(a.toString());
      assertThat(new ArrayList<>(b.propertyNames())).isEqualTo(new ArrayList<>(a.propertyNames()));
    }
  }

  @Test
  void theEntryIteratorFollowsTheIteratorContract() {
    CompactNodes.SmallMap m = new CompactNodes.SmallMap();
    m.put("a", StringNode.valueOf("1"));
    Iterator<Map.Entry<String, JsonNode>> it = m.entrySet().iterator();
    assertThatThrownBy(it::remove).isInstanceOf(IllegalStateException.class);
    Map.Entry<String, JsonNode> e = it.next();
    assertThat(e.toString()).isEqualTo("a=\"1\"");
    assertThat(e).isNotEqualTo("a=\"1\"");
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    Iterator<String> keys = m.keySet().iterator();
    assertThatThrownBy(keys::remove).isInstanceOf(IllegalStateException.class);
    assertThat(keys.next()).isEqualTo("a");
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
    assertThat(m.keySet()).hasSize(1).doesNotContain("b");
  }
}
