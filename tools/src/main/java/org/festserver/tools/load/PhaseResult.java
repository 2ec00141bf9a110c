package org.festserver.tools.load;

import java.util.EnumMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one load phase measured: per request class, the latency histogram (microseconds) of the answers completed in
 * the measured window, the count of error answers (status not 2xx), and the window's length.
 */
final class PhaseResult {
  /** Latencies up to 60 s at 3 significant digits. */
  private static final long HIGHEST_MICROS = 60_000_000L;

  private final Workload workload;
  private final Map<EndpointClass, Histogram> latencies = new EnumMap<>(EndpointClass.class);
  private final Map<EndpointClass, Long> errors = new EnumMap<>(EndpointClass.class);
  private double seconds;
  private long timedOut;
  private String firstError;

  PhaseResult(Workload workload) {
    this.workload = workload;
  }

  void record(EndpointClass c, long micros) {
    latencies.computeIfAbsent(c, k -> new Histogram(HIGHEST_MICROS, 3)).recordValue(Math.min(Math.max(micros, 1), HIGHEST_MICROS));
  }

  void error(EndpointClass c, String description) {
    errors.merge(c, 1L, Long::sum);
    if (firstError == null) {
      firstError = c.code() + ": " + description;
    }
  }

  void finish(double seconds, long timedOut) {
    this.seconds = seconds;
    this.timedOut = timedOut;
  }

  Workload workload() {
    return workload;
  }

  double seconds() {
    return seconds;
  }

  long timedOut() {
    return timedOut;
  }

  String firstError() {
    return firstError;
  }

  Map<EndpointClass, Histogram> latencies() {
    return latencies;
  }

  long errors(EndpointClass c) {
    return errors.getOrDefault(c, 0L);
  }

  long totalErrors() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Answers per second of one class in the measured window. */
  double throughput(EndpointClass c) {
    Histogram h = latencies.get(c);
    return h == null ? 0 : h.getTotalCount() / seconds;
  }

  /** Answers per second of all classes. */
  double throughput() {
    return latencies.values().stream().mapToLong(Histogram::getTotalCount).sum() / seconds;
  }

  /** All classes in one histogram. */
  Histogram all() {
    Histogram all = new Histogram(HIGHEST_MICROS, 3);
    latencies.values().forEach(all::add);
    return all;
  }
}
