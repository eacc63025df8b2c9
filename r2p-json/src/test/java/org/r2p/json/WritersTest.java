package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.JsonNode;

/** The collection and NDJSON writers of {@link R2pJson}: what they write, the validator reads back. */
final class WritersTest {
  static final List<VoteRecord> HISTORY = R2pDatasets.bundled().vetoes();

  static ValidationResult read(byte[] bytes) {
    return VoteRecordValidator.builder().build().validate(new ByteArrayInputStream(bytes));
  }

  static byte[] collection(Iterable<VoteRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    R2pJson.writeCollection(records, out);
    return out.toByteArray();
  }

  static byte[] ndjson(Iterable<VoteRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    R2pJson.writeNdjson(records, out);
    return out.toByteArray();
  }

  /** A record whose texts hold a line break, a line separator and a quote. */
  static VoteRecord awkward() {
    LocalDate day = LocalDate.of(1950, 6, 25);
    return VoteRecord.builder().id("line\nbreak").date(day)
        .proposal(Proposal.builder().date(day).subject("Korea \u2028 \"quoted\"\r\n").build())
        .addVotes(Vote.of(MemberStates.REPUBLIC_OF_CHINA, VotePosition.YES)).build();
  }

  @Test
  void theCollectionOfTheWholeHistoryReadsBackAsTheSameRecords() {
    byte[] bytes = collection(HISTORY);
    JsonNode doc = R2pJson.mapper().readTree(bytes);
    assertThat(doc.get("format").stringValue()).isEqualTo("r2p.vote-records.v1");
    assertThat(doc.get("records").size()).isEqualTo(HISTORY.size());
    ValidationResult back = read(bytes);
    assertThat(back.errors()).isEmpty();
    assertThat(back.records()).isEqualTo(HISTORY);
  }

  @Test
  void ndjsonOfTheWholeHistoryIsOneLinePerRecordAndReadsBack() {
    byte[] bytes = ndjson(HISTORY);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(HISTORY.size());
    assertThat(R2pJson.mapper().readValue(lines[7], VoteRecord.class)).isEqualTo(HISTORY.get(7));
    ValidationResult back = read(bytes);
    assertThat(back.errors()).isEmpty();
    assertThat(back.records()).isEqualTo(HISTORY);
  }

  @Test
  void textsWithLineBreaksStayOnTheirLine() {
    List<VoteRecord> two = List.of(awkward(), awkward().withId("second"));
    String text = new String(ndjson(two), StandardCharsets.UTF_8);
    assertThat(text.split("\n")).hasSize(2);
    assertThat(read(ndjson(two)).records()).isEqualTo(two);
    assertThat(read(collection(two)).records()).isEqualTo(two);
  }

  @Test
  void noRecordsIsAnEmptyCollectionAndNoLines() {
    JsonNode doc = R2pJson.mapper().readTree(collection(List.of()));
    assertThat(doc.get("records").isArray()).isTrue();
    assertThat(doc.get("records").size()).isZero();
    assertThat(ndjson(List.of())).isEmpty();
  }

  @Test
  void recordsAreWrittenAsTheyComeAndTheStreamIsLeftOpen() {
    List<VoteRecord> seen = new ArrayList<>();
    Iterable<VoteRecord> once = () -> HISTORY.stream().limit(3).peek(seen::add).iterator();
    ClosingCounter out = new ClosingCounter();
    R2pJson.writeNdjson(once, out);
    R2pJson.writeCollection(once, out);
    assertThat(seen).hasSize(6);
    assertThat(out.closed).isFalse();
    assertThat(out.flushed).isPositive();
  }

  @Test
  void aFailingStreamIsAnUncheckedIoErrorNamingTheForm() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> R2pJson.writeNdjson(HISTORY, broken)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("NDJSON").hasMessageContaining("disk full");
  }

  static final class ClosingCounter extends ByteArrayOutputStream {
    boolean closed;
    int flushed;

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public void flush() {
      flushed++;
    }
  }
}
