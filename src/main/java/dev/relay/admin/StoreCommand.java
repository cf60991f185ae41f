package dev.relay.admin;

import dev.relay.config.StoreOptions;

import dev.relay.accounts.ServerRole;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * One admin command's life: check the arguments, open the store, do one thing, print what was done, close. Nothing
 * is opened for arguments that are wrong, and stdout gets nothing but the result.
 */
abstract class StoreCommand implements Callable<Integer> {

  static final String PREFIX = "relay admin: ";

  /** What to do once the store is open; returns the lines to print, refuses with the reason. */
  @FunctionalInterface
  interface Action {
    List<String> on(AdminSession session) throws Refusal;
  }

  @Spec
  CommandSpec spec;

  @ParentCommand
  AdminCommand admin;

  @Mixin
  StoreOptions storeOptions;

  /** Checks the arguments, before anything is opened, and says what to do with the store. */
  abstract Action prepare() throws Refusal;

  @Override
  public final Integer call() {
    AdminCommand.Console console = admin.console(spec);
    try {
      Action action = prepare();
      List<String> lines;
      try (AdminSession session = AdminSession.open(storeOptions)) {
        lines = action.on(session);
      }
      lines.forEach(console.out()::println);
      console.out().flush();
      return 0;
    } catch (Refusal refusal) {
      console.err().println(PREFIX + refusal.getMessage());
      console.err().flush();
      return refusal.exitCode();
    }
  }

  /** {@code admin}, {@code moderator} or {@code none}, in any letter case. */
  static ServerRole role(String text) throws Refusal {
    return ServerRole.parse(text).orElseThrow(
        () -> new Refusal(Refusal.USAGE, "unknown role '" + text + "': use admin, moderator or none"));
  }
}
