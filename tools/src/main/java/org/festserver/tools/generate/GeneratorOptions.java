package org.festserver.tools.generate;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What to generate: scale (1.0 = a real Rekvirent file), seed, HentetDato and FEST version. Same options give
 * byte-identical output.
 *
 * @param scale multiplier of the entry counts, greater than 0
 * @param seed random seed
 * @param hentetDato the file's HentetDato; all other dates are relative to it
 * @param festVersion which message version to write
 */
public record GeneratorOptions(double scale, long seed, LocalDateTime hentetDato, FestVersion festVersion) {

  /** HentetDato used when none is given (fixed, never the clock, so output stays reproducible). */
  public static final LocalDateTime DEFAULT_HENTET_DATO = LocalDateTime.of(2026, 11, 1, 3, 10, 22);

  public GeneratorOptions {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be greater than 0, got " + scale);
    }
    Objects.requireNonNull(hentetDato, "hentetDato");
    Objects.requireNonNull(festVersion, "festVersion");
    hentetDato = hentetDato.withNano(0);
  }

  /** Options with the default HentetDato and FEST 2.5.1. */
  public static GeneratorOptions of(double scale, long seed) {
    return new GeneratorOptions(scale, seed, DEFAULT_HENTET_DATO, FestVersion.V2_5_1);
  }
}
