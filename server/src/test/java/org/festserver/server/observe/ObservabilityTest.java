package org.festserver.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.testing.TestDatasets;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.Main;
import org.festserver.server.pharmacy.PharmacyEndpointsTestAccess;
import org.festserver.server.testing.JobWait;
import org.festserver.server.testing.Multipart;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code /metrics} in the Prometheus format and the access log. */
final class ObservabilityTest {
  @TempDir Path dir;

  @Test
  void metricsHaveARequestHistogramPerRouteAndTheDatasetsHentetDato() {
    try (TestServer server = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("data"))) {
      server.get("/api/v1/status");
      server.get("/api/v1/nothing-here");
      TestServer.Response metrics = server.get("/metrics");
      assertThat(metrics.status()).isEqualTo(200);
      assertThat(metrics.contentType()).startsWith("text/plain");
      assertThat(metrics.body())
          .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",route=\"/api/v1/status\",status=\"200\"} 1")
          .contains("route=\"unmatched\",status=\"404\"")
          .contains("http_server_requests_seconds_bucket{")
          .contains("fest_dataset_hentet_dato_seconds 1.492021587E9")
          .contains("fest_dataset_entities 403.0")
          .contains("jvm_memory_used_bytes");
    }
  }

  @Test
  void accessLogHasOneLinePerRequestWithLatencyAndNoQueryValues() {
    Logger access = (Logger) LoggerFactory.getLogger("access");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    access.addAppender(lines);
    Level before = access.getLevel();
    access.setLevel(Level.INFO);
    try (TestServer server = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("data"))) {
      server.get("/api/v1/status?age=42&sex=2");
    } finally {
      access.detachAppender(lines);
      access.setLevel(before);
    }
    assertThat(lines.list).singleElement().satisfies(line -> {
      assertThat(line.getFormattedMessage()).matches("GET /api/v1/status 200 \\d+\\.\\d\\dms");
      assertThat(line.getFormattedMessage()).doesNotContain("42").doesNotContain("sex");
    });
  }

  @Test
  void cacheHitsAndMissesAreCountedPerCacheAndKeepCountingAcrossADatasetSwitch() throws Exception {
    Path sample = TestFiles.copy(TestFiles.REAL_SAMPLE, dir);
    try (TestServer server = TestServer.start(sample, dir.resolve("data"))) {
      server.get("/api/v1/search?q=ibux");
      server.get("/api/v1/search?q=ibux");
      assertThat(metric(server, "cache_gets_total{cache=\"search\",result=\"miss\"}")).isEqualTo(1.0);
      assertThat(metric(server, "cache_gets_total{cache=\"search\",result=\"hit\"}")).isEqualTo(1.0);

      DatasetManifest next = new DatasetBuilder(server.datasets().data()).buildFull(sample, BuildProgress.Listener.NONE);
      server.datasets().activate(next.id());
      server.get("/api/v1/search?q=ibux");
      server.get("/api/v1/packs/" + server.get("/api/v1/search?q=a&kinds=pack").json().at("/hits/0/itemNumber").asText());

      String scrape = server.get("/metrics").body();
      // the new dataset's cache counts into the same meter: one series per cache and result, never one per dataset
      assertThat(metric(server, "cache_gets_total{cache=\"search\",result=\"miss\"}")).isEqualTo(3.0);
      assertThat(scrape.lines().filter(l -> l.startsWith("cache_gets_total{cache=\"search\",result=\"miss\"}")))
          .hasSize(1);
      assertThat(scrape).contains("cache_gets_total{cache=\"product\",result=\"miss\"} 1.0");
    }
  }

  private static double metric(TestServer server, String series) {
    return server.get("/metrics").body().lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
        .findFirst().orElseThrow(() -> new AssertionError("no series " + series));
  }

  @Test
  void withFestLogFormatJsonEveryLogLineIsAJsonObjectAndTheAccessLineHasNoQueryValues() throws Exception {
    Path data = dir.resolve("data");
    TestDatasets.load(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), data).close();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java,
        // the production logback.xml, not the tests' logback-test.xml that is also on the class path
        "-Dlogback.configurationFile=" + Main.class.getResource("/logback.xml"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--host", "127.0.0.1", "--port", "0", "--data-dir", data.toString())
        .directory(dir.toFile())
        .redirectError(dir.resolve("stderr.log").toFile());
    builder.environment().put("FEST_LOG_FORMAT", "json");
    builder.environment().put("FEST_CONFIG", dir.resolve("none.properties").toString());
    Process server = builder.start();
    try {
      BufferedReader stdout = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String listening = stdout.readLine();
      assertThat(listening).as(Files.readString(dir.resolve("stderr.log"))).startsWith("listening on http://");
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(listening.substring("listening on ".length()) + "/api/v1/status?age=42&sex=2"))
              .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
    } finally {
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("stderr.log"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        lines.add(json.readTree(line)); // every line parses as one JSON object
      }
    }
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.has("level") && line.has("loggerName")).isTrue());
    assertThat(lines).filteredOn(line -> line.path("loggerName").asText().equals("access"))
        .singleElement().satisfies(line -> {
          String message = line.path("formattedMessage").asText();
          assertThat(message).matches("GET /api/v1/status 200 \\d+\\.\\d\\dms");
          assertThat(line.toString()).doesNotContain("age=").doesNotContain("sex").doesNotContain("?");
        });
  }

  @Test
  void everyUpdateJobIsTimedByTypeAndOutcome() {
    String token = "metrics-test";
    try (TestServer server = TestServer.startWithAdmin(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("data"), token)) {
      String accepted = upload(server, token, "/api/v1/admin/pharmacies", PharmacyEndpointsTestAccess.sample());
      assertThat(JobWait.finished(server, accepted, token).path("state").asText()).isEqualTo("succeeded");
      // the same file again is not newer: refused by its job
      String stale = upload(server, token, "/api/v1/admin/fest?mode=full", TestFiles.copy(TestFiles.REAL_SAMPLE, dir));
      assertThat(JobWait.finished(server, stale, token).path("state").asText()).isEqualTo("failed");

      assertThat(metric(server, "fest_job_seconds_count{outcome=\"succeeded\",type=\"pharmacies\"}")).isEqualTo(1.0);
      assertThat(metric(server, "fest_job_seconds_count{outcome=\"failed\",type=\"fest-full\"}")).isEqualTo(1.0);
      assertThat(server.get("/metrics").body()).contains("fest_job_seconds_bucket{outcome=\"failed\",type=\"fest-full\",le=\"1.0\"}");
    }
  }

  private static String upload(TestServer server, String token, String path, Path file) {
    Multipart body = Multipart.file(file);
    TestServer.Response response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", body.contentType())
        .POST(body.publisher()).build());
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    return response.header("Location");
  }
}
