package dev.relay.bench;

/** A chat server to connect to. */
record Target(String host, int port) {

  /** {@code HOST:PORT}, with an IPv6 host in brackets. */
  static Target parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("expected HOST:PORT, got '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected HOST:PORT, got '" + text + "'");
    }
    return checked(host, port);
  }

  static Target checked(String host, int port) {
    if (host.isBlank()) {
      throw new IllegalArgumentException("the host must not be empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("the port must be 1-65535, got " + port);
    }
    return new Target(host, port);
  }

  @Override
  public String toString() {
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }
}
