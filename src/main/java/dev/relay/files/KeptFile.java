package dev.relay.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file as it is kept: its type sniffed from its first bytes, its location metadata removed.
 *
 * @param path where the kept bytes are
 * @param type the sniffed type
 * @param size the kept size
 */
record KeptFile(Path path, String type, long size) {

  /** Blocking (file I/O): sniffs {@code received} and writes what is kept of it to {@code kept}, a new file. */
  static KeptFile from(Path received, Path kept) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(received)) {
      head = in.readNBytes(TypeSniffer.HEAD_BYTES);
    }
    String type = TypeSniffer.sniff(head, head.length < TypeSniffer.HEAD_BYTES || Files.size(received) == head.length);
    LocationStripper.strip(type, received, kept);
    return new KeptFile(kept, type, Files.size(kept));
  }
}
