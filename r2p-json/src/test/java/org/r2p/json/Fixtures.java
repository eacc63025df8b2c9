package org.r2p.json;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Valid documents to start from, and edits by JSON Pointer. Test support. */
final class Fixtures {
  private Fixtures() {}

  /** "Today" for the tests: 2026-11-23. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  static final VoteRecordValidator VALIDATOR = VoteRecordValidator.builder()
      .clock(CLOCK)
      .checkOutcomes()
      .build();

  /** S/2014/348 (22 May 2014), as DOMAIN §7 row 14 and the 2014 membership give it. */
  static ObjectNode record() {
    return (ObjectNode) R2pJson.mapper().readTree("""
        {"format": "r2p.vote-record.v1",
         "id": "S-2014-348",
         "proposal": {"kind": "DRAFT_RESOLUTION", "symbol": "S/2014/348", "date": "2014-05-22",
                      "subject": "Syria: referral to the ICC", "classification": "NON_PROCEDURAL",
                      "atrocityAim": {"assessment": "YES", "crimes": ["WAR_CRIMES"], "assertedBy": "user"}},
         "date": "2014-05-22",
         "meeting": "S/PV.7180",
         "votes": [
           {"member": "CHN", "position": "NO"}, {"member": "FRA", "position": "YES"},
           {"member": "RUS", "position": "NO"}, {"member": "GBR", "position": "YES"},
           {"member": "USA", "position": "YES"}, {"member": "ARG", "position": "YES"},
           {"member": "AUS", "position": "YES"}, {"member": "TCD", "position": "YES"},
           {"member": "CHL", "position": "YES"}, {"member": "JOR", "position": "YES"},
           {"member": "LTU", "position": "YES"}, {"member": "LUX", "position": "YES"},
           {"member": "NGA", "position": "YES"}, {"member": "KOR", "position": "YES"},
           {"member": "RWA", "position": "YES"}],
         "reportedTally": {"yes": 13, "no": 2, "abstain": 0},
         "recordedOutcome": "FAILED_VETO",
         "recordedVetoCasts": ["CHN", "RUS"],
         "source": "SC/11407"}
        """);
  }

  /** Sets the value at a pointer (parent must exist); a null value removes it. */
  static ObjectNode set(ObjectNode doc, String pointer, JsonNode value) {
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = cut == 0 ? doc : doc.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1);
    if (parent instanceof ArrayNode) {
      ArrayNode a = (ArrayNode) parent;
      int i = Integer.parseInt(last);
      if (value == null) {
        a.remove(i);
      } else if (i == a.size()) {
        a.add(value);
      } else {
        a.set(i, value);
      }
    } else if (value == null) {
      ((ObjectNode) parent).remove(last);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return doc;
  }

  static JsonNode json(String text) {
    return R2pJson.mapper().readTree(text);
  }
}
