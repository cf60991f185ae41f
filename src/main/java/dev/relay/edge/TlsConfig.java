package dev.relay.edge;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The optional TLS listener: the same chat on a second port, with a PEM certificate chain and key.
 *
 * @param port     TLS chat port; 0 picks a free one
 * @param certPath PEM certificate (chain)
 * @param keyPath  PEM private key (PKCS#8 or PKCS#1)
 */
public record TlsConfig(int port, String certPath, String keyPath) {

  public TlsConfig {
    Limits.require(port >= 0 && port <= 65535, "tls.port must be 0-65535, got " + port);
    Limits.require(readable(certPath), "tls.certPath: no readable file '" + certPath + "'");
    Limits.require(readable(keyPath), "tls.keyPath: no readable file '" + keyPath + "'");
  }

  private static boolean readable(String path) {
    return path != null && !path.isBlank() && Files.isReadable(Path.of(path));
  }
}
