package org.festserver.tools.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** A small HTTP client for one server: GET, POST JSON and admin uploads, answers as status plus body text. */
final class Api {
  record Answer(int status, String body) {
    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private final HttpClient http;
  private final String base;
  private final String adminToken;
  private final Duration timeout;

  Api(int port, String adminToken, Duration timeout) {
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    this.base = "http://127.0.0.1:" + port;
    this.adminToken = adminToken;
    this.timeout = timeout;
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  Answer postJson(String path, String json) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** {@code POST /api/v1/admin/fest?mode=…&force=…} with the file as multipart field {@code file}. */
  CompletableFuture<Answer> uploadAsync(Path file, String mode, boolean force) {
    String boundary = "----fest-reliability-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    try {
      body.writeBytes(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = request("/api/v1/admin/fest?mode=" + mode + "&force=" + force)
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + adminToken)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(r -> new Answer(r.statusCode(), r.body()));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }
}
