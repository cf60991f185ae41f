package dev.relay.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Removes what may say where a picture was taken, without decoding it (docs/PROTOCOL.md 13): a JPEG's APP1 (Exif,
 * XMP) and APP13 (IPTC) segments, a PNG's eXIf and text chunks, a WebP's EXIF and XMP chunks (see
 * {@link WebpStripper}). Other types are copied as they are. Streams: holds one segment or chunk header, never the
 * file.
 *
 * <p>Blocking (file I/O): call it off the event loop. Where the structure breaks (a truncated or malformed file),
 * the output stops: what follows is not copied unread.
 */
public final class LocationStripper {

  private static final int APP1 = 0xe1;
  private static final int APP13 = 0xed;
  private static final int SOS = 0xda;
  private static final int EOI = 0xd9;
  private static final int PNG_SIGNATURE = 8;

  private LocationStripper() {
  }

  /** Writes {@code in} to {@code out} (a new file) without its location metadata; {@code type} as sniffed. */
  public static void strip(String type, Path in, Path out) throws IOException {
    if ("image/webp".equals(type)) {
      WebpStripper.strip(in, out);
      return;
    }
    try (InputStream input = new BufferedInputStream(Files.newInputStream(in));
        OutputStream output = new BufferedOutputStream(Files.newOutputStream(out))) {
      switch (type) {
        case "image/jpeg" -> jpeg(new DataInputStream(input), output);
        case "image/png" -> png(new DataInputStream(input), output);
        default -> input.transferTo(output);
      }
    }
  }

  /**
   * Every segment but APP1 and APP13, every scan's entropy-coded data, up to EOI; what trails EOI (where phones put
   * motion-photo videos, which carry their own location) is dropped.
   */
  static void jpeg(DataInputStream in, OutputStream out) throws IOException {
    in.skipNBytes(2);
    writeMarker(out, 0xd8);
    try {
      int marker = nextMarker(in);
      while (marker != EOI) {
        if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
          writeMarker(out, marker);
          marker = nextMarker(in);
          continue;
        }
        int length = in.readUnsignedShort();
        if (length < 2) {
          return;
        }
        if (marker == APP1 || marker == APP13) {
          in.skipNBytes(length - 2);
        } else {
          writeMarker(out, marker);
          out.write(length >> 8);
          out.write(length);
          copy(in, out, length - 2);
        }
        marker = marker == SOS ? copyScan(in, out) : nextMarker(in);
      }
      writeMarker(out, EOI);
    } catch (EOFException truncated) {
      // the output stops where the file did
    }
  }

  /**
   * A scan's entropy-coded data, its stuffed 0xFF00 and restart markers included, up to the marker that ends it,
   * which it returns unwritten.
   */
  private static int copyScan(DataInputStream in, OutputStream out) throws IOException {
    while (true) {
      int b = in.readUnsignedByte();
      if (b != 0xff) {
        out.write(b);
        continue;
      }
      int next = in.readUnsignedByte();
      while (next == 0xff) {
        next = in.readUnsignedByte();
      }
      if (next != 0 && (next < 0xd0 || next > 0xd7)) {
        return next;
      }
      out.write(0xff);
      out.write(next);
    }
  }

  private static void writeMarker(OutputStream out, int marker) throws IOException {
    out.write(0xff);
    out.write(marker);
  }

  /** Skips the 0xFF fill bytes before a marker; anything but 0xFF where a marker belongs ends the file. */
  private static int nextMarker(DataInputStream in) throws IOException {
    int b = in.readUnsignedByte();
    if (b != 0xff) {
      throw new EOFException("not a marker");
    }
    while (b == 0xff) {
      b = in.readUnsignedByte();
    }
    return b;
  }

  /** Chunks up to IEND; what trails it is dropped. */
  static void png(DataInputStream in, OutputStream out) throws IOException {
    copy(in, out, PNG_SIGNATURE);
    try {
      while (true) {
        int length = in.readInt();
        byte[] type = in.readNBytes(4);
        if (length < 0 || type.length < 4) {
          return;
        }
        String name = new String(type, StandardCharsets.US_ASCII);
        if (name.equals("eXIf") || name.equals("tEXt") || name.equals("iTXt") || name.equals("zTXt")) {
          in.skipNBytes(length + 4L);
          continue;
        }
        writeInt(out, length);
        out.write(type);
        copy(in, out, length + 4L);
        if (name.equals("IEND")) {
          return;
        }
      }
    } catch (EOFException truncated) {
      // the output stops where the file did
    }
  }

  static void copy(InputStream in, OutputStream out, long count) throws IOException {
    byte[] buffer = new byte[8192];
    long left = count;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException();
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  static void writeInt(OutputStream out, int value) throws IOException {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }
}
