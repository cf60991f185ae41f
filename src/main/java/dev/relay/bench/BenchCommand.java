package dev.relay.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the load generator. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Load generator.")
public final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
