package org.festserver.tools.load;

/**
 * Finds the end of one HTTP/1.1 response in a buffer that fills up as bytes arrive: the status line, the headers,
 * then a body of {@code Content-Length} bytes or {@code chunked}. No pipelining (a closed loop has one request in
 * flight per connection), so a complete response ends the buffer. Scans each byte at most about twice.
 */
final class ResponseParser {
  private int headerEnd = -1;
  private int status;
  private long contentLength = -1;
  private boolean chunked;
  private boolean close;
  private int chunkAt;
  private int scanned;

  void reset() {
    headerEnd = -1;
    status = 0;
    contentLength = -1;
    chunked = false;
    close = false;
    chunkAt = 0;
    scanned = 0;
  }

  int status() {
    return status;
  }

  /** True when the server said {@code Connection: close}. */
  boolean closes() {
    return close;
  }

  /**
   * @return true when {@code buf[0, length)} holds the whole response
   * @throws IllegalStateException when the bytes are not an HTTP/1.1 response this parser understands
   */
  boolean complete(byte[] buf, int length) {
    if (headerEnd < 0) {
      int end = findHeaderEnd(buf, length);
      if (end < 0) {
        return false;
      }
      headerEnd = end;
      readHead(buf, end);
      chunkAt = end;
    }
    if (chunked) {
      return chunksComplete(buf, length);
    }
    if (contentLength < 0) {
      throw new IllegalStateException("response without Content-Length or chunked body");
    }
    return length - headerEnd >= contentLength;
  }

  private int findHeaderEnd(byte[] buf, int length) {
    for (int i = Math.max(0, scanned - 3); i + 3 < length; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
        return i + 4;
      }
    }
    scanned = length;
    return -1;
  }

  private void readHead(byte[] buf, int end) {
    if (end < 12 || buf[0] != 'H' || buf[8] != ' ') {
      throw new IllegalStateException("not an HTTP/1.1 status line");
    }
    status = (buf[9] - '0') * 100 + (buf[10] - '0') * 10 + (buf[11] - '0');
    int line = indexOfCrLf(buf, 0, end) + 2;
    while (line < end - 2) {
      int lineEnd = indexOfCrLf(buf, line, end);
      int colon = line;
      while (colon < lineEnd && buf[colon] != ':') {
        colon++;
      }
      if (is(buf, line, colon, "content-length")) {
        contentLength = Long.parseLong(value(buf, colon + 1, lineEnd));
      } else if (is(buf, line, colon, "transfer-encoding")) {
        chunked = value(buf, colon + 1, lineEnd).toLowerCase(java.util.Locale.ROOT).contains("chunked");
      } else if (is(buf, line, colon, "connection")) {
        close = value(buf, colon + 1, lineEnd).equalsIgnoreCase("close");
      }
      line = lineEnd + 2;
    }
  }

  /** Walks the chunks from where the last call stopped; true after the last (empty) chunk and its CRLF. */
  private boolean chunksComplete(byte[] buf, int length) {
    while (true) {
      int sizeEnd = indexOfCrLf(buf, chunkAt, length);
      if (sizeEnd < 0) {
        return false;
      }
      int size = 0;
      for (int i = chunkAt; i < sizeEnd && buf[i] != ';'; i++) {
        size = size * 16 + Character.digit(buf[i], 16);
      }
      if (size == 0) {
        // no trailers: the last chunk is "0\r\n\r\n"
        return length >= sizeEnd + 4;
      }
      int next = sizeEnd + 2 + size + 2;
      if (length < next) {
        return false;
      }
      chunkAt = next;
    }
  }

  private static int indexOfCrLf(byte[] buf, int from, int length) {
    for (int i = from; i + 1 < length; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static boolean is(byte[] buf, int from, int to, String lowerName) {
    if (to - from != lowerName.length()) {
      return false;
    }
    for (int i = 0; i < lowerName.length(); i++) {
      if (Character.toLowerCase((char) buf[from + i]) != lowerName.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String value(byte[] buf, int from, int to) {
    return new String(buf, from, to - from, java.nio.charset.StandardCharsets.US_ASCII).strip();
  }
}
