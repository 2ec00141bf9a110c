package org.festserver.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * CORS for the configured origins ({@code --cors-origins}; off when empty). A request from an allowed origin gets
 * {@code Access-Control-Allow-Origin} and may read {@code FEST-Hentet-Dato}; a preflight ({@code OPTIONS} with
 * {@code Access-Control-Request-Method}) gets 204 with the allowed methods and headers. A request from any other
 * origin is answered as usual without CORS headers, so the browser withholds the answer from the page; clients that
 * are not browsers are unaffected. Credentials are never allowed: the public API needs none.
 */
final class Cors {
  private static final String ALLOWED_METHODS = "GET, POST";
  private static final String ALLOWED_HEADERS = "Content-Type, Authorization";
  private static final int MAX_AGE_SECONDS = 600;

  private final List<String> origins;
  private final boolean any;

  Cors(List<String> origins) {
    this.origins = List.copyOf(origins);
    this.any = origins.contains("*");
  }

  boolean enabled() {
    return !origins.isEmpty();
  }

  /** Before-handler for {@code /api/*}: the CORS headers of an allowed origin. */
  void headers(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !(any || origins.contains(origin))) {
      return;
    }
    ctx.header("Access-Control-Allow-Origin", any ? "*" : origin);
    ctx.header("Access-Control-Expose-Headers", CatalogServer.HENTET_DATO_HEADER);
    if (!any) {
      ctx.header("Vary", "Origin");
    }
  }

  /** {@code OPTIONS /api/*}: a preflight from an allowed origin gets 204 with what it may send. */
  void preflight(Context ctx) {
    if (ctx.res().getHeader("Access-Control-Allow-Origin") != null && ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", String.valueOf(MAX_AGE_SECONDS));
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
