package org.festserver.tools.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.FestLoader;
import org.festserver.tools.ToolsMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code soak}: a real server under steady, paced load for a long time while the dataset is switched every few
 * minutes (two generated full files uploaded in turn through the admin API, {@code force=true}). Every request must
 * answer 200; every {@code --sample-every} seconds a full GC is forced ({@code jcmd PID GC.run}) and the heap used
 * after it is read from {@code /metrics}. Writes a CSV and a PNG of the heap curve; exits 1 on any error.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = "Steady load on a real server with a dataset switch every few minutes; errors and heap after GC to CSV and PNG.")
public final class SoakCommand implements Callable<Integer> {
  private static final String TOKEN = "soak-token";
  private static final String DATE_A = "2026-11-01T03:10:22";
  private static final String DATE_B = "2026-11-15T03:10:22";

  @Option(names = "--minutes", defaultValue = "30", description = "duration (default ${DEFAULT-VALUE})")
  double minutes;

  @Option(names = "--switch-every", defaultValue = "180", description = "seconds between dataset switches (default ${DEFAULT-VALUE})")
  int switchEvery;

  @Option(names = "--sample-every", defaultValue = "30", description = "seconds between heap samples (default ${DEFAULT-VALUE})")
  int sampleEvery;

  @Option(names = "--clients", defaultValue = "4", description = "concurrent clients (default ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--rate", defaultValue = "100", description = "requests per second, all clients together (default ${DEFAULT-VALUE})")
  int rate;

  @Option(names = "--scale", defaultValue = "0.2", description = "scale of the two generated files (default ${DEFAULT-VALUE})")
  double scale;

  @Option(names = "--server-heap", defaultValue = "512m", description = "-Xmx of the server (default ${DEFAULT-VALUE})")
  String serverHeap;

  @Option(names = "--work-dir", required = true, description = "scratch directory")
  Path work;

  @Option(names = "--out", required = true, description = "prefix of the outputs: PREFIX.csv and PREFIX.png")
  String outPrefix;

  private final PrintStream out = System.out;

  /** The request mix: anchors of the generated files, present in both datasets, each answering 200. */
  static final List<String> GETS = List.of(
      "/api/v1/status",
      "/api/v1/search?q=zocorex",
      "/api/v1/search?q=simva&kinds=substance-group,brand,pack",
      "/api/v1/search?q=omeprazol%20enterokaps",
      "/api/v1/packs/100010",
      "/api/v1/packs/100013",
      "/api/v1/packs/100010/interchangeable",
      "/api/v1/brands/ID_3BDD21A6-8D44-4AED-9A13-5DB618E6A605",
      "/api/v1/substance-groups/ID_118BCAFC-5164-4176-B64F-60FE9DA4D55F",
      "/api/v1/atc/C10AA01",
      "/api/v1/reimbursement?pack=100010",
      "/api/v1/alerts?pack=100010",
      "/api/v1/conditions?pack=100070",
      "/api/v1/interactions?q=klaritromycin");
  static final String CHECK = "{\"items\":[\"100010\",\"100013\",\"100030\"]}";

