package org.festserver.tools.load;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.HdrHistogram.Histogram;

/**
 * A whole load run against one server: the floor ({@code GET /api/v1/health} on the same number of connections),
 * each workload, and the floor again; per phase, the 1-minute load average and (given the server's pid) its RSS.
 * Each throughput is reported as a fraction of the mean of the two floors.
 */
final class LoadRun {
  /** One phase's result with the machine readings taken around it. */
  record Phase(String label, PhaseResult result, String loadBefore, String loadAfter, OptionalLong rss, OptionalLong peakRss) {}

  private final HttpLoad http;
  private final CatalogSample sample;
  private final long serverPid;
  private final PrintStream log;
  private final List<Phase> phases = new ArrayList<>();
  private Phase floorBefore;
  private Phase floorAfter;

  LoadRun(HttpLoad http, CatalogSample sample, long serverPid, PrintStream log) {
    this.http = http;
    this.sample = sample;
    this.serverPid = serverPid;
    this.log = log;
  }

  /** Floor, the workloads, floor. */
  LoadRun run(List<Workload> workloads, int floorConnections, Duration floorDuration, Duration floorWarmup)
      throws IOException {
    Workload floor = Workload.floor("floor", floorConnections, floorDuration, floorWarmup);
    floorBefore = phase("floor (before)", floor);
    for (Workload workload : workloads) {
      phases.add(phase(workload.name(), workload));
    }
    floorAfter = phase("floor (after)", floor);
    return this;
  }

  private Phase phase(String label, Workload workload) throws IOException {
    log.printf(Locale.ROOT, "  %s: %d connections, %s warm-up + %s measured, mix %s ...%n", label,
        workload.connections(), seconds(workload.warmup()), seconds(workload.duration()),
        RequestSource.describe(workload.mix()));
    String loadBefore = MachineLoad.loadAverageText();
    PhaseResult result = http.run(workload, sample);
    Phase phase = new Phase(label, result, loadBefore, MachineLoad.loadAverageText(),
        serverPid > 0 ? MachineLoad.rss(serverPid) : OptionalLong.empty(),
        serverPid > 0 ? MachineLoad.peakRss(serverPid) : OptionalLong.empty());
    if (result.totalErrors() > 0 || result.timedOut() > 0) {
      log.printf(Locale.ROOT, "    %d errors, %d timed out; first: %s%n", result.totalErrors(), result.timedOut(),
          result.firstError());
    }
    return phase;
  }

  /** Mean throughput of the floor before and after. */
  double floor() {
    return (floorBefore.result().throughput() + floorAfter.result().throughput()) / 2;
  }

  List<Phase> phases() {
    return phases;
  }

  Phase floorBefore() {
    return floorBefore;
  }

  Phase floorAfter() {
    return floorAfter;
  }

  /** The phase of a workload by name. */
  Phase phase(String name) {
    return phases.stream().filter(p -> p.label().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no phase " + name));
  }

  /** The table: a row per phase and class (a mixed phase also gets an "all" row). */
  void print(PrintStream out) {
    out.printf(Locale.ROOT, "%-16s %-10s %5s %10s %8s %8s %8s %8s %8s %7s %9s %9s%n", "phase", "class", "conns",
        "answers/s", "of floor", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "RSS MB", "load avg");
    List<Phase> all = new ArrayList<>();
    all.add(floorBefore);
    all.addAll(phases);
    all.add(floorAfter);
    double floor = floor();
    for (Phase phase : all) {
      PhaseResult r = phase.result();
      List<EndpointClass> classes = new ArrayList<>(r.latencies().keySet());
      if (classes.size() > 1) {
        row(out, phase, "all", r.all(), r.throughput(), floor, r.totalErrors());
      }
      for (EndpointClass c : classes) {
        row(out, phase, c.code(), r.latencies().get(c), r.throughput(c), floor, r.errors(c));
      }
    }
    out.printf(Locale.ROOT, "floor = mean of the two health phases: %,.0f answers/s; sample: %s%n", floor,
        sample.describe());
  }

  private static void row(PrintStream out, Phase phase, String label, Histogram h, double throughput, double floor,
      long errors) {
    out.printf(Locale.ROOT, "%-16s %-10s %5d %,10.0f %8.2f %8.2f %8.2f %8.2f %8.1f %7d %9s %9s%n", phase.label(), label,
        phase.result().workload().connections(), throughput, throughput / floor, ms(h, 50), ms(h, 90), ms(h, 99),
        h.getMaxValue() / 1000.0, errors, rss(phase), phase.loadBefore() + "→" + phase.loadAfter());
  }

  static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }

  private static String rss(Phase phase) {
    if (phase.rss().isEmpty()) {
      return "-";
    }
    return (phase.rss().getAsLong() >> 20) + " (" + (phase.peakRss().orElse(0) >> 20) + ")";
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.0fs", d.toMillis() / 1000.0);
  }
}
