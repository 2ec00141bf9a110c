package org.festserver.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.testing.TestDatasets;
import org.festserver.server.CatalogServer;
import org.festserver.server.ServerConfig;

/**
 * The real server wiring on 127.0.0.1 and an ephemeral port, over a real dataset built from an M30 file. Use with
 * try-with-resources.
 */
public final class TestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DatasetManager datasets;
  private final CatalogServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  private TestServer(DatasetManager datasets, ServerConfig config, Clock clock) {
    this.datasets = datasets;
    this.server = new CatalogServer(config, datasets, clock);
    int port = server.start();
    this.base = "http://127.0.0.1:" + port;
  }

  /** Starts a server over a dataset loaded from {@code festFile} into {@code dataDir}. */
  public static TestServer start(Path festFile, Path dataDir) {
    return start(festFile, dataDir, Clock.systemUTC());
  }

  public static TestServer start(Path festFile, Path dataDir, Clock clock) {
    DatasetManager datasets = TestDatasets.load(festFile, dataDir);
    return new TestServer(datasets, ServerConfig.forTests(dataDir), clock);
  }

  /** Starts a server with admin endpoints (token {@code adminToken}) over a dataset loaded from {@code festFile}. */
  public static TestServer startWithAdmin(Path festFile, Path dataDir, String adminToken) {
    return new TestServer(TestDatasets.load(festFile, dataDir), ServerConfig.forTests(dataDir).withAdminToken(adminToken),
        Clock.systemUTC());
  }

  /** Starts a server over whatever the data directory holds (possibly nothing). */
  public static TestServer startOn(DatasetManager datasets, ServerConfig config) {
    return new TestServer(datasets, config, Clock.systemUTC());
  }

  public String baseUrl() {
    return base;
  }

  /** The production wiring under test (e.g. its route table). */
  public CatalogServer catalogServer() {
    return server;
  }

  public DatasetManager datasets() {
    return datasets;
  }

  /** GET a path (starting with /), returning status, headers and parsed JSON body. */
  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** POST a JSON body. */
  public Response postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /** A request to a path (starting with /) on this server, for custom headers and methods. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  /** GET with {@code Authorization: Bearer token}. */
  public Response getAsAdmin(String path, String token) {
    return send(request(path).header("Authorization", "Bearer " + token).GET().build());
  }

  /** POST a multipart upload with {@code Authorization: Bearer token} (none when null). */
  public Response upload(String path, Multipart body, String token) {
    HttpRequest.Builder request = request(path).header("Content-Type", body.contentType()).POST(body.publisher());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** The server wiring under test. */
  public CatalogServer server() {
    return server;
  }

  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
    datasets.close();
  }

  /** A response with its JSON body parsed on demand. */
  public static final class Response {
    private final HttpResponse<String> raw;

    Response(HttpResponse<String> raw) {
      this.raw = raw;
    }

    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + raw.statusCode() + "): " + raw.body(), e);
      }
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + raw.body();
    }
  }
}
