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
 * A WebP without its EXIF and XMP chunks: a first pass adds up what stays, to write the RIFF size before the
 * chunks; the VP8X header's flags stop announcing EXIF and XMP. Blocking; for {@link LocationStripper}. A file
 * whose chunks do not add up stops at the first that breaks.
 */
final class WebpStripper {

  private static final int EXIF_AND_XMP_FLAGS = 0x08 | 0x04;
  private static final int HEADER = 12;

  private WebpStripper() {
  }

  static void strip(Path in, Path out) throws IOException {
    long kept = keptChunkBytes(in);
    try (DataInputStream input = new DataInputStream(new BufferedInputStream(Files.newInputStream(in)));
        OutputStream output = new BufferedOutputStream(Files.newOutputStream(out))) {
      input.skipNBytes(HEADER);
      output.write("RIFF".getBytes(StandardCharsets.US_ASCII));
      writeLittleEndian(output, (int) (4 + kept));
      output.write("WEBP".getBytes(StandardCharsets.US_ASCII));
      copyKeptChunks(input, output, kept);
    }
  }

  /** The bytes of the chunks that stay, headers and padding included. */
  private static long keptChunkBytes(Path in) throws IOException {
    long kept = 0;
    try (DataInputStream input = new DataInputStream(new BufferedInputStream(Files.newInputStream(in)))) {
      input.skipNBytes(HEADER);
      while (true) {
        Chunk chunk = Chunk.read(input);
        if (chunk == null) {
          return kept;
        }
        input.skipNBytes(chunk.paddedSize());
        if (!chunk.dropped()) {
          kept += 8 + chunk.paddedSize();
        }
      }
    } catch (EOFException truncated) {
      return kept;
    }
  }

  private static void copyKeptChunks(DataInputStream in, OutputStream out, long kept) throws IOException {
    long written = 0;
    while (written < kept) {
      Chunk chunk = Chunk.read(in);
      if (chunk.dropped()) {
        in.skipNBytes(chunk.paddedSize());
        continue;
      }
      out.write(chunk.fourCc().getBytes(StandardCharsets.US_ASCII));
      writeLittleEndian(out, (int) chunk.size());
      if (chunk.fourCc().equals("VP8X") && chunk.size() > 0) {
        out.write(in.readUnsignedByte() & ~EXIF_AND_XMP_FLAGS);
        LocationStripper.copy(in, out, chunk.paddedSize() - 1);
      } else {
        LocationStripper.copy(in, out, chunk.paddedSize());
      }
      written += 8 + chunk.paddedSize();
    }
  }

  private static void writeLittleEndian(OutputStream out, int value) throws IOException {
    out.write(value);
    out.write(value >>> 8);
    out.write(value >>> 16);
    out.write(value >>> 24);
  }

  private record Chunk(String fourCc, long size) {

    /** The next chunk's header, or null at the end of the file. */
    static Chunk read(DataInputStream in) throws IOException {
      byte[] fourCc = in.readNBytes(4);
      if (fourCc.length < 4) {
        return null;
      }
      byte[] size = in.readNBytes(4);
      if (size.length < 4) {
        return null;
      }
      long length = (size[0] & 0xffL) | (size[1] & 0xffL) << 8 | (size[2] & 0xffL) << 16 | (size[3] & 0xffL) << 24;
      return new Chunk(new String(fourCc, StandardCharsets.US_ASCII), length);
    }

    long paddedSize() {
      return size + (size & 1);
    }

    boolean dropped() {
      return fourCc.equals("EXIF") || fourCc.equals("XMP ");
    }
  }
}
