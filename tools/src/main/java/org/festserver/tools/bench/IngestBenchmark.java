package org.festserver.tools.bench;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.ingest.FestInput;
import org.festserver.indexer.ingest.IngestLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ingest benchmark (issue 2 and 8): a full load of an M30 file against a bare StAX pass over the same file in the same
 * run, the ratio of the two, peak heap, dataset size on disk, a load in a child JVM with {@code -Xmx512m}, and
 * restart-to-ready of the server on the dataset.
 *
 * <p>The bare pass reads the same input the same way the loader does ({@link FestInput}: decompression, byte-order
 * mark) with a Woodstox reader and touches every value (element names, attribute values, text); the load is
 * {@link DatasetBuilder#buildFull}. Each is run {@code --rounds} times alternately after one warm-up; the ratio of the
 * medians is reported.
 *
 * <p>Command: {@code java -jar tools/target/fest-tools.jar bench-ingest --file /tmp/fest-1.0.xml} (generate the file
 * with {@code generate --scale 1.0 --seed 1 --out /tmp/fest-1.0.xml}).
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
    description = "Full load vs a bare StAX pass over the same file; peak heap, size on disk, -Xmx512m load, restart-to-ready.")
public final class IngestBenchmark implements Callable<Integer> {
  @Option(names = "--file", required = true, description = "the M30 file (.xml, .xml.gz or .zip)")
  Path file;

  @Option(names = "--rounds", defaultValue = "3", description = "measured rounds after one warm-up (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--restarts", defaultValue = "3", description = "restart-to-ready measurements (default ${DEFAULT-VALUE})")
  int restarts;

  @Option(names = "--work-dir", description = "where datasets are built (default: a temp dir)")
  Path workDir;

  @Option(names = "--server-jvm", split = " ", description = "JVM options of the server child runs (default: none)")
  List<String> serverJvm = new ArrayList<>();

  private PrintStream out = System.out;

  /** What one run measured. */
  public record Result(int entities, double staxSeconds, double loadSeconds, double loadCpuSeconds, long peakHeapBytes,
      long datasetBytes,
      int xmx512Exit, double xmx512Seconds, double restartSeconds, List<Double> restarts, double restartCdsSeconds,
      Path servedDataDir) {
    /** Full load over bare StAX, medians of the same run. */
    public double ratio() {
      return loadSeconds / staxSeconds;
    }
  }

  /** The benchmark as a library call (for {@code bench-all}); prints its progress to {@code out}. */
  public static Result measure(Path file, Path workDir, int rounds, int restarts, List<String> serverJvm, PrintStream out)
      throws Exception {
    IngestBenchmark bench = new IngestBenchmark();
    bench.file = file;
    bench.workDir = workDir;
    bench.rounds = rounds;
    bench.restarts = restarts;
    bench.serverJvm = serverJvm;
    bench.out = out;
    return bench.run();
  }

  @Override
  public Integer call() throws Exception {
    return run().xmx512Exit();
  }

