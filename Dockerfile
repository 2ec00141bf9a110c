# syntax=docker/dockerfile:1
# FEST server image: built from source in a Maven + JDK 17 stage, run on a JRE 17 as a non-root user.
#   docker build -t fest-server:0.1.0 .
#   docker run --read-only --tmpfs /tmp -v fest-data:/data -p 8080:8080 fest-server:0.1.0
# The root file system can be read-only: the server writes only to /data (datasets, jobs) and /tmp (tmpfs).
# docs/operations.md has the load, update, rollback and backup procedures; docs/scaling.md the replicas.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY model model
COPY indexer indexer
COPY server server
COPY tools/pom.xml tools/pom.xml
COPY data data
# The cache mount keeps downloaded dependencies between builds; tests run in CI, not in the image build.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -pl server -am package -DskipTests \
 && cp server/target/fest-server.jar /fest-server.jar

FROM eclipse-temurin:17-jre AS run
# curl only for the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 fest \
 && useradd --system --uid 10001 --gid fest --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin fest \
 && mkdir -p /data \
 && chown 10001:10001 /data
COPY --from=build /fest-server.jar /app/fest-server.jar
ENV FEST_DATA_DIR=/data \
    FEST_HOST=0.0.0.0 \
    FEST_PORT=8080 \
    FEST_CONFIG=/etc/fest-server/fest-server.properties \
    FEST_LOG_FORMAT=json \
    JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=50 -XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
VOLUME ["/data"]
WORKDIR /data
EXPOSE 8080
USER 10001:10001
HEALTHCHECK --interval=15s --timeout=3s --start-period=120s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${FEST_PORT}/api/v1/health/ready" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/fest-server.jar"]
