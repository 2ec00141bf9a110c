package org.festserver.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.festserver.indexer.testing.TestFiles;
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
}
