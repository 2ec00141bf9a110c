package org.festserver.tools.generate;

/**
 * Entry counts per catalog for a scale. Scale 1.0 is the size of a real Rekvirent file (about 69,000 entries,
 * FORMAT.md §3); fixed anchors and edge cases count toward these totals and set a floor at tiny scales.
 */
record Targets(
    double scale,
    int groups,
    int brands,
    int packs,
    int doses,
    int substances,
    int strengths,
    int interchanges,
    int interactions,
    int notAssessed,
    int reimbursements,
    int conditions,
    int alerts,
    int tradeGoods,
    int dosages,
    int unregistered,
    int hospital,
    int naf,
    int multi,
    int noStrength,
    int startPacks,
    int combinationPacks,
    int sets) {

  static Targets forScale(double s) {
    if (!(s > 0) || Double.isInfinite(s)) {
      throw new IllegalArgumentException("scale must be a positive number, got " + s);
    }
    return new Targets(s,
        n(2200, s), n(9000, s), n(10800, s), n(9500, s), n(8600, s), n(7700, s), n(1700, s), n(11000, s),
        n(450, s), n(1150, s), n(200, s), n(250, s), n(6000, s), n(300, s),
        n(700, s), n(190, s), n(130, s), n(30, s), n(40, s), n(20, s), n(8, s), n(25, s));
  }

  private static int n(double base, double s) {
    return (int) Math.round(base * s);
  }
}
