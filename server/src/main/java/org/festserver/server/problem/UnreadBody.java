package org.festserver.server.problem;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a refused request's body before its problem is sent. A server that closes a
 * connection with unread bytes makes the TCP stack reset it, and a client still sending an upload then loses the
 * 4xx answer and sees only a reset. A body larger than {@link #LIMIT} is not worth reading for a refusal: the
 * connection is closed after the answer instead (clients that send {@code Expect: 100-continue} send no body).
 */
final class UnreadBody {
  static final long LIMIT = 16L << 20;

  private UnreadBody() {}

  static void discard(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    boolean chunked = "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding"));
    if (declared == 0 || declared < 0 && !chunked) {
      return;
    }
    if (declared > LIMIT) {
      ctx.header("Connection", "close");
      return;
    }
    try {
      InputStream body = ctx.req().getInputStream();
      long left = LIMIT;
      byte[] buffer = new byte[8192];
      for (int n; left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
        left -= n;
      }
      if (left == 0) {
        ctx.header("Connection", "close");
      }
    } catch (IOException | IllegalStateException e) {
      // the body was already read (a parsed form or JSON) or the client went away: nothing left to drop
    }
  }
}
