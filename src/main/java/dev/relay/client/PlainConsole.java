package dev.relay.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Scripted mode: lines from a stream (stdin), server lines to one stream (stdout) exactly as they arrive,
 * the client's own notices to another (stderr) so they never mix with the server's output. No prompt.
 */
final class PlainConsole implements Console {

  private final BufferedReader in;
  private final PrintStream out;
  private final PrintStream err;

  /** {@code in} is read as UTF-8, the wire's encoding, so a script's bytes reach the server unchanged. */
  PlainConsole(InputStream in, PrintStream out, PrintStream err) {
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.out = out;
    this.err = err;
  }

  @Override
  public String readLine() {
    try {
      return in.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void show(String serverLine) {
    out.println(serverLine);
  }

  @Override
  public void notice(String text) {
    err.println(text);
  }

  @Override
  public void prompt(String prompt) {
    // Scripts get no prompt: stdout carries only what the server said.
  }

  @Override
  public void close() {
    out.flush();
    err.flush();
  }
}
