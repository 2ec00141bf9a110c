package org.festserver.tools.generate;

import java.util.Locale;

/**
 * Item numbers: varenummer (6 digits with leading zeros), EAN-13 ({@code 704626} + varenummer + GS1 check
 * digit), LMR numbers and trade-goods numbers. Numbers are scrambled indices, so they look random but are unique.
 */
final class ItemNumbers {

  /*
   * Implementation notes: pack index p owns the scramble inputs 2p (its varenummer) and 2p+1 (its utgående
   * varenummer, when it has one). scramble() is an affine bijection modulo a prime below 800,000, so numbers
   * never repeat; the block 100000-100999 is reserved for anchors and trade goods use 900000-999999.
   */

  private static final long PRIME = 799_979L;
  private static final long LMR_PRIME = 8_999_981L;

  private ItemNumbers() {}

  static String packNumber(int packIndex) {
    return scramble(2L * packIndex);
  }

  static String outgoingNumber(int packIndex) {
    return scramble(2L * packIndex + 1);
  }

  static String goodsNumber(int goodsIndex) {
    long n = (goodsIndex * 7_919L + 31L) % 99_991L;
    if (goodsIndex >= 99_991) {
      return String.valueOf(9_000_000L + goodsIndex);
    }
    return String.valueOf(900_000L + n);
  }

  static String lmrNumber(int doseIndex) {
    return String.valueOf(1_000_000L + (doseIndex * 1_000_003L + 17L) % LMR_PRIME);
  }

  static String ean(String varenr) {
    String body = "704626" + varenr;
    return body + Numbers.gs1CheckDigit(body);
  }

  /** A foreign (German-prefix) GTIN-13 derived from a number, for packs with a second EAN. */
  static String foreignEan(String varenr) {
    String body = "40" + String.format(Locale.ROOT, "%010d", Long.parseLong(varenr) * 37L + 1234567L);
    body = body.substring(0, 12);
    return body + Numbers.gs1CheckDigit(body);
  }

  private static String scramble(long i) {
    if (i >= PRIME) {
      return String.valueOf(1_000_000L + (i - PRIME));
    }
    long n = (i * 412_637L + 98_765L) % PRIME + 1;
    if (n >= 100_000L) {
      n += 1_000L;
    }
    return String.format(Locale.ROOT, "%06d", n);
  }
}
