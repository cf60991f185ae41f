package dev.relay.bus;

/** The file service's answer to a {@link FileRequest}. */
public sealed interface FileReply {

  /**
   * An upload token: valid for {@code validSeconds}, for any number of uploads within the hourly limit, of files
   * up to {@code maxBytes}, posted to {@code uploadUrl} (docs/PROTOCOL.md 13).
   */
  record Granted(String token, String uploadUrl, long maxBytes, long validSeconds) implements FileReply {
  }

  /** The file asked for, and the alias that uploaded it. */
  record Found(SharedFile file, String uploader) implements FileReply {
  }

  /** Refused, with the reason as a member is told it (without the leading "! "). */
  record Refused(String why) implements FileReply {
  }
}
