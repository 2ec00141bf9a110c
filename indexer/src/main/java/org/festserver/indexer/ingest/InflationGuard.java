package org.festserver.indexer.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading decompressed data that grows past the limits: an absolute size, and a ratio to the compressed bytes
 * consumed once past a floor (a zip or gzip bomb inflates thousands of times; real FEST files about seven).
 */
final class InflationGuard extends FilterInputStream {
  private final CountingInputStream compressed;
  private final IngestLimits limits;
  private final String file;
  private long inflated;

  InflationGuard(InputStream decompressed, CountingInputStream compressed, IngestLimits limits, String file) {
    super(decompressed);
    this.compressed = compressed;
    this.limits = limits;
    this.file = file;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      account(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      account(n);
    }
    return n;
  }

  private void account(int n) throws IOException {
    inflated += n;
    if (inflated > limits.maxDecompressedBytes()) {
      throw new InputRefusedException(file + ": decompressed content exceeds "
          + limits.maxDecompressedBytes() + " bytes; refusing it as a possible zip bomb");
    }
    if (inflated > limits.ratioFloorBytes()
        && inflated > (long) limits.maxCompressionRatio() * Math.max(1, compressed.count())) {
      throw new InputRefusedException(file + ": compression ratio exceeds " + limits.maxCompressionRatio()
          + ":1 (" + inflated + " bytes from " + compressed.count() + "); refusing it as a possible zip bomb");
    }
  }

  /** Raised from inside the stream so that it surfaces through the XML parser; unwrapped by the reader. */
  static final class InputRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    InputRefusedException(String message) {
      super(message);
    }
  }
}
