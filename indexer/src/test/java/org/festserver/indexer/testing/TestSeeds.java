package org.festserver.indexer.testing;

import java.util.Random;

/**
 * Seeds for randomized tests: {@code -Dtests.seed=N} repeats a run; otherwise a fresh seed. Wrap the test body in
 * {@link #run} so that a failure names the seed.
 */
public final class TestSeeds {
  private TestSeeds() {}

  /** A body that gets a seeded random. */
  @FunctionalInterface
  public interface SeededBody {
    void run(Random random) throws Exception;
  }

  /** Runs {@code body} with the seed from {@code -Dtests.seed} or a new one; a failure reports the seed. */
  public static void run(SeededBody body) throws Exception {
    long seed = Long.getLong("tests.seed", new Random().nextLong());
    try {
      body.run(new Random(seed));
    } catch (AssertionError | Exception e) {
      throw new AssertionError("failed with seed " + seed + " (repeat with -Dtests.seed=" + seed + "): " + e, e);
    }
  }
}
