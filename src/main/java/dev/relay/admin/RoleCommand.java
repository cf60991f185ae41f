package dev.relay.admin;

import dev.relay.accounts.ServerRole;
import dev.relay.chat.Names;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code relay admin role ALIAS ROLE}: sets an existing account's server role. A server running on the same store
 * picks it up at its next reload of the accounts, within a minute; on an embedded store the server must be stopped
 * first anyway.
 */
@Command(name = "role", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Sets an account's server role: admin, moderator or none.")
final class RoleCommand extends StoreCommand {

  @Parameters(index = "0", paramLabel = "ALIAS", description = "The account.")
  String alias;

  @Parameters(index = "1", paramLabel = "ROLE", description = "admin, moderator or none.")
  String role;

  @Override
  Action prepare() throws Refusal {
    ServerRole serverRole = role(role);
    return session -> {
      if (!session.await(session.accounts().setRole(Names.key(alias), serverRole))) {
        throw new Refusal("no account " + alias);
      }
      return List.of(serverRole == ServerRole.NONE ? alias + " now has no server role" : alias + " is now "
          + serverRole.wire());
    };
  }
}
