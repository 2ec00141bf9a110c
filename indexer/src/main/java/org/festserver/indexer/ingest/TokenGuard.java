package org.festserver.indexer.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a run of bytes longer than {@link IngestLimits#maxRunBytes()} without whitespace or markup ({@code < > " '
 * =}). The XML parser bounds text nodes, attributes and depth but not names: an element name that never ends would
 * fill the heap. No M30 name or word comes near the limit (1 MB by default).
 */
final class TokenGuard extends FilterInputStream {
  private final long limit;
  private final String file;
  private long run;

  TokenGuard(InputStream in, IngestLimits limits, String file) {
    super(in);
    this.limit = limits.maxRunBytes();
    this.file = file;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      account(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      account(buffer[i]);
    }
    return n;
  }

  private void account(int b) throws IOException {
    switch (b) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
      case '<':
      case '>':
      case '"':
      case '\'':
      case '=':
        run = 0;
        return;
      default:
        if (++run > limit) {
          throw new InflationGuard.InputRefusedException(file + ": more than " + limit
              + " bytes without whitespace or markup (an endless name or token); refusing it");
        }
    }
  }
}
