package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileCommandTest {

  @Test
  void sendTakesTheRestOfTheLineAsThePath() {
    assertThat(FileCommand.parse("/send my cat.png ")).contains(new FileCommand.Send("my cat.png"));
    assertThat(FileCommand.parse("/SEND cat.png")).contains(new FileCommand.Send("cat.png"));
  }

  @Test
  void sendWithoutAPathSaysHow() {
    assertThat(FileCommand.parse("/send")).contains(new FileCommand.Wrong("! usage: /send PATH"));
    assertThat(FileCommand.parse("/send   ")).contains(new FileCommand.Wrong("! usage: /send PATH"));
  }

  @Test
  void getTakesAnIdOrAnHttpUrlAndAnOptionalPath() {
    assertThat(FileCommand.parse("/get AbC_-9")).contains(new FileCommand.GetId("AbC_-9", Optional.empty()));
    assertThat(FileCommand.parse("/get AbC /tmp/my files"))
        .contains(new FileCommand.GetId("AbC", Optional.of("/tmp/my files")));
    assertThat(FileCommand.parse("/get https://h:8000/f/x/cat.png"))
        .contains(new FileCommand.GetUrl("https://h:8000/f/x/cat.png", Optional.empty()));
    assertThat(FileCommand.parse("/get HTTP://h/f/x/cat.png out"))
        .contains(new FileCommand.GetUrl("HTTP://h/f/x/cat.png", Optional.of("out")));
  }

  @Test
  void getRefusesOtherSchemesAndStrangeIds() {
    assertThat(FileCommand.parse("/get file:///etc/passwd"))
        .contains(new FileCommand.Wrong("! /get takes http and https URLs only"));
    assertThat(FileCommand.parse("/get ../x")).contains(new FileCommand.Wrong("! not a file id: ../x"));
    assertThat(FileCommand.parse("/get")).contains(new FileCommand.Wrong("! usage: /get ID|URL [PATH]"));
  }

  @Test
  void otherLinesGoToTheServer() {
    assertThat(FileCommand.parse("/sender x")).isEmpty();
    assertThat(FileCommand.parse("/getaway")).isEmpty();
    assertThat(FileCommand.parse("send me the file")).isEmpty();
    assertThat(FileCommand.parse("/upload")).isEmpty();
  }
}
