package dev.relay.client;

import java.io.IOError;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Interactive mode on a JLine terminal: line editing and history, with the server's lines printed above the
 * line being typed so that arriving messages never garble it.
 */
final class TerminalConsole implements Console {

  private static final int CLOSE_WAITS = 20;
  private static final long CLOSE_WAIT_MILLIS = 50;

  private final Terminal terminal;
  private final LineReader reader;
  private final ReentrantLock reading = new ReentrantLock();
  private volatile String prompt = "";
  private volatile boolean closed;

  private TerminalConsole(Terminal terminal, LineReader reader) {
    this.terminal = terminal;
    this.reader = reader;
  }

  static TerminalConsole open() throws IOException {
    Terminal terminal = TerminalBuilder.builder().system(true).build();
    LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("relay").build();
    return new TerminalConsole(terminal, reader);
  }

  @Override
  public String readLine() {
    reading.lock();
    try {
      String current = prompt;
      if (closed) {
        return null;
      }
      // A password is typed without echo.
      return current.equals(Session.PASSWORD_PROMPT) ? reader.readLine(current, '*') : reader.readLine(current);
    } catch (EndOfFileException | UserInterruptException e) {
      return null;
    } catch (IOError e) {
      // The terminal was closed under us: the client is exiting.
      return null;
    } finally {
      reading.unlock();
    }
  }

  @Override
  public void show(String serverLine) {
    reader.printAbove(serverLine);
  }

  @Override
  public void notice(String text) {
    reader.printAbove(text);
  }

  @Override
  public void prompt(String newPrompt) {
    if (newPrompt.equals(prompt)) {
      return;
    }
    prompt = newPrompt;
    if (reader instanceof LineReaderImpl impl && reader.isReading()) {
      impl.setPrompt(newPrompt);
      try {
        reader.callWidget(LineReader.REDRAW_LINE);
        reader.callWidget(LineReader.REDISPLAY);
      } catch (IllegalStateException e) {
        // readLine returned in between; the next one shows the new prompt.
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    endPendingRead();
    try {
      terminal.close();
    } catch (IOException e) {
      // Nothing left to restore it for.
    }
  }

  /**
   * Ends a readLine still waiting on the input thread, as Ctrl-C would, so that it leaves the line and the
   * terminal's modes as they were before the terminal is closed. Bounded: a read that will not end is left.
   */
  private void endPendingRead() {
    try {
      for (int i = 0; i < CLOSE_WAITS; i++) {
        if (reader.isReading()) {
          terminal.raise(Terminal.Signal.INT);
        }
        if (reading.tryLock(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
          reading.unlock();
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
