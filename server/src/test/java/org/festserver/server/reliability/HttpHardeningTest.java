package org.festserver.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.testing.TestDatasets;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.ServerConfig;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 5: the HTTP listener's limits. Requests refused before they reach a route (bad URI, too long, too
 * large headers, garbage) still answer problem+json without a stack trace; bodies are bounded; idle connections
 * are closed; CORS is off unless configured; the public API is read-only; every admin route needs the token.
 */
final class HttpHardeningTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "hardening-token";

  @TempDir
  static Path temp;

  static TestServer server;

  @BeforeAll
  static void start() {
    Path data = temp.resolve("data");
    server = TestServer.startOn(TestDatasets.load(TestFiles.copy(TestFiles.REAL_SAMPLE, temp), data),
        ServerConfig.forTests(data).withAdminToken(TOKEN)
            .withHttp(ServerConfig.Http.DEFAULT.withIdleTimeoutSeconds(1)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void assertProblem(RawHttp.Reply reply, int status, String code) throws Exception {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.text()).containsIgnoringCase("Content-Type: application/problem+json");
    JsonNode problem = JSON.readTree(reply.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("code").asText()).isEqualTo(code);
    assertNoTrace(reply.text());
  }

  private static void assertNoTrace(String text) {
    assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
        .doesNotContain("<html").doesNotContainIgnoringCase("jetty");
  }

  @Test
  @DisplayName("a malformed percent-encoding in the path is 400 bad-request as problem+json, not Jetty's HTML page")
  void malformedUriIsAProblem() throws Exception {
    assertProblem(RawHttp.send(server.baseUrl(), "GET /api/v1/packs/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
        400, "bad-request");
  }

  @Test
  void aNulByteInThePathIsABadRequest() throws Exception {
    assertProblem(RawHttp.send(server.baseUrl(), "GET /api/v1/packs/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
        400, "bad-request");
  }

  @Test
  @DisplayName("a URI longer than max-header-bytes is 414 uri-too-long")
  void aTooLongUriIs414() throws Exception {
    String q = "a".repeat(20_000);
    assertProblem(RawHttp.send(server.baseUrl(), "GET /api/v1/search?q=" + q + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
        414, "uri-too-long");
  }

  @Test
  @DisplayName("headers larger than max-header-bytes are 431 headers-too-large")
  void tooLargeHeadersAre431() throws Exception {
    assertProblem(RawHttp.send(server.baseUrl(), "GET /api/v1/status HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n"), 431, "headers-too-large");
  }

  @Test
  void aGarbageRequestLineIsABadRequestWithoutATrace() throws Exception {
    RawHttp.Reply reply = RawHttp.send(server.baseUrl(), "GARBAGE\u0001\u0002 WHAT\r\n\r\n");
    assertThat(reply.status()).isEqualTo(400);
    assertNoTrace(reply.text());
  }

  @Test
  void aBadContentLengthIsABadRequestWithoutATrace() throws Exception {
    RawHttp.Reply reply = RawHttp.send(server.baseUrl(),
        "POST /api/v1/interactions/check HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}");
    assertThat(reply.status()).isEqualTo(400);
    assertNoTrace(reply.text());
  }

  @Test
  @DisplayName("a JSON body above max-body-bytes is 413 payload-too-large, also when sent chunked")
  void aTooLargeBodyIs413() throws Exception {
    String items = "{\"items\":[" + "\"100010\",".repeat(120_000) + "\"100010\"]}";
    TestServer.Response sized = server.postJson("/api/v1/interactions/check", items);
    assertThat(sized.status()).isEqualTo(413);
    assertThat(sized.json().get("code").asText()).isEqualTo("payload-too-large");

    StringBuilder chunked = new StringBuilder("POST /api/v1/interactions/check HTTP/1.1\r\nHost: x\r\n"
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    for (int i = 0; i < 20; i++) {
      String chunk = " ".repeat(60_000);
      chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
    }
    chunked.append("0\r\n\r\n");
    assertProblem(RawHttp.send(server.baseUrl(), chunked.toString()), 413, "payload-too-large");
  }

  @Test
  @DisplayName("a client that stops sending in the middle of its headers is disconnected after the idle timeout")
  void aStalledRequestIsClosedAfterTheIdleTimeout() throws Exception {
    // idle timeout 1 s in this test; the read below gives up only after 60 s
    RawHttp.Reply reply = RawHttp.send(server.baseUrl(),
        "GET /api/v1/status HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 60_000);
    assertThat(reply.closed()).as("closed by the server: " + reply.text()).isTrue();
    assertNoTrace(reply.text());
  }

  @Test
  @DisplayName("a client that stops sending its body is disconnected after the idle timeout")
  void aStalledBodyIsClosedAfterTheIdleTimeout() throws Exception {
    RawHttp.Reply reply = RawHttp.send(server.baseUrl(), ("POST /api/v1/interactions/check HTTP/1.1\r\nHost: x\r\n"
        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"items\":[").getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        60_000);
    assertThat(reply.closed()).as("closed by the server: " + reply.text()).isTrue();
    assertNoTrace(reply.text());
  }

  @Test
  void responsesDoNotNameTheServerSoftware() {
    TestServer.Response response = server.get("/api/v1/health");
    assertThat(response.header("Server")).isNull();
    assertThat(response.header("X-Powered-By")).isNull();
  }

  @Test
  @DisplayName("CORS is off by default: no Access-Control headers, whatever the Origin")
  void corsIsOffByDefault() {
    TestServer.Response response = server.send(server.request("/api/v1/packs/014884").header("Origin", "https://ehr.example")
        .GET().build());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  @DisplayName("with --cors-origins, an allowed origin gets CORS headers and a 204 preflight; another origin gets none")
  void corsForConfiguredOrigins() {
    Path data = temp.resolve("cors-data");
    try (TestServer cors = TestServer.startOn(TestDatasets.load(TestFiles.copy(TestFiles.REAL_SAMPLE, temp), data),
        ServerConfig.forTests(data).withHttp(ServerConfig.Http.DEFAULT.withCorsOrigins(List.of("https://ehr.example"))))) {
      TestServer.Response allowed = cors.send(cors.request("/api/v1/packs/014884").header("Origin", "https://ehr.example")
          .GET().build());
      assertThat(allowed.status()).isEqualTo(200);
      assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://ehr.example");
      assertThat(allowed.header("Access-Control-Expose-Headers")).contains("FEST-Hentet-Dato");

      TestServer.Response preflight = cors.send(cors.request("/api/v1/interactions/check")
          .header("Origin", "https://ehr.example").header("Access-Control-Request-Method", "POST")
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");

      TestServer.Response other = cors.send(cors.request("/api/v1/packs/014884").header("Origin", "https://evil.example")
          .GET().build());
      assertThat(other.status()).isEqualTo(200);
      assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }
  }

  private static List<ParsedEndpoint> endpoints() {
    return server.server().javalin().unsafe.internalRouter.allHttpHandlers();
  }

  @Test
  @DisplayName("the public API is read-only: every route that is not GET is an admin route or POST /interactions/check")
  void thePublicApiIsReadOnly() {
    Set<HandlerType> reading = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    List<String> writing = endpoints().stream()
        .map(p -> p.endpoint)
        .filter(e -> e.method.isHttpMethod() && !reading.contains(e.method))
        .map(e -> e.method + " " + e.path)
        .filter(route -> !route.startsWith("POST /api/v1/admin/") && !route.equals("POST /api/v1/interactions/check"))
        .collect(Collectors.toList());
    assertThat(endpoints()).isNotEmpty();
    assertThat(writing).isEmpty();
  }

  @Test
  @DisplayName("every admin route answers 401 without the token and with a wrong one, and never runs")
  void everyAdminRouteNeedsTheToken() {
    List<io.javalin.router.Endpoint> admin = endpoints().stream().map(p -> p.endpoint)
        .filter(e -> e.method.isHttpMethod() && e.path.startsWith("/api/v1/admin")).toList();
    assertThat(admin).hasSizeGreaterThanOrEqualTo(4);
    for (io.javalin.router.Endpoint endpoint : admin) {
      String path = endpoint.path.replaceAll("\\{[^}]+}", "1");
      for (String authorization : new String[] {null, "Bearer wrong", "Basic " + TOKEN, "Bearer"}) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path + "?mode=full"))
            .method(endpoint.method.name(), HttpRequest.BodyPublishers.ofString("x"));
        if (authorization != null) {
          request.header("Authorization", authorization);
        }
        TestServer.Response response = server.send(request.build());
        assertThat(response.status()).as(endpoint.method + " " + path + " with " + authorization).isEqualTo(401);
        assertThat(response.json().get("code").asText()).isEqualTo("admin-token-required");
      }
    }
    assertThat(server.server().updates().jobs(10)).isEmpty();
  }
}
