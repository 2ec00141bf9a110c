package org.festserver.tools.bench;

import java.time.LocalDate;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the dataset benchmarks share: the M30 file and seed parameters, the dataset built from the file for the trial,
 * the request date, and a per-thread position in the workload.
 */
@State(Scope.Benchmark)
public abstract class DatasetBenchmark {
  /** The M30 file to index. */
  @Param({"data/fest-sample.xml.gz"})
  public String fest;

  /** Seed of the workload draw. */
  @Param({"42"})
  public long seed;

  /** The date every request is asked for. */
  protected final LocalDate date = LocalDate.of(2026, 11, 20);

  protected BenchDataset data;

  /** Per-thread position in the workload. */
  @State(Scope.Thread)
  public static class Position {
    int next;

    /** The next item of a workload whose length is a power of two. */
    <T> T next(T[] workload) {
      return workload[next++ & (workload.length - 1)];
    }
  }

  @Setup(Level.Trial)
  public void load() throws Exception {
    data = BenchDataset.load(fest);
    prepare();
  }

  /** Builds the workload once the dataset is open. */
  protected abstract void prepare() throws Exception;

  @TearDown(Level.Trial)
  public void close() throws Exception {
    data.close();
  }
}
