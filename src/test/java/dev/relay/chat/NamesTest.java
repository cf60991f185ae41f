package dev.relay.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.line.TextRules;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void aliasesAreOneToThirtyTwoLettersDigitsAndUnderscoreDashDot() {
    assertThat(Names.aliasProblem("a")).isEmpty();
    assertThat(Names.aliasProblem("J\u00fcrgen_2.0-x")).isEmpty();
    assertThat(Names.aliasProblem("\u00e9".repeat(32))).isEmpty();
    assertThat(Names.aliasProblem("")).isPresent();
    assertThat(Names.aliasProblem("x".repeat(33))).isPresent();
    assertThat(Names.aliasProblem("a b")).isPresent();
    assertThat(Names.aliasProblem("a#b")).isPresent();
  }

  @Test
  void youIsReservedSoThatNoActionLineLooksLikeTheServerAddressingTheClient() {
    assertThat(Names.aliasProblem("You")).contains("alias 'You' is reserved");
    assertThat(Names.aliasProblem("yOU")).isPresent();
    assertThat(Names.aliasProblem("Yours")).isEmpty();
  }

  @Test
  void roomNamesAllowNoDotAndLoseTheirHash() {
    assertThat(Names.roomProblem("dev_ops-2")).isEmpty();
    assertThat(Names.roomProblem("dev.ops")).isPresent();
    assertThat(Names.stripRoomPrefix("#dev")).isEqualTo("dev");
    assertThat(Names.stripRoomPrefix("dev")).isEqualTo("dev");
  }

  @Test
  void keysCompareCaseInsensitively() {
    assertThat(Names.key("AlIcE")).isEqualTo(Names.key("alice"));
  }

  @Test
  void controlCharactersAreNotText() {
    assertThat(TextRules.problem("tab\tis fine")).isEmpty();
    assertThat(TextRules.problem("esc\u001b[2J")).isPresent();
    assertThat(TextRules.problem("del\u007f")).isPresent();
  }
}
