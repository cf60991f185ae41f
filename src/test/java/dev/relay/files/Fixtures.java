package dev.relay.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real image bytes, built in the test, some carrying where they were taken. */
public final class Fixtures {

  /** The text each fixture's location metadata carries, to look for in what is served. */
  static final String GPS_MARK = "RELAY-GPS-48.8584N-2.2945E";

  /** The smallest lossless WebP: 1x1 (a well-known probe image). */
  private static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private Fixtures() {
  }

  public static byte[] png() {
    return encode("png");
  }

  static byte[] jpeg() {
    return encode("jpeg");
  }

  /** A JPEG with an Exif APP1 segment (a TIFF IFD pointing to a GPS IFD) and an XMP one, right after SOI. */
  static byte[] jpegWithGps() {
    byte[] plain = jpeg();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    segment(out, 0xe1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffWithGps()));
    segment(out, 0xe1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta exif:GPSLatitude='" + GPS_MARK + "'/>")
        .getBytes(StandardCharsets.ISO_8859_1));
    segment(out, 0xed, ("Photoshop 3.0\0" + GPS_MARK).getBytes(StandardCharsets.ISO_8859_1));
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** A PNG with an eXIf chunk and a tEXt chunk after IHDR. */
  static byte[] pngWithGps() {
    byte[] plain = png();
    int afterHeader = 8 + 4 + 4 + 13 + 4;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, afterHeader);
    chunk(out, "eXIf", tiffWithGps());
    chunk(out, "tEXt", ("Location\0" + GPS_MARK).getBytes(StandardCharsets.ISO_8859_1));
    out.write(plain, afterHeader, plain.length - afterHeader);
    return out.toByteArray();
  }

  /** An extended WebP announcing EXIF and XMP: VP8X, the 1x1 image, an EXIF chunk of odd size (padded), XMP. */
  static byte[] webpWithGps() {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    riffChunk(chunks, "VP8X", new byte[] {0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    chunks.write(WEBP_1X1, 12, WEBP_1X1.length - 12);
    riffChunk(chunks, "EXIF", concat(tiffWithGps(), new byte[] {1}));
    riffChunk(chunks, "XMP ", ("<x:xmpmeta>" + GPS_MARK + "</x:xmpmeta>").getBytes(StandardCharsets.ISO_8859_1));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(littleEndian(4 + chunks.size()));
    out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(chunks.toByteArray());
    return out.toByteArray();
  }

  /** The 1x1 WebP's VP8L chunk, header included, as it must come out. */
  static byte[] webpImageChunk() {
    return java.util.Arrays.copyOfRange(WEBP_1X1, 12, WEBP_1X1.length);
  }

  /**
   * Big-endian TIFF: IFD0 holds one entry, the GPS IFD's offset; the GPS IFD holds GPSLatitudeRef "N" and a
   * GPSMapDatum ASCII string carrying {@link #GPS_MARK}.
   */
  static byte[] tiffWithGps() {
    byte[] mark = (GPS_MARK + "\0").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer tiff = ByteBuffer.allocate(8 + 18 + 30 + mark.length).order(ByteOrder.BIG_ENDIAN);
    tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
    tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
    tiff.putShort((short) 2);
    tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
    tiff.putShort((short) 0x12).putShort((short) 2).putInt(mark.length).putInt(56);
    tiff.putInt(0);
    tiff.put(mark);
    return tiff.array();
  }

  static byte[] encode(String format) {
    BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 16; x++) {
      for (int y = 0; y < 12; y++) {
        image.setRGB(x, y, new Color(x * 16, y * 20, 128).getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }

  static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
    out.write(0xff);
    out.write(marker);
    out.write((payload.length + 2) >> 8);
    out.write(payload.length + 2);
    out.writeBytes(payload);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static void riffChunk(ByteArrayOutputStream out, String fourCc, byte[] data) {
    out.writeBytes(fourCc.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(littleEndian(data.length));
    out.writeBytes(data);
    if (data.length % 2 == 1) {
      out.write(0);
    }
  }

  private static byte[] littleEndian(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
