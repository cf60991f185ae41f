package dev.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResumeTokensTest {

  private final ResumeTokens tokens = new ResumeTokens();

  @Test
  void tokensAre43CharactersOfBase64urlAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = tokens.newToken();
      assertThat(token).hasSize(ResumeTokens.TOKEN_CHARS).matches("[A-Za-z0-9_-]+");
      assertThat(ResumeTokens.wellFormed(token)).as(token).isTrue();
      seen.add(token);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void theHashIsSha256InLowercaseHex() {
    assertThat(ResumeTokens.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    String token = tokens.newToken();
    assertThat(ResumeTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(ResumeTokens.hash(token));
  }

  @Test
  void anythingElseIsNotWellFormed() {
    String token = tokens.newToken();
    assertThat(ResumeTokens.wellFormed(null)).isFalse();
    assertThat(ResumeTokens.wellFormed("")).isFalse();
    assertThat(ResumeTokens.wellFormed(token.substring(1))).isFalse();
    assertThat(ResumeTokens.wellFormed(token + "A")).isFalse();
    assertThat(ResumeTokens.wellFormed(token + "=")).isFalse();
    assertThat(ResumeTokens.wellFormed("+" + token.substring(1))).as("base64, not base64url").isFalse();
    assertThat(ResumeTokens.wellFormed(token.substring(0, 42) + "B")).as("stray low bits").isFalse();
    assertThat(ResumeTokens.wellFormed("hunter2 hunter2 hunter2 hunter2 hunter2 hun")).isFalse();
  }
}
