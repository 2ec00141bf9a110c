package org.festserver.indexer.ingest;

/**
 * Bounds that keep hostile input from exhausting memory or time: the largest decompressed size, the largest
 * compression ratio once past {@code ratioFloorBytes}, the deepest element nesting and the longest text node.
 */
public record IngestLimits(
    long maxDecompressedBytes, int maxCompressionRatio, long ratioFloorBytes, int maxElementDepth, int maxTextLength) {

  /** Generous for real files (≈100 MB XML, ≈7:1 in zip) and far below what a bomb needs. */
  public static final IngestLimits DEFAULT = new IngestLimits(4L << 30, 100, 64L << 20, 64, 16 << 20);
}
