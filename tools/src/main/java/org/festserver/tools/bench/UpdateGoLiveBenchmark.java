package org.festserver.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.FestLoader;
import org.festserver.server.CatalogServer;
import org.festserver.server.ServerConfig;

/**
 * How long an increment takes to go live on the real server under read load, and whether any request fails during
 * the switch (issue 6: a 2% increment on the scale-1.0 dataset live in ≤ 2 s, zero failed requests).
 *
 * <p>Workload: the full file is loaded once into a prepared data directory. Each run copies it, starts the real
 * server wiring ({@link CatalogServer}, with every warmer) on a free port, lets {@code clients} threads loop over
 * {@code /search}, {@code /packs/{nr}}, {@code /status} for a warm-up, uploads the increment through
 * {@code POST /api/v1/admin/fest?mode=incremental}, and keeps the clients running until one second after the job
 * finished. Go-live is the job's {@code startedAt} → {@code finishedAt} (read, merge, index, validate, warm, switch);
 * failed requests are any non-2xx answer or I/O error in the whole run. The first run of a JVM also compiles the
 * update code; later runs show the steady state.
 *
 * <pre>
 * java -jar tools/target/fest-tools.jar generate --scale 1.0 --seed 1 --out /tmp/fest-1.0.xml
 * java -jar tools/target/fest-tools.jar generate-increment --base /tmp/fest-1.0.xml --changes 0.02 --seed 3 --out /tmp/incr.xml
 * java -Xmx2g -cp tools/target/fest-tools.jar org.festserver.tools.bench.UpdateGoLiveBenchmark \
 *     /tmp/fest-1.0.xml /tmp/incr.xml [runs=3] [clients=4] [workdir]
 * </pre>
 */
public final class UpdateGoLiveBenchmark {
  private static final String TOKEN = UUID.randomUUID().toString();
  private static final List<String> PATHS = List.of("/api/v1/search?q=sim", "/api/v1/search?q=zocorex",
      "/api/v1/search?q=para", "/api/v1/packs/100010", "/api/v1/packs/100013", "/api/v1/status");

  private UpdateGoLiveBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path base = Path.of(args[0]);
    Path increment = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    Path work = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("fest-golive");
    Path prepared = work.resolve("prepared");
    long loadStarted = System.nanoTime();
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(prepared))) {
      FestLoader.of(manager).loadFull(base, true, BuildProgress.Listener.NONE);
    }
    System.out.printf(Locale.ROOT, "full load of %s: %.1f s%n", base.getFileName(), (System.nanoTime() - loadStarted) / 1e9);
    System.out.printf(Locale.ROOT, "%-4s %10s %10s %10s %10s  %s%n", "run", "go-live", "requests", "failed", "max ms",
        "steps (ms)");
    for (int run = 1; run <= runs; run++) {
      Path data = copy(prepared, work.resolve("run-" + run));
      try {
        run(run, data, increment, clients);
      } finally {
        delete(data);
      }
    }
    delete(prepared);
  }

  private static void run(int run, Path data, Path increment, int clients) throws Exception {
    DatasetManager datasets = DatasetManager.open(new DataDirectory(data));
    ServerConfig config = ServerConfig.forTests(data).withAdminToken(TOKEN);
    CatalogServer server = new CatalogServer(config, datasets, Clock.systemUTC());
    int port = server.start();
    String base = "http://127.0.0.1:" + port;
    HttpClient http = HttpClient.newHttpClient();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong requests = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong slowest = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int offset = i;
      Thread client = new Thread(() -> {
        int n = offset;
        while (!stop.get()) {
          String path = PATHS.get(n++ % PATHS.size());
          long started = System.nanoTime();
          try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300 && !(response.statusCode() == 404 && path.startsWith("/api/v1/packs"))) {
              failed.incrementAndGet();
            }
          } catch (IOException | InterruptedException e) {
            failed.incrementAndGet();
          }
          requests.incrementAndGet();
          slowest.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
        }
      }, "client-" + i);
      client.start();
      threads.add(client);
    }
    Thread.sleep(3000);
    long requestsBefore = requests.get();
    JsonNode job = upload(http, base, increment);
    Thread.sleep(1000);
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    server.stop();
    datasets.close();
    Instant started = Instant.parse(job.get("startedAt").asText());
    Instant finished = Instant.parse(job.get("finishedAt").asText());
    StringBuilder steps = new StringBuilder();
    for (JsonNode step : job.get("steps")) {
      if (step.hasNonNull("startedAt") && step.hasNonNull("finishedAt")) {
        steps.append(step.get("name").asText()).append('=').append(Duration.between(
            Instant.parse(step.get("startedAt").asText()), Instant.parse(step.get("finishedAt").asText())).toMillis())
            .append(' ');
      }
    }
    System.out.printf(Locale.ROOT, "%-4d %8d ms %10d %10d %10d  %s%s%n", run, Duration.between(started, finished).toMillis(),
        requests.get() - requestsBefore, failed.get(), slowest.get(), steps,
        job.get("state").asText().equals("succeeded") ? "" : " FAILED: " + job.get("error"));
  }

  private static JsonNode upload(HttpClient http, String base, Path file) throws Exception {
    String boundary = "----golive" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/fest?mode=incremental"))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
        .build();
    HttpResponse<String> accepted = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (accepted.statusCode() != 202) {
      throw new IllegalStateException("upload refused: " + accepted.statusCode() + " " + accepted.body());
    }
    String location = accepted.headers().firstValue("Location").orElseThrow();
    ObjectMapper json = new ObjectMapper();
    while (true) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + location))
          .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
      JsonNode job = json.readTree(response.body());
      String state = job.get("state").asText();
      if (state.equals("succeeded") || state.equals("failed")) {
        return job;
      }
      Thread.sleep(20);
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
