package org.festserver.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's files over HTTP, beside the API: headers, and that the API and metrics still answer as before. */
final class WebPageTest {
  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestFiles.bundledSample(), dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pageIsServedAtRootWithASameOriginContentSecurityPolicy() {
    for (String path : List.of("/", "/?q=zocorex", "/?check=pack:100010,pack:100013")) {
      TestServer.Response page = server.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.body()).contains("<html lang=\"nb\">", "/app.js");
      assertThat(page.header("Content-Security-Policy"))
          .isEqualTo(WebPage.CONTENT_SECURITY_POLICY)
          .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'")
          .doesNotContain("unsafe", "http");
    }
  }

  @Test
  void scriptsAndStyleAreServedWithTheirTypes() {
    assertThat(server.get("/app.js").contentType()).contains("javascript");
    assertThat(server.get("/js/check.js").contentType()).contains("javascript");
    assertThat(server.get("/app.css").contentType()).startsWith("text/css");
    assertThat(server.get("/favicon.svg").contentType()).startsWith("image/svg+xml");
  }

  @Test
  void apiMetricsAndUnknownApiPathsAnswerAsBefore() {
    assertThat(server.get("/api/v1/status").json().get("status").asText()).isEqualTo("ready");
    assertThat(server.get("/metrics").status()).isEqualTo(200);
    TestServer.Response unknown = server.get("/api/v1/no-such-endpoint");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().get("code").asText()).isEqualTo("route-not-found");
    assertThat(server.get("/no-such-file.js").json().get("code").asText()).isEqualTo("route-not-found");
  }

  @Test
  void pageLoadsNothingFromOtherHosts() throws IOException {
    // Every src/href of the page and every import of the scripts is a path on this server.
    Pattern reference = Pattern.compile("(?:src|href)=\"([^\"]*)\"|from '([^']*)'");
    for (String file : List.of("index.html", "app.js", "js/dom.js", "js/api.js", "js/typeahead.js", "js/product.js",
        "js/check.js", "js/pharmacy.js")) {
      Matcher m = reference.matcher(resource(file));
      while (m.find()) {
        String target = m.group(1) != null ? m.group(1) : m.group(2);
        assertThat(target).as(file).matches("(/|\\./|\\.\\./|#).*");
      }
    }
    assertThat(resource("app.css")).doesNotContain("url(", "@import");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WebPage.class.getResourceAsStream(WebPage.CLASSPATH_FOLDER + "/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
