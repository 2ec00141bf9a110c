package org.festserver.server.apidoc;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.festserver.server.problem.ApiException;

/**
 * Serves the OpenAPI description and the Swagger UI page from the jar: nothing is fetched from the internet at run
 * time (the page's validator badge is switched off too).
 */
public final class ApiDocs {
  /** Where the hand-written description lives on the classpath. */
  public static final String SPEC_RESOURCE = "/openapi/openapi.json";
  private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
  /** The Swagger UI files the page uses, with their content types; nothing else of the webjar is served. */
  private static final Map<String, String> ASSETS = Map.of(
      "swagger-ui.css", "text/css; charset=utf-8",
      "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
      "favicon-32x32.png", "image/png");
  private static final String PAGE = """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>FEST server API</title>
        <link rel="stylesheet" href="/api/docs/swagger-ui.css">
        <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
      </head>
      <body>
        <div id="ui"></div>
        <script src="/api/docs/swagger-ui-bundle.js"></script>
        <script src="/api/docs/swagger-init.js"></script>
      </body>
      </html>
      """;

  /** Starts Swagger UI on this server's description; a file, so that the page's CSP needs no inline script. */
  private static final String INIT = """
      window.ui = SwaggerUIBundle({url: "/api/v1/openapi.json", dom_id: "#ui", validatorUrl: null,
        deepLinking: true, tryItOutEnabled: true});
      """;
  /** Only this server's files; Swagger UI sets inline styles and uses data: images. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
      + "form-action 'none'; frame-ancestors 'none'";

  private final byte[] spec = read(SPEC_RESOURCE);
  private final Map<String, byte[]> assets = new java.util.HashMap<>();

  public ApiDocs() {
    String version = swaggerUiVersion();
    ASSETS.keySet().forEach(file -> assets.put(file, read(WEBJAR + version + "/" + file)));
    assets.put("swagger-init.js", INIT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Registers {@code GET /api/v1/openapi.json}, {@code /api/docs} and the page's assets. */
  public void register(RoutesConfig routes) {
    routes.get("/api/v1/openapi.json", this::openapi);
    routes.get("/api/docs", this::page);
    routes.get("/api/docs/{file}", this::asset);
  }

  void openapi(Context ctx) {
    ctx.contentType("application/json").result(spec);
  }

  void page(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).contentType("text/html; charset=utf-8").result(PAGE);
  }

  void asset(Context ctx) {
    String file = ctx.pathParam("file");
    String type = file.equals("swagger-init.js") ? "text/javascript; charset=utf-8" : ASSETS.get(file);
    if (type == null) {
      throw ApiException.notFound("file", file);
    }
    ctx.header("Cache-Control", "public, max-age=86400").contentType(type).result(assets.get(file));
  }

  private static String swaggerUiVersion() {
    Properties properties = new Properties();
    try (InputStream in = ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] read(String resource) {
    try (InputStream in = ApiDocs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
