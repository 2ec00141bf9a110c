package org.festserver.tools.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.FestLoader;
import org.festserver.tools.ToolsMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crash-trials}: kill -9 of a real server at random moments of full loads and increments sent through the
 * admin API, then a restart on the same data directory with no repair. After each restart, and again once the
 * interrupted job has been re-run, the content probes ({@link Probes}) must give exactly the answers of the old or
 * of the new dataset. Files are generated at two sizes and three formats; each (size, kind) is first run once
 * without a kill to learn the new answers and how long the upload and job take, and kill moments are drawn from
 * 0 to 1.2 times that.
 */
@Command(name = "crash-trials", mixinStandardHelpOptions = true,
    description = "kill -9 a real server at random moments of loads and increments; check each restart serves the old or the new dataset.")
public final class CrashTrialsCommand implements Callable<Integer> {
  private static final String TOKEN = "crash-trials-token";
  private static final String OLD_DATE = "2026-11-01T03:10:22";
  private static final String NEW_DATE = "2026-11-15T03:10:22";

  @Option(names = "--trials", defaultValue = "50", description = "number of kill -9 trials (default ${DEFAULT-VALUE})")
  int trials;

  @Option(names = "--seed", description = "random seed (default: the clock; printed)")
  Long seed;

  @Option(names = "--scales", split = ",", defaultValue = "0.02,0.1", description = "generated file sizes (default ${DEFAULT-VALUE})")
  List<Double> scales;

  @Option(names = "--work-dir", required = true, description = "scratch directory (files and data directories)")
  Path work;

  @Option(names = "--report", description = "CSV with one line per trial")
  Path report;

  @Option(names = "--server-heap", defaultValue = "512m", description = "-Xmx of the server processes (default ${DEFAULT-VALUE})")
  String serverHeap;

  private final PrintStream out = System.out;

  private record Size(String name, double scale, Path old, Path full, Path increment, Path baseData, Probes probes,
      Map<String, String> oldAnswers, Map<Kind, Calibration> calibrations) {}

  private record Calibration(long millis, Map<String, String> newAnswers) {}

  private enum Kind {
    FULL("full"), INCREMENT("incremental");

    final String mode;

    Kind(String mode) {
      this.mode = mode;
    }
  }

  private record Outcome(int trial, String size, Kind kind, long killAtMillis, long calibratedMillis, String afterRestart,
      String afterJobs, long restartMillis, boolean ok, String detail) {}

