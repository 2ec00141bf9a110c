package org.festserver.tools.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.festserver.tools.ToolsMain;
import org.festserver.tools.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fest-tools bench-all}: every target of issue 8 in one run, about 5 minutes on 2 cores. Generates the
 * scale-1.0 file (unless given), runs {@code bench-ingest} on it (bare StAX vs full load, peak heap, size on disk,
 * the {@code -Xmx512m} load, restart-to-ready), starts the server on the dataset that load made, warms it up, runs
 * the floor, the typeahead, pack, check and mix workloads and the floor again with its RSS read from {@code /proc},
 * and prints one table of targets.
 *
 * <p>Command (from the checkout root; {@code tools/bench.sh} does the same after building):
 * <pre>
 * mvn -B -q -pl tools -am package -DskipTests
 * java -jar tools/target/fest-tools.jar bench-all
 * </pre>
 */
@Command(name = "bench-all", mixinStandardHelpOptions = true,
    description = "Generate scale-1.0 data, bench-ingest, start the server, load it (floor, typeahead, pack, check, mix, floor), one table.")
public final class BenchAllCommand implements Callable<Integer> {
  /** The server's JVM options in this benchmark; docs/performance.md explains the heap. */
  static final String DEFAULT_SERVER_JVM = "-Xmx512m";

  @Option(names = "--file", description = "an M30 file to use instead of generating one")
  Path file;

  @Option(names = "--work-dir", defaultValue = "/tmp/fest-bench", description = "scratch directory (default ${DEFAULT-VALUE})")
  Path workDir;

  @Option(names = "--scale", defaultValue = "1.0", description = "generator scale (default ${DEFAULT-VALUE})")
  double scale;

  @Option(names = "--duration", defaultValue = "20s", description = "measured time per load phase (default ${DEFAULT-VALUE})")
  String duration;

  @Option(names = "--warmup", defaultValue = "5s", description = "warm-up per load phase (default ${DEFAULT-VALUE})")
  String warmup;

  @Option(names = "--connections", defaultValue = "16", description = "connections per phase (default ${DEFAULT-VALUE})")
  int connections;

  @Option(names = "--rounds", defaultValue = "3", description = "ingest rounds (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--server-jvm", defaultValue = DEFAULT_SERVER_JVM, description = "the server's JVM options (default ${DEFAULT-VALUE})")
  String serverJvm;

  @Option(names = "--jfr", description = "record the server under load with JFR into WORK_DIR/server.jfr")
  boolean jfr;

  @Option(names = "--skip-ingest", description = "reuse WORK_DIR/ingest/xmx512 from an earlier run, skip bench-ingest")
  boolean skipIngest;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    long started = System.nanoTime();
    Files.createDirectories(workDir);
    out.println("== machine");
    machine(out);

    Path fest = file;
    if (fest == null) {
      fest = workDir.resolve("fest-" + scale + ".xml");
      if (!Files.isRegularFile(fest)) {
        out.println("== generate --scale " + scale + " --seed 1");
        int exit = ToolsMain.commandLine().execute("generate", "--scale", Double.toString(scale), "--seed", "1",
            "--out", fest.toString());
        if (exit != 0) {
          return exit;
        }
      }
    }
    List<String> jvm = serverJvm.isBlank() ? List.of() : List.of(serverJvm.strip().split("\\s+"));

    IngestBenchmark.Result ingest = null;
    Path dataDir = workDir.resolve("ingest").resolve("xmx512");
    if (!skipIngest) {
      out.println("== bench-ingest " + fest);
      ingest = IngestBenchmark.measure(fest, workDir.resolve("ingest"), rounds, 3, jvm, out);
      if (ingest.xmx512Exit() != 0) {
        out.println("the -Xmx512m load failed; no server to load");
        return 1;
      }
    }

    List<String> serverOptions = new ArrayList<>(jvm);
    if (jfr) {
      serverOptions.add("-XX:StartFlightRecording=filename=" + workDir.resolve("server.jfr") + ",settings=profile");
    }
    out.println("== server " + serverOptions + " on " + dataDir);
    LoadRun run;
    long pid;
    OptionalLong peak;
    try (ServerProcess server = ServerProcess.start(serverOptions, dataDir, workDir.resolve("server.log"))) {
      pid = server.pid();
      out.printf(Locale.ROOT, "ready at %s in %.2f s (pid %d)%n", server.url(), server.secondsToReady(), pid);
      Duration measured = Workload.duration(duration);
      Duration warm = Workload.duration(warmup);
      List<Workload> workloads = LoadCommand.workloads(List.of("typeahead", "typeahead-uncached", "pack", "check", "mix"),
          List.of(), connections, measured, warm);
      out.println("== load: server warm-up (the mix, 15 s, not reported)");
      LoadCommand.warmUp(server.url(), Workload.named("mix").with(connections, Duration.ofSeconds(15), Duration.ZERO), out);
      out.println("== load");
      run = LoadCommand.run(server.url(), workloads, pid, out);
      peak = MachineLoad.peakRss(pid);
      out.println();
      run.print(out);
    }

