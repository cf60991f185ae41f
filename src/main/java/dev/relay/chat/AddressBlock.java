package dev.relay.chat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP address or a CIDR block ({@code 192.0.2.7}, {@code 10.0.0.0/8}, {@code 2001:db8::/32}), as address bans name
 * them. Parses literals only (never a host name, so never a DNS lookup); normalises the text so that one block has one
 * spelling: the network address and, for a block, its prefix length ({@code 10.1.2.3/8} becomes {@code 10.0.0.0/8}).
 */
public record AddressBlock(byte[] network, int prefix) {

  /** The block {@code text} names, or empty when it is not an IPv4 or IPv6 literal with an optional valid prefix. */
  public static Optional<AddressBlock> parse(String text) {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    Optional<byte[]> bytes = literal(address);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    int bits = bytes.get().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (prefix < 0 || prefix > bits) {
        return Optional.empty();
      }
    }
    return Optional.of(new AddressBlock(masked(bytes.get(), prefix), prefix));
  }

  /** Whether {@code address} (a literal, as the listeners report clients) is in this block; false for anything else. */
  public boolean contains(String address) {
    Optional<byte[]> bytes = literal(address);
    if (bytes.isEmpty() || bytes.get().length != network.length) {
      return false;
    }
    byte[] masked = masked(bytes.get(), prefix);
    for (int i = 0; i < network.length; i++) {
      if (masked[i] != network[i]) {
        return false;
      }
    }
    return true;
  }

  /** The one spelling of this block: the address alone for a single one, else {@code network/prefix}. */
  public String text() {
    try {
      String address = InetAddress.getByAddress(network).getHostAddress();
      return prefix == network.length * 8 ? address : address + "/" + prefix;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return text();
  }

  private static Optional<byte[]> literal(String address) {
    if (address.isEmpty() || !address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
      return Optional.empty();
    }
    if (address.indexOf(':') < 0 && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return Optional.empty();
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      return Optional.of(bytes);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static byte[] masked(byte[] address, int prefix) {
    byte[] out = address.clone();
    for (int i = 0; i < out.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - i * 8));
      out[i] = (byte) (out[i] & (0xff << (8 - keep)));
    }
    return out;
  }
}
