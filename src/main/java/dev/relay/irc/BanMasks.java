package dev.relay.irc;

import dev.relay.bus.SanctionTarget;
import dev.relay.bus.TargetType;
import dev.relay.chat.AddressBlock;
import dev.relay.chat.Names;
import java.util.Optional;

/**
 * IRC's ban masks as Relay's ban targets. Relay bans a nick (an alias) or an address, never a pattern: {@code bob},
 * {@code bob!*@*} and {@code bob!any@thing} ban the nick {@code bob}; {@code 192.0.2.7}, {@code *!*@192.0.2.7} and
 * {@code *!*@10.0.0.0/8} ban addresses. Anything else ({@code b*!*@*}, {@code *!*@host.example}) is no target.
 */
final class BanMasks {

  private BanMasks() {
  }

  /** The target {@code mask} names, or empty when it names none Relay can ban. */
  static Optional<SanctionTarget> target(String mask) {
    int bang = mask.indexOf('!');
    int at = mask.lastIndexOf('@');
    if (bang < 0 && at < 0) {
      Optional<AddressBlock> block = AddressBlock.parse(mask);
      return block.isPresent() ? block.map(b -> SanctionTarget.address(b.text())) : alias(mask);
    }
    String nick = mask.substring(0, bang >= 0 ? bang : at);
    if (!nick.isEmpty() && !nick.chars().allMatch(c -> c == '*')) {
      return alias(nick);
    }
    return at < 0 ? Optional.empty()
        : AddressBlock.parse(mask.substring(at + 1)).map(b -> SanctionTarget.address(b.text()));
  }

  /** How IRC shows a target: {@code bob!*@*} or {@code *!*@10.0.0.0/8}. */
  static String mask(SanctionTarget target) {
    return target.type() == TargetType.ADDRESS ? "*!*@" + target.value() : target.value() + "!*@*";
  }

  private static Optional<SanctionTarget> alias(String nick) {
    return Masks.isMask(nick) || Names.aliasProblem(nick).isPresent() ? Optional.empty()
        : Optional.of(SanctionTarget.alias(nick));
  }
}
