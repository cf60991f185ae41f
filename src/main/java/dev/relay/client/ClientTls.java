package dev.relay.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** How the client's connection is secured: plain TCP, TLS checked against the JDK's trust store, or TLS unchecked. */
public enum ClientTls {
  OFF,
  VERIFY,
  /** For self-signed test servers: encrypts, but anyone in the middle could pose as the server. */
  INSECURE;

  /** Connects, and for TLS completes the handshake, so that a bad certificate fails here. */
  public Socket connect(String host, int port, int timeoutMillis) throws IOException {
    return connect(new InetSocketAddress(host, port), host, timeoutMillis);
  }

  /**
   * Connects to one address that {@code host} resolved to; with TLS the certificate is checked against
   * {@code host}, the name the user gave.
   */
  Socket connect(InetSocketAddress address, String host, int timeoutMillis) throws IOException {
    Socket plain = new Socket();
    try {
      plain.connect(address, timeoutMillis);
      return secure(plain, host, address.getPort(), timeoutMillis);
    } catch (IOException e) {
      plain.close();
      throw e;
    }
  }

  /**
   * Starts TLS on a connected socket (for TLS; {@link #OFF} returns it as it is) and completes the handshake,
   * so that a bad certificate fails here; the certificate is checked against {@code host}.
   */
  public Socket secure(Socket plain, String host, int port, int timeoutMillis) throws IOException {
    if (this == OFF) {
      return plain;
    }
    SSLSocket tls = (SSLSocket) context().getSocketFactory().createSocket(plain, host, port, true);
    if (this == VERIFY) {
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(parameters);
    }
    tls.setSoTimeout(timeoutMillis);
    tls.startHandshake();
    tls.setSoTimeout(0);
    return tls;
  }

  private SSLContext context() throws IOException {
    try {
      if (this == VERIFY) {
        return SSLContext.getDefault();
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException("TLS unavailable: " + e.getMessage(), e);
    }
  }

  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
