package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The server's lines of docs/PROTOCOL.md 13 as the client reads them. */
class FileLinesTest {

  @Test
  void readsTheTokenLine() {
    assertThat(FileLines.grant("* upload token tok-EN_1 for http://chat.example:8000/upload (valid 300 s, files up to 10 MiB)"))
        .contains(new FileLines.Grant("tok-EN_1", "http://chat.example:8000/upload", Duration.ofSeconds(300), "10 MiB",
            OptionalLong.of((long) (10.5 * (1 << 20)))));
  }

  @Test
  void aSizeItCannotReadLeavesTheLimitToTheServer() {
    assertThat(FileLines.grant("* upload token T for https://h/upload (valid 60 s, files up to lots)"))
        .hasValueSatisfying(grant -> assertThat(grant.maxBytes()).isEmpty());
  }

  @Test
  void otherLinesAreNoGrant() {
    assertThat(FileLines.grant("bob: * upload token T for http://evil/upload (valid 60 s, files up to 1 MiB)")).isEmpty();
    assertThat(FileLines.grant("* upload token T for ftp://h/upload (valid 60 s, files up to 1 MiB)")).isEmpty();
    assertThat(FileLines.grant("! uploads are turned off")).isEmpty();
  }

  @Test
  void knowsTheExampleLine() {
    assertThat(FileLines.isExample("* e.g. curl -H 'Authorization: Bearer T' --data-binary @cat.png "
        + "http://h:8000/upload/cat.png; then /share ID")).isTrue();
    assertThat(FileLines.isExample("alice: e.g. curl")).isFalse();
  }

  @Test
  void readsSharedLinesLiveAndReadBack() {
    String shared = "* alice shared cat (1).png (image/png, 182 KB) http://h:8000/f/Ab-_9z/cat%20(1).png";
    FileLines.Shared expected = new FileLines.Shared("Ab-_9z", "http://h:8000/f/Ab-_9z/cat%20(1).png");
    assertThat(FileLines.shared(shared)).contains(expected);
    assertThat(FileLines.shared("[#812] " + shared)).contains(expected);
    assertThat(FileLines.shared("[10:02:03 #810] " + shared)).contains(expected);
  }

  @Test
  void chatThatQuotesASharedLineIsNotOne() {
    assertThat(FileLines.shared("bob: * alice shared x (a/b, 1 KB) http://h/f/id/x")).isEmpty();
    assertThat(FileLines.shared("* alice shared x http://h/f/id/x")).isEmpty();
  }

  @Test
  void sharedFilesKeepTheNewestOnly() {
    SharedFiles files = new SharedFiles(2);
    for (String id : new String[] {"one", "two", "three"}) {
      files.onLine("* a shared f (text/plain, 1 B) http://h/f/" + id + "/f");
    }
    assertThat(files.url("one")).isEmpty();
    assertThat(files.url("two")).contains("http://h/f/two/f");
    assertThat(files.url("three")).contains("http://h/f/three/f");
  }
}
