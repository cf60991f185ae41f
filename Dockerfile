# syntax=docker/dockerfile:1
# Relay server image, built from a clean checkout with one command:
#   docker build -t relay:0.1.0 .
# Both base images are pinned by digest (the tag says which release it is); bump them deliberately, or let
# Renovate or Dependabot propose the bumps.

# Build: the fat jar, tests skipped (CI runs them). Maven's downloads stay in a BuildKit cache between builds.
FROM maven:3.9.9-eclipse-temurin-17@sha256:f58d59b6273e785ac0a4477f6e9b5ba1d7731c75b906c0f7b34076f1851318cc AS build
WORKDIR /src
COPY pom.xml ./
COPY conf conf
COPY src src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests

# Run: the JRE and the jar.
FROM eclipse-temurin:17.0.15_6-jre@sha256:e46d19ca8758322d37a4f26150d63e5038b5974ea999667bf698a92449cbb108
LABEL org.opencontainers.image.title="Relay" \
      org.opencontainers.image.description="A reactive TCP chat server on Vert.x 5" \
      org.opencontainers.image.version="0.1.0"

# A fixed numeric non-root user, so Kubernetes' runAsNonRoot can verify it (deployment.yaml runs as 10001).
RUN groupadd --system --gid 10001 relay \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin relay

# The working directory matters: the server reads conf/relay.json under it, which Kubernetes mounts from
# the ConfigMap relay-config at /app/conf. Without it the defaults built into the jar apply.
WORKDIR /app
COPY --from=build /src/target/relay.jar /app/relay.jar
COPY bin/relay /app/bin/relay
USER 10001:10001

# chat, TLS chat (when tls.enabled), Hazelcast member port, clustered event bus (Hazelcast port + 100), IRC,
# IRC over TLS (when tls.enabled), operator HTTP
EXPOSE 5000 5001 5701 5801 6667 6697 8000 8080

# The server runs through bin/relay, the README's launcher, which carries the JVM flags Relay's figures were
# measured with (the serial collector, a 16 MB young generation, native memory given back every second:
# docs/PERFORMANCE.md, "JVM flags"); JAVA_OPTS overrides them. The container's own flags are in a variable so
# that `docker run -e JDK_JAVA_OPTIONS=...` or a Deployment's env can change them without a new image. The heap takes 60 % of the container's memory
# limit and Netty's direct buffers at most 128 MB (by default they may grow as large as the heap); a JVM out
# of memory exits so that it is restarted; the cache dir is under /tmp because the root filesystem is
# read-only on Kubernetes. The JDK internals Hazelcast asks for are opened by the jar's manifest.
ENV RELAY_JAR=/app/relay.jar
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=60 -XX:MaxDirectMemorySize=128m -XX:+ExitOnOutOfMemoryError -Djava.net.preferIPv4Stack=true -Dvertx.cacheDirBase=/tmp/vertx-cache"

# Exec form, and the launcher execs java, so java is PID 1 and receives SIGTERM itself (graceful shutdown).
ENTRYPOINT ["/app/bin/relay"]
