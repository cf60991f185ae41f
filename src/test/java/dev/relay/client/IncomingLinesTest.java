package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomingLinesTest {

  @Test
  void stripsTheCrOfCrlf() throws IOException {
    assertThat(lines("alias?\r\n* hi\r\n", 100)).containsExactly("alias?", "* hi");
  }

  @Test
  void acceptsBareLfAndKeepsInnerCr() throws IOException {
    assertThat(lines("a\nb\rc\r\n", 100)).containsExactly("a", "b\rc");
  }

  @Test
  void returnsALastLineWithoutLineEnd() throws IOException {
    assertThat(lines("a\r\nlast", 100)).containsExactly("a", "last");
  }

  @Test
  void keepsEmptyLines() throws IOException {
    assertThat(lines("\r\n\n", 100)).containsExactly("", "");
  }

  @Test
  void cutsOverlongLinesIntoPieces() throws IOException {
    assertThat(lines("abcdefg\n", 3)).containsExactly("abc", "def", "g");
  }

  private static List<String> lines(String text, int max) throws IOException {
    IncomingLines lines = new IncomingLines(new StringReader(text), max);
    List<String> all = new ArrayList<>();
    String line;
    while ((line = lines.next()) != null) {
      all.add(line);
    }
    return all;
  }
}
