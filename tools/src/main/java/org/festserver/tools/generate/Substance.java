package org.festserver.tools.generate;

import java.util.List;

/**
 * An active substance as it appears in the Virkestoff catalog: base name, English name and its salts
 * (Virkestoff/RefVirkestoff points from the base substance to the salts, as in real FEST data).
 */
final class Substance {

  final String nameNo;
  final String nameEn;
  final List<Salt> salts;
  /** Primary ATC code (level 5) when the substance is also a single-substance medicine; may be null. */
  final String atc;
  final boolean synthetic;

  Substance(String nameNo, String nameEn, List<Salt> salts, String atc, boolean synthetic) {
    this.nameNo = nameNo;
    this.nameEn = nameEn;
    this.salts = salts;
    this.atc = atc;
    this.synthetic = synthetic;
  }

  /** A salt or ester of a substance (Norwegian and English name). */
  record Salt(String nameNo, String nameEn) {}

  @Override
  public String toString() {
    return nameNo;
  }
}
