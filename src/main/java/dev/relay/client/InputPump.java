package dev.relay.client;

import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Reads the user's lines on a daemon thread and posts them to the client loop one at a time: the next line
 * is read only once the loop has sent or dropped the previous one. A fast script therefore waits on the
 * server (which throttles floods) instead of piling up in memory.
 */
final class InputPump {

  private final Console console;
  private final Consumer<ClientEvent> events;
  private final Semaphore handled = new Semaphore(0);

  InputPump(Console console, Consumer<ClientEvent> events) {
    this.console = console;
    this.events = events;
  }

  void start() {
    Thread thread = new Thread(this::pump, "relay-client-input");
    thread.setDaemon(true);
    thread.start();
  }

  /** The loop is done with the last line posted; called once per {@link ClientEvent.UserTyped}. */
  void lineHandled() {
    handled.release();
  }

  private void pump() {
    try {
      String line;
      while ((line = console.readLine()) != null) {
        events.accept(new ClientEvent.UserTyped(line));
        handled.acquire();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    events.accept(new ClientEvent.InputEnded());
  }
}
