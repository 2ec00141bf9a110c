package org.festserver.indexer.ingest;

/**
 * Bounds that keep hostile input from exhausting memory or time: the largest decompressed size, the largest
 * compression ratio once past {@code ratioFloorBytes}, the deepest element nesting, the longest text node, and the
 * longest run of bytes without whitespace or markup (an endless element name).
 */
public record IngestLimits(
    long maxDecompressedBytes, int maxCompressionRatio, long ratioFloorBytes, int maxElementDepth, int maxTextLength,
    long maxRunBytes) {

  /**
   * Generous for real files (≈100 MB XML, ≈7:1 in zip; the longest text of a real file is a few kB) and far below
   * what a bomb needs; a load stays within a 64 MB heap whatever the input ({@code GarbageInputTest}).
   */
  public static final IngestLimits DEFAULT = new IngestLimits(4L << 30, 100, 64L << 20, 64, 1 << 20, 1L << 20);

  /** As the canonical constructor, with the default run limit (1 MB). */
  public IngestLimits(long maxDecompressedBytes, int maxCompressionRatio, long ratioFloorBytes, int maxElementDepth,
      int maxTextLength) {
    this(maxDecompressedBytes, maxCompressionRatio, ratioFloorBytes, maxElementDepth, maxTextLength, 1L << 20);
  }
}
