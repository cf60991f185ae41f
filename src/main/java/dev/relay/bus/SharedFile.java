package dev.relay.bus;

/**
 * A file a member uploaded, as a room line links to it (docs/PROTOCOL.md 13).
 *
 * @param id   the file's id: 128 random bits, base64url, unguessable
 * @param name the file's name as uploaded, made safe (no path, no control characters)
 * @param type its type as detected from its content (image/png, application/octet-stream, ...), never as declared
 * @param size its size in bytes, as kept (after location metadata was removed)
 * @param url  where anyone gets it: the web port's public address, {@code /f/ID/NAME}
 */
public record SharedFile(String id, String name, String type, long size, String url) {

  /** Whether browsers are allowed to show it inline: the raster images that cannot carry script. */
  public boolean inlineImage() {
    return switch (type) {
      case "image/png", "image/jpeg", "image/gif", "image/webp" -> true;
      default -> false;
    };
  }
}
