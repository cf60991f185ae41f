package dev.relay.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileIdsTest {

  @Test
  void idsAre128RandomBitsInBase64UrlAndWellFormed() {
    FileIds ids = new FileIds();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = ids.next();
      assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]+");
      assertThat(FileIds.wellFormed(id)).isTrue();
      seen.add(id);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void anythingElseIsNotWellFormed() {
    assertThat(FileIds.wellFormed(null)).isFalse();
    assertThat(FileIds.wellFormed("")).isFalse();
    assertThat(FileIds.wellFormed("..")).isFalse();
    assertThat(FileIds.wellFormed("A".repeat(21) + "B")).isFalse();
    assertThat(FileIds.wellFormed("A".repeat(22) + "A")).isFalse();
    assertThat(FileIds.wellFormed("A".repeat(20) + "/A")).isFalse();
  }

  @Test
  void tokensAreStoredAsTheirSha256() {
    assertThat(FileIds.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