  @Override
  public Integer call() throws Exception {
    long actualSeed = seed != null ? seed : System.nanoTime();
    Random random = new Random(actualSeed);
    out.println("crash-trials: seed " + actualSeed + ", " + trials + " trials, scales " + scales);
    Files.createDirectories(work);
    List<Size> sizes = new ArrayList<>();
    String[] formats = {".xml", ".xml.gz", ".zip"};
    for (int i = 0; i < scales.size(); i++) {
      sizes.add(prepare("s" + i, scales.get(i), formats[i % formats.length], formats[(i + 1) % formats.length]));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (int trial = 1; trial <= trials; trial++) {
      Size size = sizes.get(random.nextInt(sizes.size()));
      Kind kind = random.nextBoolean() ? Kind.FULL : Kind.INCREMENT;
      long calibrated = size.calibrations().get(kind).millis();
      long killAt = (long) (random.nextDouble() * 1.2 * calibrated);
      Outcome outcome = trial(trial, size, kind, killAt, calibrated);
      outcomes.add(outcome);
      out.printf(Locale.ROOT, "trial %2d %s %-11s kill at %5d of %5d ms: restart %-3s, after jobs %-3s (%d ms to listen) %s%s%n",
          trial, size.name(), kind.mode, killAt, calibrated, outcome.afterRestart(), outcome.afterJobs(),
          outcome.restartMillis(), outcome.ok() ? "ok" : "FAILED", outcome.detail().isEmpty() ? "" : ": " + outcome.detail());
      out.flush();
    }
    summarize(outcomes, actualSeed);
    return outcomes.stream().allMatch(Outcome::ok) ? 0 : 1;
  }

  private Size prepare(String name, double scale, String fullFormat, String newFormat) throws Exception {
    Path dir = Files.createDirectories(work.resolve(name));
    Path old = dir.resolve("old" + fullFormat);
    Path full = dir.resolve("new" + newFormat);
    Path increment = dir.resolve("increment.xml");
    generate("generate", "--scale", String.valueOf(scale), "--seed", "11", "--hentet-dato", OLD_DATE, "--out", old.toString());
    generate("generate", "--scale", String.valueOf(scale), "--seed", "12", "--hentet-dato", NEW_DATE, "--out", full.toString());
    generate("generate-increment", "--base", old.toString(), "--changes", "0.03", "--seed", "13", "--hentet-dato", NEW_DATE,
        "--out", increment.toString());
    Path baseData = dir.resolve("base-data");
    deleteTree(baseData);
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(baseData))) {
      FestLoader.of(manager).loadFull(old, false, BuildProgress.Listener.NONE);
    }
    Probes probes = Probes.between(old, increment, 6);
    Probes fullProbes = Probes.between(old, full, 6);
    Probes both = probes.with(fullProbes);
    Map<String, String> oldAnswers;
    Path copy = copyTree(baseData, dir.resolve("probe-old"));
    try (ServerProcess server = start(copy)) {
      oldAnswers = both.answers(api(server));
    }
    deleteTree(copy);
    Map<Kind, Calibration> calibrations = new java.util.EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      Path file = kind == Kind.FULL ? full : increment;
      Path data = copyTree(baseData, dir.resolve("calibrate-" + kind.mode));
      try (ServerProcess server = start(data)) {
        Api api = api(server);
        long started = System.nanoTime();
        Api.Answer accepted = api.uploadAsync(file, kind.mode, false).get();
        if (accepted.status() != 202) {
          throw new IllegalStateException("upload of " + file + " answered " + accepted);
        }
        awaitIdle(api, NEW_DATE);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> newAnswers = both.answers(api);
        List<String> differ = Probes.differences(oldAnswers, newAnswers);
        if (differ.size() < 2) {
          throw new IllegalStateException("the probes do not tell the old and the new dataset apart: " + differ);
        }
        calibrations.put(kind, new Calibration(millis, newAnswers));
        out.printf(Locale.ROOT, "%s (scale %s): %s upload + job %d ms; %d of %d probes differ from the old dataset%n",
            name, scale, kind.mode, millis, differ.size(), newAnswers.size());
      }
      deleteTree(data);
    }
    return new Size(name, scale, old, full, increment, baseData, both, oldAnswers, calibrations);
  }

  private Outcome trial(int trial, Size size, Kind kind, long killAt, long calibrated) throws Exception {
    Path data = copyTree(size.baseData(), work.resolve("trial-data"));
    Path file = kind == Kind.FULL ? size.full() : size.increment();
    Map<String, String> newAnswers = size.calibrations().get(kind).newAnswers();
    String afterRestart = "-";
    String afterJobs = "-";
    long restartMillis = -1;
    try {
      try (ServerProcess server = start(data)) {
        Api api = api(server);
        api.uploadAsync(file, kind.mode, false);
        Thread.sleep(killAt);
        server.kill();
      }
      long restarting = System.nanoTime();
      try (ServerProcess server = ServerProcess.start(data, TOKEN, List.of("-Xmx" + serverHeap))) {
        server.awaitListening(300);
        restartMillis = (System.nanoTime() - restarting) / 1_000_000;
        Api api = api(server);
        Map<String, String> first = size.probes().answers(api);
        afterRestart = which(first, size.oldAnswers(), newAnswers);
        if (afterRestart.equals("?")) {
          return new Outcome(trial, size.name(), kind, killAt, calibrated, afterRestart, afterJobs, restartMillis, false,
              "after restart neither old nor new: " + mismatch(first, size.oldAnswers(), newAnswers));
        }
        awaitIdle(api, null);
        Map<String, String> second = size.probes().answers(api);
        afterJobs = which(second, size.oldAnswers(), newAnswers);
        String lastError = Probes.lastJobError(api);
        if (afterJobs.equals("?")) {
          return new Outcome(trial, size.name(), kind, killAt, calibrated, afterRestart, afterJobs, restartMillis, false,
              "after the jobs neither old nor new: " + mismatch(second, size.oldAnswers(), newAnswers));
        }
        if (afterRestart.equals("new") && afterJobs.equals("old")) {
          return new Outcome(trial, size.name(), kind, killAt, calibrated, afterRestart, afterJobs, restartMillis, false,
              "went back from new to old");
        }
        return new Outcome(trial, size.name(), kind, killAt, calibrated, afterRestart, afterJobs, restartMillis, true,
            lastError == null ? "" : "last job failed: " + lastError);
      }
    } catch (IOException e) {
      return new Outcome(trial, size.name(), kind, killAt, calibrated, afterRestart, afterJobs, restartMillis, false,
          e.getMessage().replace('\n', ' '));
    } finally {
      deleteTree(data);
    }
  }

  private static String which(Map<String, String> answers, Map<String, String> old, Map<String, String> next) {
    return answers.equals(old) ? "old" : answers.equals(next) ? "new" : "?";
  }

  private static String mismatch(Map<String, String> answers, Map<String, String> old, Map<String, String> next) {
    List<String> vsOld = Probes.differences(answers, old);
    List<String> vsNew = Probes.differences(answers, next);
    String key = (vsOld.size() <= vsNew.size() ? vsOld : vsNew).get(0);
    return "differs from old in " + vsOld + ", from new in " + vsNew + "; " + key + " = " + answers.get(key);
  }

  private void awaitIdle(Api api, String hentetDato) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (Probes.jobsIdle(api) && (hentetDato == null || hentetDato.equals(Probes.hentetDato(api)))) {
        return;
      }
      String failed = hentetDato == null ? null : Probes.lastJobError(api);
      if (failed != null && Probes.jobsIdle(api)) {
        throw new IllegalStateException("the job failed: " + failed);
      }
      Thread.sleep(100);
    }
    throw new IOException("jobs did not finish within 10 minutes");
  }

  private ServerProcess start(Path data) throws IOException, InterruptedException {
    ServerProcess server = ServerProcess.start(data, TOKEN, List.of("-Xmx" + serverHeap));
    try {
      server.awaitListening(300);
      return server;
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private Api api(ServerProcess server) throws IOException, InterruptedException {
    return new Api(server.awaitListening(300), TOKEN, Duration.ofSeconds(60));
  }

  private void summarize(List<Outcome> outcomes, long actualSeed) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (Outcome o : outcomes) {
      counts.merge(o.kind().mode + " " + o.afterRestart() + "→" + o.afterJobs(), 1, Integer::sum);
    }
    long failed = outcomes.stream().filter(o -> !o.ok()).count();
    out.println("crash-trials: seed " + actualSeed + ": " + outcomes.size() + " trials, " + failed + " failed; outcomes "
        + counts);
    if (report != null) {
      try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
        csv.println("trial,size,kind,kill_at_ms,calibrated_ms,after_restart,after_jobs,restart_ms,ok,detail");
        for (Outcome o : outcomes) {
          csv.printf(Locale.ROOT, "%d,%s,%s,%d,%d,%s,%s,%d,%s,\"%s\"%n", o.trial(), o.size(), o.kind().mode,
              o.killAtMillis(), o.calibratedMillis(), o.afterRestart(), o.afterJobs(), o.restartMillis(), o.ok(),
              o.detail().replace('"', '\''));
        }
      }
    }
  }

  private static void generate(String... args) {
    int exit = ToolsMain.commandLine().execute(args);
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", args) + " exited with " + exit);
    }
  }

  static Path copyTree(Path from, Path to) throws IOException {
    deleteTree(to);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!source.getFileName().toString().equals("writer.lock")) {
          Files.copy(source, target);
        }
      }
    }
    return to;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
