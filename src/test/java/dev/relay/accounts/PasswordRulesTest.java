package dev.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void aNewPasswordNeedsEightCharactersCountedAsCodePoints() {
    assertThat(PasswordRules.problemForNew("1234567")).contains("a password needs at least 8 characters");
    assertThat(PasswordRules.problemForNew("12345678")).isEmpty();
    assertThat(PasswordRules.problemForNew("\uD83D\uDD11".repeat(7))).as("7 emoji, 14 chars")
        .contains("a password needs at least 8 characters");
    assertThat(PasswordRules.problemForNew("correct horse battery staple")).isEmpty();
  }

  @Test
  void atMost256BytesOfUtf8AtRegistrationAndAtLogin() {
    assertThat(PasswordRules.problemForNew("x".repeat(256))).isEmpty();
    assertThat(PasswordRules.problemForNew("x".repeat(257))).contains("a password may have at most 256 bytes");
    assertThat(PasswordRules.problemForNew("é".repeat(128))).isEmpty();
    assertThat(PasswordRules.problemForNew("é".repeat(129))).as("129 characters, 258 bytes")
        .contains("a password may have at most 256 bytes");
    assertThat(PasswordRules.problemForLogin("x".repeat(10_000_000))).contains("a password may have at most 256 bytes");
  }

  @Test
  void noControlCharactersNorBrokenSurrogates() {
    assertThat(PasswordRules.problemForNew("password\t1")).contains("a password may not contain control characters");
    assertThat(PasswordRules.problemForNew("password\u007f")).contains("a password may not contain control characters");
    assertThat(PasswordRules.problemForNew("password\u0085")).contains("a password may not contain control characters");
    assertThat(PasswordRules.problemForNew("password\uD800")).contains("a password may not contain control characters");
  }

  @Test
  void aLoginOnlyGuardsTheHashCost() {
    assertThat(PasswordRules.problemForLogin("short")).isEmpty();
    assertThat(PasswordRules.problemForLogin("")).contains("a password may not be empty");
    assertThat(PasswordRules.problemForLogin(null)).contains("a password may not be empty");
  }
}
