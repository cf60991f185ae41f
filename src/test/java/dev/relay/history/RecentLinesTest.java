package dev.relay.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Line;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The newest lines of each room in memory: bounded per room and in all, contiguous, the least used room out first. */
class RecentLinesTest {

  private static Line said(long seq) {
    return new ChatEvent.Said("r", seq, Instant.EPOCH, "a", "line " + seq);
  }

  private static List<Long> seqs(List<Line> lines) {
    return lines.stream().map(Line::seq).toList();
  }

  @Test
  void aRoomKeepsItsNewestLinesUpToItsShare() {
    RecentLines recent = new RecentLines(3, 100);
    LongStream.rangeClosed(1, 5).forEach(seq -> recent.add("dev", said(seq)));
    assertThat(seqs(recent.of("dev"))).containsExactly(3L, 4L, 5L);
    assertThat(recent.size()).isEqualTo(3);
  }

  @Test
  void theRoomUsedLeastRecentlyGoesFirstWhenAllTogetherHoldTooMany() {
    RecentLines recent = new RecentLines(3, 6);
    LongStream.rangeClosed(1, 3).forEach(seq -> recent.add("a", said(seq)));
    LongStream.rangeClosed(1, 3).forEach(seq -> recent.add("b", said(seq)));
    recent.of("a");
    recent.add("c", said(1));
    assertThat(recent.of("b")).isEmpty();
    assertThat(seqs(recent.of("a"))).containsExactly(1L, 2L, 3L);
    assertThat(recent.size()).isEqualTo(4);
  }

  @Test
  void aLineThatDoesNotFollowStartsTheRoomAfresh() {
    RecentLines recent = new RecentLines(10, 100);
    recent.add("dev", said(1));
    recent.add("dev", said(2));
    recent.add("dev", said(5));
    assertThat(seqs(recent.of("dev"))).containsExactly(5L);
    assertThat(recent.size()).isEqualTo(1);
  }

  @Test
  void olderLinesFromTheStoreGoBeforeAndSayWhetherTheyAreAll() {
    RecentLines recent = new RecentLines(10, 100);
    recent.add("dev", said(4));
    recent.prepend("dev", List.of(said(2), said(3)), true);
    assertThat(seqs(recent.of("dev"))).containsExactly(2L, 3L, 4L);
    assertThat(recent.whole("dev")).isTrue();
    recent.prepend("other", List.of(said(1)), false);
    assertThat(recent.whole("other")).isFalse();
  }
}
