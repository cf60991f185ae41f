package dev.relay.files;

/**
 * Where files and uploads are reached: {@code BASE/f/ID/NAME} with NAME percent-encoded, and {@code BASE/upload}.
 *
 * @param publicBase the web port's public address without a trailing slash, e.g. {@code https://chat.example.org}
 */
public record FileLinks(String publicBase) {

  public FileLinks {
    publicBase = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
  }

  /** The path part of a file's link, as {@code Location} gives it. */
  public static String path(String id, String name) {
    return "/f/" + id + "/" + FileNames.percentEncode(name);
  }

  public String url(String id, String name) {
    return publicBase + path(id, name);
  }

  public String uploadUrl() {
    return publicBase + "/upload";
  }
}
