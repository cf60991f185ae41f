package dev.relay.admin;

import dev.relay.accounts.PasswordRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A password handed over in a file, so that it stays out of the process list and the shell's history. The file
 * holds the password as UTF-8; one line break at its end (as an editor or {@code echo} leaves) is not part of it.
 * Refusals name the file, never what it holds.
 */
final class PasswordFile {

  /** A password at its longest with a CRLF after it; more is read only to tell that there is more. */
  private static final int MAX_FILE_BYTES = PasswordRules.MAX_BYTES + 2;

  private PasswordFile() {
  }

  static String read(Path file) throws Refusal {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw cannotRead(file, "no such file");
    } catch (AccessDeniedException e) {
      throw cannotRead(file, "permission denied");
    } catch (IOException e) {
      throw cannotRead(file, e.getMessage());
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new Refusal("a password may have at most " + PasswordRules.MAX_BYTES + " bytes (password file " + file + ")");
    }
    return withoutFinalLineBreak(decode(file, bytes));
  }

  private static String decode(Path file, byte[] bytes) throws Refusal {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw cannotRead(file, "not UTF-8 text");
    }
  }

  private static String withoutFinalLineBreak(String text) {
    if (text.endsWith("\r\n")) {
      return text.substring(0, text.length() - 2);
    }
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  private static Refusal cannotRead(Path file, String why) {
    return new Refusal("cannot read the password file " + file + ": " + why);
  }
}
