package dev.relay.files;

/**
 * Why an upload or a download was refused, as its HTTP status and the one line of {@code text/plain} that says it
 * (docs/PROTOCOL.md 13). Fails the request's future; the handler turns it into the response. No stack trace: it is
 * an answer, not an error.
 */
final class HttpRefusal extends RuntimeException {

  private final int status;

  HttpRefusal(int status, String text) {
    super(text, null, false, false);
    this.status = status;
  }

  static HttpRefusal noToken() {
    return new HttpRefusal(401, "no valid upload token: ask for one with /upload");
  }

  static HttpRefusal noName() {
    return new HttpRefusal(400, "no file name: POST /upload/NAME or send Content-Disposition with a filename");
  }

  static HttpRefusal tooLarge(long maxBytes) {
    return new HttpRefusal(413, "files may be at most " + maxBytes + " bytes");
  }

  static HttpRefusal tooMany(int perHour) {
    return new HttpRefusal(429, "at most " + perHour + " uploads an hour");
  }

  static HttpRefusal quotaFull() {
    return new HttpRefusal(507, "the server's room for files is full");
  }

  static HttpRefusal turnedOff() {
    return new HttpRefusal(503, "uploads are turned off");
  }

  static HttpRefusal storeAway() {
    return new HttpRefusal(503, "the file store is unavailable");
  }

  static HttpRefusal noFile() {
    return new HttpRefusal(404, "no such file");
  }

  int status() {
    return status;
  }

  String text() {
    return getMessage();
  }
}