    out.println();
    out.printf(Locale.ROOT, "== targets (2 cores, scale %.1f, load generator on the same machine; %d connections; server JVM %s)%n",
        scale, connections, serverOptions);
    summary(out, run, ingest, peak);
    out.printf(Locale.ROOT, "bench-all took %.1f min; load average now %s%n", (System.nanoTime() - started) / 60e9,
        MachineLoad.loadAverageText());
    return 0;
  }

  private static void summary(PrintStream out, LoadRun run, IngestBenchmark.Result ingest, OptionalLong peakRss) {
    String format = "| %-56s | %-64s | %-16s |%n";
    out.printf(Locale.ROOT, format, "target", "measured", "met?");
    out.printf(Locale.ROOT, format, "-".repeat(56), "-".repeat(64), "-".repeat(16));
    double floor = run.floor();
    loadTarget(out, format, run.phase("typeahead"), EndpointClass.TYPEAHEAD, floor, 0.50, 5.0, "typeahead");
    loadTarget(out, format, run.phase("check"), EndpointClass.CHECK, floor, 0.30, 5.0, "10-item interaction check");
    loadTarget(out, format, run.phase("typeahead-uncached"), EndpointClass.TYPEAHEAD, floor, Double.NaN, Double.NaN,
        "typeahead, answer cache defeated");
    loadTarget(out, format, run.phase("pack"), EndpointClass.PACK, floor, Double.NaN, Double.NaN, "pack lookup");
    if (ingest != null) {
      out.printf(Locale.ROOT, format, "full ingest <= 2x bare StAX",
          String.format(Locale.ROOT, "%.2f s / %.2f s = %.2fx (load: %.1f CPU-s)", ingest.loadSeconds(),
              ingest.staxSeconds(), ingest.ratio(), ingest.loadCpuSeconds()),
          yes(ingest.ratio() <= 2));
      out.printf(Locale.ROOT, format, "full ingest succeeds with -Xmx512m",
          String.format(Locale.ROOT, "exit %d in %.1f s; peak heap %d MB (in-process)", ingest.xmx512Exit(),
              ingest.xmx512Seconds(), ingest.peakHeapBytes() >> 20), yes(ingest.xmx512Exit() == 0));
      out.printf(Locale.ROOT, format, "restart to ready <= 3 s",
          String.format(Locale.ROOT, "median %.2f s of %d; with AppCDS %.2f s", ingest.restartSeconds(),
              ingest.restarts().size(), ingest.restartCdsSeconds()),
          yes(ingest.restartSeconds() <= 3) + (ingest.restartCdsSeconds() <= 3 ? " (CDS: yes)" : " (CDS: no)"));
      out.printf(Locale.ROOT, format, "(dataset on disk)", (ingest.datasetBytes() >> 20) + " MB", "");
    }
    long peak = peakRss.orElse(-1);
    out.printf(Locale.ROOT, format, "RSS <= 1 GB under load",
        peak < 0 ? "not measured" : String.format(Locale.ROOT, "peak %d MB (VmHWM)", peak >> 20),
        peak < 0 ? "?" : yes(peak <= 1L << 30));
    out.printf(Locale.ROOT, "floor (GET /health): before %,.0f/s, after %,.0f/s, mean %,.0f/s%n",
        run.floorBefore().result().throughput(), run.floorAfter().result().throughput(), floor);
  }

  private static void loadTarget(PrintStream out, String format, LoadRun.Phase phase, EndpointClass c, double floor,
      double minFraction, double maxP99, String name) {
    Histogram h = phase.result().latencies().get(c);
    double throughput = phase.result().throughput(c);
    double p99 = h == null ? Double.NaN : LoadRun.ms(h, 99);
    String target = Double.isNaN(minFraction) ? name + " (no target)"
        : String.format(Locale.ROOT, "%s >= %.0f%% of floor, p99 <= %.0f ms", name, minFraction * 100, maxP99);
    String measured = String.format(Locale.ROOT, "%,.0f/s = %.0f%% of floor, p99 %.2f ms (load %s)", throughput,
        100 * throughput / floor, p99, phase.loadAfter());
    boolean met = throughput / floor >= minFraction && p99 <= maxP99 && phase.result().totalErrors() == 0;
    out.printf(Locale.ROOT, format, target, measured, Double.isNaN(minFraction) ? "" : yes(met));
  }

  private static String yes(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static void machine(PrintStream out) throws IOException {
    String model = "?";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      model = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
    }
    String memory = "?";
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      memory = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
          .map(l -> (Long.parseLong(l.replaceAll("\\D", "")) >> 20) + " GB").orElse("?");
    }
    out.printf(Locale.ROOT, "%d cores (%s), %s memory, %s %s, load average %s%n",
        Runtime.getRuntime().availableProcessors(), model, memory, System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), MachineLoad.loadAverageText());
  }
}
