# Relay server image. Build the jar first: mvn -B package -DskipTests && docker build -t relay:0.1.0 .
# The tag is pinned so builds repeat; in production pin the digest too (eclipse-temurin:17.0.13_11-jre@sha256:...)
# and bump both deliberately.
FROM eclipse-temurin:17.0.13_11-jre

# A fixed numeric non-root user, so Kubernetes' runAsNonRoot can verify it (deployment.yaml runs as 10001).
RUN groupadd --system --gid 10001 relay \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin relay

# The working directory matters: the server reads conf/relay.json under it, which Kubernetes mounts from
# the ConfigMap relay-config at /app/conf. Without it the defaults built into the jar apply.
WORKDIR /app
COPY target/relay.jar /app/relay.jar
USER 10001:10001

# chat (clients), Hazelcast member port, clustered event bus
EXPOSE 5000 5701 5801 8080

# Exec form, so java is PID 1 and receives SIGTERM itself (Relay's graceful shutdown).
# MaxRAMPercentage sizes the heap from the container's memory limit; ExitOnOutOfMemoryError lets
# Kubernetes restart a broken JVM; the cache dir is under /tmp because the root filesystem is read-only;
# the JDK internals Hazelcast asks for are opened by the jar's manifest (Add-Opens). The serial collector with a fixed 64 MB young
# generation keeps resident memory close to the live heap, 4-6 KB per idle connection where the default
# G1 took over three times that (docs/PERFORMANCE.md, "Memory"); below 2 CPUs or 1792 MB the JVM picks it anyway.
ENTRYPOINT ["java", \
  "-XX:+UseSerialGC", \
  "-Xmn64m", \
  "-XX:MaxRAMPercentage=75", \
  "-XX:+ExitOnOutOfMemoryError", \
  "-Djava.net.preferIPv4Stack=true", \
  "-Dvertx.cacheDirBase=/tmp/vertx-cache", \
  "-jar", "/app/relay.jar"]
