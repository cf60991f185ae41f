package dev.relay.admin;

import dev.relay.accounts.Argon2id;
import dev.relay.accounts.PasswordRules;
import dev.relay.accounts.ServerRole;
import dev.relay.chat.Names;
import dev.relay.store.Account;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relay admin create ALIAS --password-file FILE [--role ROLE]}: registers an account as {@code /register}
 * would (the same alias and password rules, Argon2id at OWASP's parameters), with a server role from the start. It is
 * how the first admin comes to be: Relay has no default account and no default password.
 */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Creates an account, e.g. the first admin. The password is read from a file, never from the "
        + "command line; one line break at its end is dropped.")
final class CreateCommand extends StoreCommand {

  @Parameters(index = "0", paramLabel = "ALIAS", description = "The account's alias, as a user would choose it.")
  String alias;

  @Option(names = "--password-file", paramLabel = "FILE", required = true,
      description = "File holding the password (UTF-8): 8 characters at least, 256 bytes at most.")
  Path passwordFile;

  @Option(names = "--role", paramLabel = "admin|moderator|none", defaultValue = "none",
      description = "The account's server role (default: ${DEFAULT-VALUE}).")
  String role;

  @Override
  Action prepare() throws Refusal {
    var aliasProblem = Names.aliasProblem(alias);
    if (aliasProblem.isPresent()) {
      throw new Refusal(aliasProblem.get());
    }
    ServerRole serverRole = role(role);
    String password = PasswordFile.read(passwordFile);
    var passwordProblem = PasswordRules.problemForNew(password);
    if (passwordProblem.isPresent()) {
      throw new Refusal(passwordProblem.get() + " (password file " + passwordFile + ")");
    }
    return session -> {
      String hash = new Argon2id(Argon2id.Parameters.OWASP, new SecureRandom()).hash(password);
      Account account = new Account(Names.key(alias), alias, hash, serverRole, Instant.now());
      if (!session.await(session.accounts().create(account))) {
        throw new Refusal("there is already an account " + alias + " (relay admin role changes its role)");
      }
      return List.of("created account " + alias + " with role " + serverRole.wire());
    };
  }
}
