package dev.relay.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT (Ctrl-C) start a graceful stop and end the process with exit code 0 once it is done;
 * a second signal ends it at once. The JVM's default would run shutdown hooks and exit with 143.
 */
final class SignalShutdown {

  private static final Logger LOG = LoggerFactory.getLogger(SignalShutdown.class);

  private SignalShutdown() {
  }

  /** @param stop the graceful stop; it runs on a thread of its own and must finish by itself */
  static void install(Runnable stop) {
    AtomicBoolean stopping = new AtomicBoolean();
    for (String name : new String[] {"TERM", "INT"}) {
      Signal.handle(new Signal(name), signal -> {
        if (stopping.compareAndSet(false, true)) {
          LOG.info("SIG{} received: stopping (send it again to stop at once)", signal.getName());
          Thread stopper = new Thread(() -> {
            stop.run();
            System.exit(0);
          }, "relay-stop");
          stopper.start();
        } else {
          LOG.warn("SIG{} received again: stopping now", signal.getName());
          Runtime.getRuntime().halt(0);
        }
      });
    }
  }
}
