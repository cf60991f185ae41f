package dev.relay.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationStripperTest {

  @TempDir
  Path dir;

  @Test
  void aJpegLosesItsExifXmpAndIptcSegmentsAndStillDecodesToTheSamePixels() throws IOException {
    byte[] original = Fixtures.jpegWithGps();
    assertThat(Fixtures.contains(original, Fixtures.GPS_MARK)).isTrue();
    byte[] stripped = strip("image/jpeg", original);
    assertThat(Fixtures.contains(stripped, Fixtures.GPS_MARK)).isFalse();
    assertThat(Fixtures.contains(stripped, "Exif\0\0")).isFalse();
    assertThat(stripped).isEqualTo(Fixtures.jpeg());
    assertSamePixels(Fixtures.decode(stripped), Fixtures.decode(original));
  }

  /** A segment after the scan and a trailer after EOI (a motion photo's video) are not copied. */
  @Test
  void aJpegLosesMetadataAfterItsScanAndWhatTrailsIt() throws IOException {
    byte[] plain = Fixtures.jpeg();
    ByteArrayOutputStream spliced = new ByteArrayOutputStream();
    spliced.write(plain, 0, plain.length - 2);
    Fixtures.segment(spliced, 0xe1, ("Exif\0\0" + Fixtures.GPS_MARK).getBytes(StandardCharsets.ISO_8859_1));
    spliced.write(plain, plain.length - 2, 2);
    spliced.writeBytes(("....ftypmp42 " + Fixtures.GPS_MARK).getBytes(StandardCharsets.ISO_8859_1));
    byte[] stripped = strip("image/jpeg", spliced.toByteArray());
    assertThat(stripped).isEqualTo(plain);
  }

  @Test
  void aPngLosesItsExifAndTextChunksAndStillDecodes() throws IOException {
    byte[] original = Fixtures.pngWithGps();
    assertThat(Fixtures.contains(original, Fixtures.GPS_MARK)).isTrue();
    byte[] stripped = strip("image/png", original);
    assertThat(Fixtures.contains(stripped, Fixtures.GPS_MARK)).isFalse();
    assertThat(Fixtures.contains(stripped, "eXIf")).isFalse();
    assertThat(stripped).isEqualTo(Fixtures.png());
    assertSamePixels(Fixtures.decode(stripped), Fixtures.decode(original));
  }

  @Test
  void aWebpLosesItsExifAndXmpChunksWithItsSizeAndFlagsFixed() throws IOException {
    byte[] stripped = strip("image/webp", Fixtures.webpWithGps());
    assertThat(Fixtures.contains(stripped, Fixtures.GPS_MARK)).isFalse();
    assertThat(Fixtures.contains(stripped, "EXIF")).isFalse();
    assertThat(Fixtures.contains(stripped, "XMP ")).isFalse();
    ByteBuffer riff = ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(riff.getInt(4)).isEqualTo(stripped.length - 8);
    assertThat(new String(stripped, 12, 4, "US-ASCII")).isEqualTo("VP8X");
    assertThat(stripped[20] & 0x0c).isZero();
    byte[] image = Fixtures.webpImageChunk();
    assertThat(Arrays.copyOfRange(stripped, 30, stripped.length)).isEqualTo(image);
  }

  @Test
  void otherTypesAreCopiedAsTheyAre() throws IOException {
    byte[] text = ("a line naming " + Fixtures.GPS_MARK).getBytes("UTF-8");
    assertThat(strip("text/plain", text)).isEqualTo(text);
  }

  /** A file cut short is kept up to where it breaks, nothing read past it. */
  @Test
  void aTruncatedJpegStopsWhereItsStructureBreaks() throws IOException {
    byte[] original = Fixtures.jpegWithGps();
    byte[] cut = Arrays.copyOf(original, 30);
    byte[] stripped = strip("image/jpeg", cut);
    assertThat(stripped).hasSizeLessThanOrEqualTo(30);
    assertThat(Fixtures.contains(stripped, "Exif")).isFalse();
  }

  private byte[] strip(String type, byte[] bytes) throws IOException {
    Path in = Files.write(dir.resolve("in"), bytes);
    Path out = dir.resolve("out");
    Files.deleteIfExists(out);
    LocationStripper.strip(type, in, out);
    return Files.readAllBytes(out);
  }

  private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
    assertThat(actual).isNotNull();
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int x = 0; x < actual.getWidth(); x++) {
      for (int y = 0; y < actual.getHeight(); y++) {
        assertThat(actual.getRGB(x, y)).isEqualTo(expected.getRGB(x, y));
      }
    }
  }
}