  private Result run() throws Exception {
    Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("bench-ingest");
    out.printf(Locale.ROOT, "file %s (%,d bytes), %d cores, JVM %s, max heap %d MB%n", file, Files.size(file),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);

    bareStax();
    DatasetManifest warm = load(work.resolve("warmup"));
    List<Double> stax = new ArrayList<>();
    List<Double> loads = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    long peakHeap = 0;
    for (int round = 0; round < rounds; round++) {
      stax.add(bareStax());
      resetPeaks();
      long cpuBefore = processCpuNanos();
      long started = System.nanoTime();
      Path roundDir = work.resolve("round-" + round);
      load(roundDir);
      loads.add((System.nanoTime() - started) / 1e9);
      cpu.add((processCpuNanos() - cpuBefore) / 1e9);
      peakHeap = Math.max(peakHeap, peakHeap());
      deleteTree(roundDir);
      out.printf(Locale.ROOT, "round %d: bare StAX %.2f s, full load %.2f s (%.2f s of CPU), ratio %.2f (load average %s)%n",
          round, stax.get(round), loads.get(round), cpu.get(round), loads.get(round) / stax.get(round), loadAverage());
    }
    double staxMedian = median(stax);
    double loadMedian = median(loads);
    Path dataset = new DataDirectory(work.resolve("warmup")).dataset(warm.id());
    long onDisk = size(dataset);
    deleteTree(work.resolve("warmup"));
    out.printf(Locale.ROOT, "entities %,d; median bare StAX %.2f s, median full load %.2f s (%.2f s of CPU), ratio %.2f (target <= 2)%n",
        warm.totalEntities(), staxMedian, loadMedian, median(cpu), loadMedian / staxMedian);
    out.printf(Locale.ROOT, "peak heap during a load %d MB; dataset on disk %d MB%n", peakHeap >> 20, onDisk >> 20);

    Path small = work.resolve("xmx512");
    deleteTree(small);
    ChildRun run = child(List.of("-Xmx512m"), List.of("--data-dir", small.toString(), "load", file.toString()), null);
    out.printf(Locale.ROOT, "load with -Xmx512m in a child JVM: exit %d in %.2f s%n", run.exit, run.seconds);

    List<Double> ready = run.exit == 0 ? restarts(serverJvm, small) : List.of();
    double readyMedian = ready.isEmpty() ? Double.NaN : median(ready);
    out.printf(Locale.ROOT, "restart to ready (JVM start to 'listening on', existing dataset, JVM options %s): median %.2f s %s (target <= 3)%n",
        serverJvm, readyMedian, ready);

    // the same with an application class-data archive (AppCDS), written by one training start
    List<Double> readyCds = List.of();
    Path archive = work.resolve("server.jsa").toAbsolutePath();
    if (run.exit == 0 && restarts > 0) {
      Files.deleteIfExists(archive);
      List<String> training = new ArrayList<>(serverJvm);
      training.add("-XX:ArchiveClassesAtExit=" + archive);
      child(training, List.of("--data-dir", small.toString(), "--port", "0", "--host", "127.0.0.1"), "listening on");
      if (Files.isRegularFile(archive)) {
        List<String> withCds = new ArrayList<>(serverJvm);
        withCds.add("-XX:SharedArchiveFile=" + archive);
        readyCds = restarts(withCds, small);
      }
    }
    double readyCdsMedian = readyCds.isEmpty() ? Double.NaN : median(readyCds);
    out.printf(Locale.ROOT, "restart to ready with AppCDS (-XX:SharedArchiveFile, archive from one training start): median %.2f s %s%n",
        readyCdsMedian, readyCds);
    return new Result(warm.totalEntities(), staxMedian, loadMedian, median(cpu), peakHeap, onDisk, run.exit,
        run.seconds, readyMedian, ready, readyCdsMedian, small);
  }

  private List<Double> restarts(List<String> jvm, Path dataDir) throws IOException, InterruptedException {
    List<Double> ready = new ArrayList<>();
    for (int i = 0; i < restarts; i++) {
      ready.add(child(jvm, List.of("--data-dir", dataDir.toString(), "--port", "0", "--host", "127.0.0.1"),
          "listening on").seconds);
    }
    return ready;
  }

  /** CPU time of this process (all threads, JIT and GC included). */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
  }

  private static String loadAverage() {
    return org.festserver.tools.load.MachineLoad.loadAverage().isPresent()
        ? String.format(Locale.ROOT, "%.2f", org.festserver.tools.load.MachineLoad.loadAverage().getAsDouble()) : "?";
  }

  /** A pass over the file that reads every name, attribute value and text, and nothing else. */
  private double bareStax() throws Exception {
    long started = System.nanoTime();
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    long touched = 0;
    try (FestInput input = FestInput.open(file, IngestLimits.DEFAULT)) {
      XMLStreamReader xml = factory.createXMLStreamReader(input.content());
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          touched += xml.getLocalName().length();
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            touched += xml.getAttributeValue(i).length();
          }
        } else if (event == XMLStreamConstants.CHARACTERS) {
          touched += xml.getText().length();
        }
      }
      xml.close();
    }
    if (touched == 0) {
      throw new IllegalStateException("empty file");
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private DatasetManifest load(Path dataDir) throws Exception {
    return new DatasetBuilder(new DataDirectory(dataDir)).buildFull(file, BuildProgress.Listener.NONE);
  }

  private record ChildRun(int exit, double seconds) {}

  /** The command that runs the server's main class in a child JVM of this Java, on this class path. */
  public static List<String> serverCommand(List<String> jvm, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.festserver.server.Main");
    command.addAll(args);
    return command;
  }

  /** Runs the server's main class in a child JVM; with {@code until}, stops it once a line starts with it. */
  private static ChildRun child(List<String> jvm, List<String> args, String until) throws IOException, InterruptedException {
    List<String> command = serverCommand(jvm, args);
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (until != null && line.startsWith(until)) {
          double seconds = (System.nanoTime() - started) / 1e9;
          process.destroy();
          process.waitFor(30, TimeUnit.SECONDS);
          return new ChildRun(0, seconds);
        }
      }
    }
    process.waitFor(10, TimeUnit.MINUTES);
    return new ChildRun(process.exitValue(), (System.nanoTime() - started) / 1e9);
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
