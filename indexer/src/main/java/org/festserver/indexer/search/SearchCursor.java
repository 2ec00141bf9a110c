package org.festserver.indexer.search;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque paging cursor: URL-safe base64 of a version byte, the mode (exact or corrected), a fingerprint of the
 * query it belongs to, and the sort key of the last hit returned. Paging resumes after that key, so a cursor stays
 * meaningful across dataset switches, and no page depth is capped.
 */
public record SearchCursor(boolean corrected, int fingerprint, BytesRef after) {
  private static final byte VERSION = 1;
  private static final int HEADER = 1 + 1 + 4;

  /** The cursor as sent to clients. */
  public String encode() {
    ByteBuffer buffer = ByteBuffer.allocate(HEADER + after.length);
    buffer.put(VERSION).put((byte) (corrected ? 1 : 0)).putInt(fingerprint);
    buffer.put(after.bytes, after.offset, after.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  /** The cursor of a string from {@link #encode()}, or null when it is not one. */
  public static SearchCursor decode(String text) {
    if (text == null || text.isEmpty() || text.length() > 4096) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (bytes.length <= HEADER || bytes[0] != VERSION || (bytes[1] != 0 && bytes[1] != 1)) {
      return null;
    }
    int fingerprint = ByteBuffer.wrap(bytes, 2, 4).getInt();
    return new SearchCursor(bytes[1] == 1, fingerprint, new BytesRef(Arrays.copyOfRange(bytes, HEADER, bytes.length)));
  }
}
