package org.festserver.tools.bench;

import org.festserver.server.interaction.InteractionIndex;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The dataset the interaction benchmarks run on: the {@link SyntheticInteractionCatalog} at {@code scale} with
 * {@code seed}, or the M30 file {@code fest} when given (e.g. from {@code fest-tools generate}), built into a real
 * dataset once per trial, with the request mix drawn from it.
 */
@State(Scope.Benchmark)
public class CatalogState {
  @Param({"1.0"})
  public double scale;

  @Param({""})
  public String fest;

  @Param({"1"})
  public long seed;

  BenchDataset data;
  RequestMix mix;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    data = BenchDataset.loadOrSynthesize(fest, scale, seed);
    InteractionIndex.warm(data.dataset()); // as the server's warmer does before a dataset goes live
    mix = RequestMix.of(data.dataset(), seed);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    data.close();
  }
}
