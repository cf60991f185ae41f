package dev.relay.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tests' own DNS: each name answers with the IP addresses it was given, any other name is unknown. */
final class DnsTable implements ServerAddresses.Resolver {

  private final Map<String, List<String>> answers = new HashMap<>();

  /** From now on {@code name} resolves to {@code ips}, in that order. */
  DnsTable answer(String name, String... ips) {
    answers.put(name, List.of(ips));
    return this;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    List<String> ips = answers.get(host);
    if (ips == null) {
      throw new UnknownHostException(host);
    }
    InetAddress[] resolved = new InetAddress[ips.size()];
    for (int i = 0; i < resolved.length; i++) {
      resolved[i] = InetAddress.getByName(ips.get(i));
    }
    return resolved;
  }
}
