package dev.relay.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientChunksTest {

  @Test
  void theClientsOwnPrefixIsDropped() {
    assertThat(ClientChunks.messages("alice: hi there", "alice")).containsExactly("hi there");
  }

  @Test
  void twoSendsReadAsOneChunkAreTwoMessages() {
    assertThat(ClientChunks.messages("alice: hialice: how are you", "alice")).containsExactly("hi", "how are you");
  }

  @Test
  void anotherAliasIsPartOfTheText() {
    assertThat(ClientChunks.messages("bob: I am bob", "alice")).containsExactly("bob: I am bob");
  }

  @Test
  void lineEndsSeparateMessagesAndBlanksAreLeftOut() {
    assertThat(ClientChunks.messages("alice: one\nalice: two\r\n\n", "alice")).containsExactly("one", "two");
    assertThat(ClientChunks.messages("alice:  ", "alice")).isEmpty();
    assertThat(ClientChunks.messages("", "alice")).isEmpty();
  }

  @Test
  void aCommandKeepsItsSlash() {
    assertThat(ClientChunks.messages("alice: /join dev", "alice")).containsExactly("/join dev");
  }
}
