package org.festserver.server.web;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * Serves the web page (classpath folder {@code web/}) at {@code /} with a same-origin Content-Security-Policy. Paths
 * that match no file fall through to the routes, so {@code /api/*} and {@code /metrics} answer as before and an
 * unknown API path stays a problem+json 404.
 */
public final class WebPage {
  /** The classpath folder that holds the page. */
  public static final String CLASSPATH_FOLDER = "/web";

  /**
   * Everything from this server only: no inline script or style, no frames, no plug-ins, forms post back here only.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private WebPage() {}

  /** Adds the page to the server's static files. */
  public static void register(StaticFilesConfig staticFiles) {
    staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = CLASSPATH_FOLDER;
      files.location = Location.CLASSPATH;
      files.headers = Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          // Small files, revalidated on every load so that a new server version shows at once.
          "Cache-Control", "no-cache");
    });
  }
}
