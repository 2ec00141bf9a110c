package org.festserver.tools.bench;

import java.util.Arrays;
import java.util.Random;

/** Draws ranks 0…n-1 with probability proportional to 1 / (rank + 1)^exponent: a few very popular, a long tail. */
public final class Zipf {
  private final double[] cumulative;

  public Zipf(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1.0 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
  }

  public int next(Random random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, target);
    return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
  }
}
