package dev.relay.deploy;

import static dev.relay.deploy.Manifests.mapAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Dockerfile builds the jar itself, runs it as the Deployment expects, and fits the memory limit. */
class DockerImageTest {

  private static final Pattern DIGEST = Pattern.compile("@sha256:[0-9a-f]{64}(\\s|$)");
  /** Metaspace, code cache, thread stacks and the JVM's own: what the JVM takes besides heap and direct memory. */
  private static final long JVM_OVERHEAD_MIB = 200;

  @Test
  void buildsFromACleanCheckoutOnBaseImagesPinnedByDigest() throws IOException {
    Dockerfile dockerfile = Dockerfile.read();
    assertThat(dockerfile.all("FROM")).hasSize(2).allSatisfy(from -> assertThat(DIGEST.matcher(from).find())
        .as("pinned by digest: %s", from).isTrue());
    assertThat(dockerfile.all("RUN")).anyMatch(run -> run.contains("mvn") && run.contains("package"));
    List<String> context = Files.readAllLines(Path.of(".dockerignore")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(context).as(".dockerignore lets in what the build needs").contains("!pom.xml", "!src/", "!conf/");
  }

  @Test
  void exposesTheContainerPortsAndRunsTheJarItBuiltThroughTheLauncher() {
    Dockerfile dockerfile = Dockerfile.read();
    Set<Integer> exposed = dockerfile.all("EXPOSE").stream()
        .flatMap(line -> List.of(line.split("\\s+")).stream())
        .map(port -> Integer.valueOf(port.replace("/tcp", "")))
        .collect(Collectors.toSet());
    assertThat(exposed).isEqualTo(Set.copyOf(RelayPod.ports().values()));
    String copy = dockerfile.all("COPY").stream().filter(c -> c.contains("target/relay.jar ")).findFirst()
        .orElse("(no COPY of target/relay.jar)");
    assertThat(copy).startsWith("--from=build ");
    String jar = copy.substring(copy.lastIndexOf(' ') + 1).strip();
    String launcher = dockerfile.all("COPY").stream().filter(c -> c.startsWith("bin/relay ")).findFirst()
        .map(c -> c.substring(c.lastIndexOf(' ') + 1).strip()).orElse("(no COPY of bin/relay)");
    assertThat(dockerfile.entrypoint()).as("the README's launcher, bin/relay").containsExactly(launcher);
    assertThat(dockerfile.env("RELAY_JAR")).as("the jar the launcher runs").isEqualTo(jar);
  }

  @Test
  void theDeploymentKeepsEveryJvmFlagOfTheImage() {
    List<String> image = List.of(Dockerfile.read().env("JDK_JAVA_OPTIONS").split("\\s+"));
    assertThat(image).contains("-XX:+ExitOnOutOfMemoryError").anyMatch(f -> f.startsWith("-XX:MaxRAMPercentage="))
        .anyMatch(f -> f.startsWith("-XX:MaxDirectMemorySize="));
    assertThat(RelayPod.jvmFlags()).containsAll(image);
  }

  @Test
  void heapDirectMemoryAndTheJvmFitTheGuaranteedMemory() {
    Map<String, Object> requests = mapAt(RelayPod.container(), "resources", "requests");
    Map<String, Object> limits = mapAt(RelayPod.container(), "resources", "limits");
    assertThat(requests).containsKeys("cpu", "memory");
    assertThat(requests.get("memory")).as("memory request = limit").isEqualTo(limits.get("memory"));
    long limitMib = mebibytes((String) limits.get("memory"));
    long heapMib = limitMib * percent(RelayPod.jvmFlags()) / 100;
    long directMib = mebibytes(flag(RelayPod.jvmFlags(), "-XX:MaxDirectMemorySize=").toUpperCase().replace("M", "Mi"));
    assertThat(heapMib + directMib + JVM_OVERHEAD_MIB).as("heap %d + direct %d + JVM %d MiB against the limit",
        heapMib, directMib, JVM_OVERHEAD_MIB).isLessThanOrEqualTo(limitMib);
  }

  private static int percent(List<String> flags) {
    return (int) Double.parseDouble(flag(flags, "-XX:MaxRAMPercentage="));
  }

  private static String flag(List<String> flags, String prefix) {
    return flags.stream().filter(f -> f.startsWith(prefix)).map(f -> f.substring(prefix.length())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + prefix + " in " + flags));
  }

  /** {@code 1Gi}, {@code 512Mi}, {@code 128Mi} in MiB. */
  private static long mebibytes(String quantity) {
    Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
    assertThat(m.matches()).as("quantity %s", quantity).isTrue();
    return Long.parseLong(m.group(1)) * (m.group(2).equals("Gi") ? 1024 : 1);
  }
}
