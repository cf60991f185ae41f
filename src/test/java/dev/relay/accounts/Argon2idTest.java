package dev.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/**
 * Argon2id with cheap parameters, and interoperability with libargon2: the vectors are the Argon2id cases of
 * the reference implementation's own test suite (P-H-C/phc-winner-argon2 {@code src/test.c} at f57e61e,
 * {@code hashtest(version, t, log2 m, p, "password", "somesalt", ...)} with version 0x13); the first is what
 * its CLI prints for {@code echo -n password | argon2 somesalt -id -t 2 -m 8 -p 1}.
 */
class Argon2idTest {

  private static final Argon2id.Parameters CHEAP = new Argon2id.Parameters(64, 1, 1);
  private final Argon2id argon2 = new Argon2id(CHEAP, new SecureRandom());

  @Test
  void verifiesTheReferenceImplementationsVectors() {
    assertThat(argon2.verify("password", "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ"
        + "$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")).isEqualTo(Argon2id.Check.MATCH);
    assertThat(argon2.verify("password", "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ"
        + "$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc")).isEqualTo(Argon2id.Check.MATCH);
    assertThat(argon2.verify("differentpassword", "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ"
        + "$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")).isEqualTo(Argon2id.Check.MISMATCH);
  }

  @Test
  void verifiesTheReferenceVectorAtSixtyFourMebibytes() {
    assertThat(argon2.verify("password", "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ"
        + "$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")).isEqualTo(Argon2id.Check.MATCH);
  }

  @Test
  void writesThePhcStringLibargon2Writes() throws Exception {
    PhcString reference = PhcString.parse("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ"
        + "$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4");
    assertThat(reference.format()).isEqualTo("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ"
        + "$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4");
  }

  @Test
  void newHashesCarryTheirParametersSaltAndLength() throws Exception {
    String phc = argon2.hash("correct horse");
    assertThat(phc).matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(argon2.verify("correct horse", phc)).isEqualTo(Argon2id.Check.MATCH);
    assertThat(argon2.verify("correct horsE", phc)).isEqualTo(Argon2id.Check.MISMATCH);
    assertThat(argon2.hash("correct horse")).as("a fresh salt each time").isNotEqualTo(phc);
  }

  @Test
  void theDefaultIsOwaspsMinimum() {
    assertThat(new Argon2id().parameters()).isEqualTo(new Argon2id.Parameters(19456, 2, 1));
  }

  @Test
  void hashesBelowTheCurrentParametersNeedARehash() {
    Argon2id owasp = new Argon2id(Argon2id.Parameters.OWASP, new SecureRandom());
    String cheap = argon2.hash("pw");
    assertThat(owasp.needsRehash(cheap)).isTrue();
    assertThat(argon2.needsRehash(cheap)).isFalse();
    assertThat(owasp.needsRehash("$argon2id$v=19$m=19456,t=1,p=1$c29tZXNhbHRzb21lc2FsdA"
        + "$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")).as("fewer iterations").isTrue();
    assertThat(owasp.needsRehash("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ"
        + "$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")).as("8-byte salt").isTrue();
    assertThat(owasp.needsRehash("$argon2id$v=19$m=19456,t=2,p=4$c29tZXNhbHRzb21lc2FsdA"
        + "$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")).as("more lanes, same cost").isFalse();
    assertThat(owasp.needsRehash("$argon2id$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA"
        + "$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")).as("version 16").isTrue();
    assertThat(owasp.needsRehash("$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"))
        .as("another variant").isTrue();
  }

  @Test
  void malformedStringsAreNamedNeverThrown() {
    String[] malformed = {
        null,
        "",
        "hunter2",
        "$2y$10$abcdefghijklmnopqrstuv",
        "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=18$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=4,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ=$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHR$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4$",
        "$argon2id$v=19$m=256,t=2,p=1,keyid=x$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
    };
    for (String phc : malformed) {
      assertThat(argon2.verify("password", phc)).as(String.valueOf(phc)).isEqualTo(Argon2id.Check.MALFORMED);
      assertThat(Argon2id.problemWith(phc)).as(String.valueOf(phc)).isNotBlank();
      assertThat(argon2.needsRehash(phc)).isTrue();
    }
  }
}
