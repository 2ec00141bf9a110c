package org.festserver.tools.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a real HTTP server on the loopback (the JDK's), short runs. */
final class HttpLoadTest {
  private HttpServer server;
  private String url;
  private final AtomicInteger checks = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/api/v1/health", exchange -> answer(exchange, 200, "{\"status\":\"up\"}", false));
    server.createContext("/api/v1/search", exchange -> {
      boolean packs = exchange.getRequestURI().getQuery().contains("kinds=pack");
      StringBuilder packHits = new StringBuilder("[");
      for (int i = 0; i < 12; i++) {
        packHits.append(i == 0 ? "" : ",").append("{\"kind\":\"pack\",\"itemNumber\":\"1000").append(10 + i).append("\"}");
      }
      String hits = packs ? packHits.append(']').toString() : "[{\"kind\":\"brand\",\"name\":\"Zocorex Tab 20 mg\"}]";
      // chunked (length 0) for searches, Content-Length elsewhere: the client must read both
      answer(exchange, 200, "{\"hits\":" + hits + ",\"next\":null}", true);
    });
    server.createContext("/api/v1/packs/", exchange -> answer(exchange,
        exchange.getRequestURI().getPath().endsWith("/100013") ? 404 : 200, "{}", false));
    server.createContext("/api/v1/interactions/check", exchange -> {
      exchange.getRequestBody().readAllBytes();
      checks.incrementAndGet();
      answer(exchange, 200, "{\"interactions\":[]}", false);
    });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Workload workload(String name, Map<EndpointClass, Double> mix) {
    return new Workload(name, 1, 3, Duration.ofMillis(400), Duration.ofMillis(100), mix, 10, false);
  }

  @Test
  void aRunMeasuresTheFloorBeforeAndAfterAndEachClassOfTheMix() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    LoadRun run = LoadCommand.run(url, List.of(workload("mix",
        Map.of(EndpointClass.TYPEAHEAD, 1.0, EndpointClass.CHECK, 1.0))), 0, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(run.floorBefore().result().throughput(EndpointClass.HEALTH)).isPositive();
    assertThat(run.floorAfter().result().throughput(EndpointClass.HEALTH)).isPositive();
    PhaseResult mix = run.phase("mix").result();
    assertThat(mix.latencies()).containsOnlyKeys(EndpointClass.TYPEAHEAD, EndpointClass.CHECK);
    assertThat(mix.totalErrors()).isZero();
    assertThat(mix.timedOut()).isZero();
    assertThat(checks.get()).isPositive();

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    run.print(new PrintStream(table, true, StandardCharsets.UTF_8));
    assertThat(table.toString(StandardCharsets.UTF_8))
        .contains("floor (before)", "floor (after)", "typeahead", "check", "of floor");
  }

  @Test
  void answersThatAreNotSuccessesCountAsErrorsNotAsThroughput() throws Exception {
    HttpLoad http = new HttpLoad(url);
    CatalogSample sample = CatalogSample.fetch(url, 1, 1);
    assertThat(sample.itemNumbers()).hasSize(12).contains("100010", "100013");

    PhaseResult result = http.run(workload("pack", Map.of(EndpointClass.PACK, 1.0)), sample);

    assertThat(result.errors(EndpointClass.PACK)).isPositive();
    assertThat(result.firstError()).contains("status 404");
    assertThat(result.throughput(EndpointClass.PACK)).isPositive();
  }
}
