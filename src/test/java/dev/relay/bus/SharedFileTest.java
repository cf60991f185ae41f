package dev.relay.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** docs/PROTOCOL.md 13: a shared file as a room line, and as the store keeps it. */
class SharedFileTest {

  private static final SharedFile CAT = new SharedFile("AbC-123_xyz", "cat photo.png", "image/png", 186_368,
      "http://relay.example:8000/f/AbC-123_xyz/cat%20photo.png");

  @Test
  void theLineEveryDialectShowsNamesTheFileItsTypeSizeAndLink() {
    ChatEvent.Shared line = new ChatEvent.Shared("dev", 7, Instant.EPOCH, "alice", CAT);
    assertThat(line.text())
        .isEqualTo("shared cat photo.png (image/png, 182 KB) http://relay.example:8000/f/AbC-123_xyz/cat%20photo.png");
  }

  @Test
  void theStoreKeepsEveryFieldAndGivesTheSameLineBack() {
    ChatEvent.Shared line = new ChatEvent.Shared("dev", 7, Instant.EPOCH, "alice", CAT);
    ChatEvent.Line back = ChatEvent.Line.of(line.kind(), "dev", 7, Instant.EPOCH, "alice", line.stored());
    assertThat(back).isEqualTo(line);
    assertThatThrownBy(() -> SharedFile.decode("not a file")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sizesReadAsPeopleSayThem() {
    assertThat(SharedFile.sizeText(1)).isEqualTo("1 byte");
    assertThat(SharedFile.sizeText(1023)).isEqualTo("1023 bytes");
    assertThat(SharedFile.sizeText(1024)).isEqualTo("1 KB");
    assertThat(SharedFile.sizeText(1536 * 1024)).isEqualTo("1.5 MB");
    assertThat(SharedFile.sizeText(10L << 20)).isEqualTo("10 MB");
  }

  @Test
  void onlyRasterImagesAreShownInline() {
    assertThat(CAT.inlineImage()).isTrue();
    for (String type : new String[] {"image/svg+xml", "text/html", "text/plain", "application/pdf",
        "application/octet-stream"}) {
      assertThat(new SharedFile("i", "n", type, 1, "u").inlineImage()).as(type).isFalse();
    }
  }
}