  private final LongAdder requests = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
  private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(work);
    Path a = work.resolve("soak-a.xml.gz");
    Path b = work.resolve("soak-b.zip");
    generate("generate", "--scale", String.valueOf(scale), "--seed", "21", "--hentet-dato", DATE_A, "--out", a.toString());
    generate("generate", "--scale", String.valueOf(scale), "--seed", "22", "--hentet-dato", DATE_B, "--out", b.toString());
    Path data = work.resolve("soak-data");
    CrashTrialsCommand.deleteTree(data);
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      FestLoader.of(manager).loadFull(a, false, BuildProgress.Listener.NONE);
    }
    try (ServerProcess server = ServerProcess.start(data, TOKEN, List.of("-Xmx" + serverHeap, "-XX:+UseG1GC"))) {
      int port = server.awaitListening(300);
      Api api = new Api(port, TOKEN, Duration.ofSeconds(30));
      for (String path : GETS) {
        Api.Answer answer = api.get(path);
        if (answer.status() != 200) {
          throw new IllegalStateException(path + " answered " + answer);
        }
      }
      return soak(server, api, a, b);
    }
  }

  private int soak(ServerProcess server, Api api, Path a, Path b) throws Exception {
    long start = System.nanoTime();
    long end = start + (long) (minutes * 60e9);
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> load(api, client, running), "soak-client-" + c);
      t.start();
      threads.add(t);
    }
    List<HeapChart.Point> heap = new ArrayList<>();
    List<Double> switches = new ArrayList<>();
    List<String> switchFailures = new ArrayList<>();
    Path csv = Path.of(outPrefix + ".csv");
    long nextSample = start;
    long nextSwitch = start + switchEvery * 1_000_000_000L;
    boolean toB = true;
    long lastRequests = 0;
    long lastErrors = 0;
    try (PrintWriter rows = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
      rows.println("elapsed_s,heap_after_gc_mb,requests,errors,p50_ms,p99_ms,max_ms,hentet_dato");
      while (System.nanoTime() < end) {
        long now = System.nanoTime();
        if (now >= nextSwitch) {
          nextSwitch += switchEvery * 1_000_000_000L;
          double at = (now - start) / 60e9;
          String result = switchTo(api, toB ? b : a, toB ? DATE_B : DATE_A);
          switches.add(at);
          out.printf(Locale.ROOT, "%6.1f min switch to %s: %s%n", at, toB ? "B" : "A", result);
          if (!result.startsWith("ok")) {
            switchFailures.add(result);
          }
          toB = !toB;
        }
        if (System.nanoTime() >= nextSample) {
          nextSample += sampleEvery * 1_000_000_000L;
          double heapMb = heapAfterGc(server.pid(), api);
          double elapsed = (System.nanoTime() - start) / 1e9;
          heap.add(new HeapChart.Point(elapsed / 60, heapMb));
          long[] l = drainLatencies();
          long reqs = requests.sum();
          long errs = errors.sum();
          String row = String.format(Locale.ROOT, "%.0f,%.1f,%d,%d,%.1f,%.1f,%.1f,%s", elapsed, heapMb, reqs - lastRequests,
              errs - lastErrors, pct(l, 0.5), pct(l, 0.99), pct(l, 1.0), Probes.hentetDato(api));
          rows.println(row);
          rows.flush();
          out.println(row);
          lastRequests = reqs;
          lastErrors = errs;
        }
        Thread.sleep(200);
      }
    } finally {
      running.set(false);
      for (Thread t : threads) {
        t.join(60_000);
      }
    }
    double first = heap.isEmpty() ? 0 : heap.get(Math.min(1, heap.size() - 1)).megabytes();
    double last = heap.isEmpty() ? 0 : heap.get(heap.size() - 1).megabytes();
    double max = heap.stream().mapToDouble(HeapChart.Point::megabytes).max().orElse(0);
    String title = String.format(Locale.ROOT, "soak %.0f min, %d requests, %d errors, %d switches", minutes,
        requests.sum(), errors.sum(), switches.size());
    HeapChart.write(Path.of(outPrefix + ".png"), title, heap, switches);
    out.printf(Locale.ROOT, "soak: %s; heap after GC %.1f MB after the first sample, %.1f MB at the end, max %.1f MB; "
            + "slope %.2f MB/min over the second half; switch failures %s; errors by kind %s%n",
        title, first, last, max, slope(heap), switchFailures, errorKinds);
    return errors.sum() == 0 && switchFailures.isEmpty() ? 0 : 1;
  }

  /** Least-squares slope of the heap over the second half of the run, MB per minute. */
  static double slope(List<HeapChart.Point> heap) {
    List<HeapChart.Point> half = heap.subList(heap.size() / 2, heap.size());
    int n = half.size();
    if (n < 2) {
      return 0;
    }
    double mx = half.stream().mapToDouble(HeapChart.Point::minutes).average().orElse(0);
    double my = half.stream().mapToDouble(HeapChart.Point::megabytes).average().orElse(0);
    double num = 0;
    double den = 0;
    for (HeapChart.Point p : half) {
      num += (p.minutes() - mx) * (p.megabytes() - my);
      den += (p.minutes() - mx) * (p.minutes() - mx);
    }
    return den == 0 ? 0 : num / den;
  }

  private void load(Api api, int client, AtomicBoolean running) {
    long intervalNanos = (long) (1e9 * clients / rate);
    long next = System.nanoTime();
    int i = client;
    while (running.get()) {
      String what = i % (GETS.size() + 1) == GETS.size() ? "POST check" : GETS.get(i % (GETS.size() + 1));
      i++;
      long started = System.nanoTime();
      try {
        Api.Answer answer = what.equals("POST check") ? api.postJson("/api/v1/interactions/check", CHECK) : api.get(what);
        if (answer.status() != 200) {
          error(what + " → " + answer.status());
        }
      } catch (IOException e) {
        error(what + " → " + e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      requests.increment();
      latencies.add(System.nanoTime() - started);
      next += intervalNanos;
      long sleep = next - System.nanoTime();
      if (sleep > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(sleep);
        } catch (InterruptedException e) {
          return;
        }
      } else {
        next = System.nanoTime(); // fell behind: no burst to catch up
      }
    }
  }

  private void error(String kind) {
    errors.increment();
    errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  private long[] drainLatencies() {
    long[] values;
    synchronized (latencies) {
      values = latencies.stream().mapToLong(Long::longValue).toArray();
      latencies.clear();
    }
    java.util.Arrays.sort(values);
    return values;
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  /** Uploads a full file with force and waits for its job; "ok …" or what went wrong. */
  private String switchTo(Api api, Path file, String hentetDato) throws Exception {
    long started = System.nanoTime();
    Api.Answer accepted = api.uploadAsync(file, "full", true).get(5, TimeUnit.MINUTES);
    if (accepted.status() != 202) {
      return "upload answered " + accepted;
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      if (Probes.jobsIdle(api)) {
        String served = Probes.hentetDato(api);
        return hentetDato.equals(served) ? String.format(Locale.ROOT, "ok in %.1f s", (System.nanoTime() - started) / 1e9)
            : "job finished but serving " + served + ": " + Probes.lastJobError(api);
      }
      Thread.sleep(250);
    }
    return "job did not finish in 5 minutes";
  }

  /** Forces a full GC in the server and reads the heap used after it from {@code /metrics}, in MB. */
  static double heapAfterGc(long pid, Api api) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        String.valueOf(pid), "GC.run").redirectErrorStream(true).start();
    jcmd.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
      throw new IOException("jcmd " + pid + " GC.run failed");
    }
    double bytes = 0;
    for (String line : api.get("/metrics").body().split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return bytes / (1 << 20);
  }

  private static void generate(String... args) {
    int exit = ToolsMain.commandLine().execute(args);
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", args) + " exited with " + exit);
    }
  }
}
