package org.festserver.tools.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded randomness: every entity draws from its own stream derived from (seed, purpose, index). */
final class Rng {

  /*
   * Implementation notes: a stream is a SplittableRandom seeded with a SplitMix64 mix of the run seed, a
   * purpose salt and an index. Regenerating an entity therefore always yields the same values, whatever else
   * has been generated before; this is what lets the writer rebuild a product family once per catalog instead
   * of keeping every entity in memory.
   */

  private Rng() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static SplittableRandom stream(long seed, long purpose, long index) {
    return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + purpose) + index));
  }

  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  /** A uniform integer in [lo, hi] (both inclusive). */
  static int between(SplittableRandom r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static double pick(SplittableRandom r, double[] values) {
    return values[r.nextInt(values.length)];
  }

  /** Index drawn with probability proportional to weights. */
  static int weighted(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Fisher-Yates shuffle in place. */
  static <T> void shuffle(SplittableRandom r, List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
