package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.client.RoomLines.Out;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the user is shown of room lines, live and read back, and what is counted as seen. */
class RoomLinesTest {

  private final SeenLines seen = new SeenLines();
  private final RoomLines lines = new RoomLines(seen);

  @Test
  void aLiveLineIsShownWithoutItsIdAndCounted() {
    assertThat(feed("dev", "[#812] alice: hi")).containsExactly(show("alice: hi"));
    assertThat(seen.last("DEV")).hasValue(812);
  }

  @Test
  void onlyTheAnswerToOurOwnIdsOnIsHidden() {
    lines.askedIds();
    assertThat(feed("lobby", "* room lines now show their ids")).isEmpty();
    assertThat(feed("lobby", "* room lines now show their ids"))
        .containsExactly(show("* room lines now show their ids"));
  }

  @Test
  void aRoomsLastLinesOnEnteringItAreShownTheFirstTime() {
    lines.entered("dev", false);
    List<String> block = List.of("-- history of dev: 2 lines --", "-- 2026-11-30 --",
        "[10:02:03 #1] alice: hello", "[10:02:04 #2] * bob waves", "-- end of history --");
    assertThat(feed("dev", block)).containsExactlyElementsOf(block.stream().map(RoomLinesTest::show).toList());
    assertThat(seen.last("dev")).hasValue(2);
  }

  @Test
  void onEnteringAgainOnlyTheNewLinesAreShownUnderTheirDay() {
    seen.shown("dev", 3);
    lines.entered("dev", false);
    assertThat(feed("dev", "-- history of dev: 4 lines --", "-- 2026-11-29 --", "[23:59:58 #2] alice: one",
        "[23:59:59 #3] alice: two", "-- 2026-11-30 --", "[00:00:01 #4] alice: three", "[00:00:02 #5] alice: four",
        "-- end of history --"))
        .containsExactly(show("-- history of dev: 4 lines --"), show("-- 2026-11-30 --"),
            show("[00:00:01 #4] alice: three"), show("[00:00:02 #5] alice: four"), show("-- end of history --"),
            note("* 2 lines of dev shown before, not repeated"));
    assertThat(seen.last("dev")).hasValue(5);
  }

  @Test
  void lastLinesAllShownBeforeAreNotShownAtAll() {
    seen.shown("dev", 5);
    lines.entered("dev", false);
    assertThat(feed("dev", "-- history of dev: 2 lines --", "-- 2026-11-30 --", "[10:00:00 #4] alice: a",
        "[10:00:01 #5] alice: b", "-- end of history --", "* 2 members in dev:"))
        .containsExactly(show("* 2 members in dev:"));
  }

  @Test
  void theLastLinesOfARoomPassedThroughAreNeitherShownNorCounted() {
    seen.shown("lobby", 1);
    lines.entered("lobby", true);
    assertThat(feed("lobby", "-- history of lobby: 2 lines --", "-- 2026-11-30 --", "[10:00:00 #1] carol: a",
        "[10:00:01 #2] carol: b", "-- end of history --")).isEmpty();
    assertThat(seen.last("lobby")).hasValue(1);
  }

  @Test
  void aRoomNumberedAnewStartsTheCountAgainAndShowsItsLastLines() {
    seen.shown("dev", 40);
    lines.entered("dev", false);
    List<String> block = List.of("-- dev was numbered anew: you may have missed lines; its last 2 lines follow --",
        "-- 2026-11-30 --", "[10:02:03 #1] alice: hello", "[10:02:04 #2] alice: again", "-- end of missed lines --");
    assertThat(feed("dev", block)).containsExactlyElementsOf(block.stream().map(RoomLinesTest::show).toList());
    assertThat(seen.last("dev")).hasValue(2);
  }

  @Test
  void theMissedLinesFollowTheirCountAndTheCountIsAlwaysShown() {
    seen.shown("dev", 2);
    lines.entered("dev", false);
    assertThat(feed("dev", "-- you missed 3 lines --", "-- 2026-11-30 --", "[10:00:00 #3] alice: a",
        "[10:00:01 #4] alice: b", "[10:00:02 #5] alice: c", "-- end of missed lines --", "[#6] alice: d"))
        .containsExactly(show("-- you missed 3 lines --"), show("-- 2026-11-30 --"), show("[10:00:00 #3] alice: a"),
            show("[10:00:01 #4] alice: b"), show("[10:00:02 #5] alice: c"), show("-- end of missed lines --"),
            show("alice: d"));
    assertThat(seen.last("dev")).hasValue(6);
  }

