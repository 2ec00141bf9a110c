package org.festserver.tools.generate;

import java.util.SplittableRandom;

/** Identifiers: {@code ID_} + uppercase version-4 GUID derived from the seed, the kind and an index. */
final class Ids {

  /** Id spaces; each kind draws from its own stream so that ids never collide across kinds. */
  enum Kind {
    ENTRY, BRAND, PACK, SUBSTANCE, STRENGTH, GROUP, DOSE, INTERCHANGE, REIMBURSEMENT_GROUP, CONDITION,
    INTERACTION, CODE_ELEMENT, ANCHOR_ENTRY, INCREMENT_ENTRY, INCREMENT_PAYLOAD
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Ids() {}

  static String of(long seed, Kind kind, long index) {
    SplittableRandom r = Rng.stream(seed, 0x1D5L + kind.ordinal() * 7919L, index);
    return format(r.nextLong(), r.nextLong());
  }

  /** A GUID that depends only on a text (used for entries of anchors, stable across seeds and scales). */
  static String fromText(String text) {
    long h = 0x84222325CBF29CE4L;
    for (int i = 0; i < text.length(); i++) {
      h = Rng.mix(h ^ text.charAt(i));
    }
    return format(Rng.mix(h + 1), Rng.mix(h + 2));
  }

  static String format(long hi, long lo) {
    hi = (hi & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    StringBuilder sb = new StringBuilder(39).append("ID_");
    hex(sb, hi >>> 32, 8).append('-');
    hex(sb, hi >>> 16, 4).append('-');
    hex(sb, hi, 4).append('-');
    hex(sb, lo >>> 48, 4).append('-');
    hex(sb, lo, 12);
    return sb.toString();
  }

  private static StringBuilder hex(StringBuilder sb, long v, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      sb.append(HEX[(int) ((v >>> (i * 4)) & 0xF)]);
    }
    return sb;
  }
}
