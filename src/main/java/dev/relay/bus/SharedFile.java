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

  /** Fields apart in what the store keeps: a name has no control characters, nor do the other fields. */
  private static final char SEPARATOR = '\t';

  /** Whether browsers are allowed to show it inline: the raster images that cannot carry script. */
  public boolean inlineImage() {
    return switch (type) {
      case "image/png", "image/jpeg", "image/gif", "image/webp" -> true;
      default -> false;
    };
  }

  /** The size as people read it: {@code 512 bytes}, {@code 182 KB}, {@code 1.4 MB}. */
  public String sizeText() {
    return sizeText(size);
  }

  public static String sizeText(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    double mb = bytes / (1024.0 * 1024);
    return (mb < 10 ? String.format(java.util.Locale.ROOT, "%.1f", mb) : String.valueOf(Math.round(mb))) + " MB";
  }

  /** The file as a room's history keeps it. */
  public String encode() {
    return String.join(String.valueOf(SEPARATOR), id, type, String.valueOf(size), url, name);
  }

  public static SharedFile decode(String stored) {
    String[] f = stored.split(String.valueOf(SEPARATOR), 5);
    if (f.length != 5) {
      throw new IllegalArgumentException("not a shared file: " + stored);
    }
    return new SharedFile(f[0], f[4], f[1], Long.parseLong(f[2]), f[3]);
  }
}