  @Test
  void missingNothingIsALineOfItsOwn() {
    seen.shown("dev", 2);
    assertThat(feed("dev", "-- you missed nothing --", "-- you missed 4 lines; 4 are no longer kept --",
        "[#3] alice: a")).containsExactly(show("-- you missed nothing --"),
        show("-- you missed 4 lines; 4 are no longer kept --"), show("alice: a"));
  }

  @Test
  void aMissedLineShownBeforeIsNotRepeated() {
    seen.shown("dev", 4);
    assertThat(feed("dev", "-- you missed 2 lines --", "-- 2026-11-30 --", "[10:00:00 #4] alice: a",
        "[10:00:01 #5] alice: b", "-- end of missed lines --"))
        .containsExactly(show("-- you missed 2 lines --"), show("-- 2026-11-30 --"), show("[10:00:01 #5] alice: b"),
            show("-- end of missed lines --"), note("* 1 line of dev shown before, not repeated"));
  }

  @Test
  void historyTheUserAskedForIsShownAsItIs() {
    seen.shown("dev", 9);
    List<String> block = List.of("-- history of dev: 2 lines --", "-- 2026-11-30 --", "[10:00:00 #8] alice: a",
        "[10:00:01 #9] alice: b", "-- end of history --");
    assertThat(feed("dev", block)).containsExactlyElementsOf(block.stream().map(RoomLinesTest::show).toList());
    assertThat(feed("dev", "-- history of dev: no lines --")).containsExactly(show("-- history of dev: no lines --"));
  }

  @Test
  void anErrorOrALiveLineMeansTheLastLinesOfTheRoomEnteredAreNotComing() {
    seen.shown("dev", 9);
    lines.entered("dev", false);
    feed("dev", "! too many history requests: wait a moment");
    assertThat(feed("dev", "-- history of dev: 1 line --", "[10:00:00 #9] alice: b", "-- end of history --"))
        .hasSize(3);
    lines.entered("dev", false);
    feed("dev", "[#10] alice: c");
    assertThat(feed("dev", "-- history of dev: 1 line --", "[10:00:00 #10] alice: c", "-- end of history --"))
        .hasSize(3);
  }

  @Test
  void aBlockCutShortEndsAtTheNextLineThatIsNotOfIt() {
    lines.entered("dev", false);
    assertThat(feed("dev", "-- history of dev: 2 lines --", "[10:00:00 #1] alice: a", "* Goodbye"))
        .containsExactly(show("-- history of dev: 2 lines --"), show("[10:00:00 #1] alice: a"), show("* Goodbye"));
  }

  @Test
  void aLiveLineNotAboveTheLastShownMeansTheRoomIsNumberedAnewAndIsShown() {
    seen.shown("dev", 40);
    assertThat(feed("dev", "[#1] alice: welcome back", "[#2] alice: again"))
        .containsExactly(note("* the server numbers the lines of dev anew, from #1"), show("alice: welcome back"),
            show("alice: again"));
    assertThat(seen.last("dev")).hasValue(2);
  }

  @Test
  void otherLinesAreShownAsTheyAre() {
    assertThat(feed("dev", "[pm] alice: psst", "-- 2026-11-30 --", "-- end of history --", "[10:00:00] [pm] a: b"))
        .containsExactly(show("[pm] alice: psst"), show("-- 2026-11-30 --"), show("-- end of history --"),
            show("[10:00:00] [pm] a: b"));
  }

  private List<Out> feed(String room, String... text) {
    return feed(room, List.of(text));
  }

  private List<Out> feed(String room, List<String> text) {
    List<Out> out = new ArrayList<>();
    for (String line : text) {
      out.addAll(lines.onLine(ServerLine.parse(line), line, room));
    }
    return out;
  }

  private static Out show(String line) {
    return new Out.Show(line);
  }

  private static Out note(String text) {
    return new Out.Note(text);
  }
}
