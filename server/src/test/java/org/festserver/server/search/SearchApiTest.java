package org.festserver.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.festserver.indexer.testing.SearchCatalog;
import org.festserver.server.testing.SearchCatalogServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /search} through real HTTP: the response shape, paging, the date and every kind of bad input. */
final class SearchApiTest {
  @RegisterExtension static final SearchCatalogServer server = new SearchCatalogServer();

  private static JsonNode ok(String query) {
    TestServer.Response response = server.get("/api/v1/search?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    return response.json();
  }

  // ---- response ----

  @Test
  @DisplayName("API contract: each hit has kind, id, name and atc; the page has total, next and corrected")
  void responseShape() {
    JsonNode body = ok("q=zocorex");
    assertThat(body.path("total").asLong()).isEqualTo(4);
    assertThat(body.path("next").isNull()).isTrue();
    assertThat(body.path("corrected").asBoolean()).isFalse();
    JsonNode first = body.path("hits").get(0);
    assertThat(first.path("kind").asText()).isEqualTo("substance-group");
    assertThat(first.path("id").asText()).isEqualTo(SearchCatalog.id("g_simva20"));
    assertThat(first.path("name").asText()).isEqualTo("Simvastatin Tab 20 mg");
    assertThat(first.path("atc").asText()).isEqualTo("C10AA01");
    assertThat(first.has("itemNumber")).isFalse();
  }

  @Test
  @DisplayName("Pack hits carry varenummer, size and marketing state (R-6.1.1)")
  void packHitsCarryItemNumberAndState() {
    JsonNode hit = ok("q=klaritromycin+mylan&kinds=pack").path("hits").get(0);
    assertThat(hit.path("itemNumber").asText()).isEqualTo("100017");
    assertThat(hit.path("packSize").asText()).isEqualTo("14 stk");
    assertThat(hit.path("marketing").asText()).isEqualTo("not-yet-marketed");
  }

  @Test
  @DisplayName("Cursor paging over HTTP returns every hit once, with the exact total on each page")
  void pagingThroughNext() {
    JsonNode all = ok("q=t&kinds=substance-group,brand,pack,unit-dose,substance,supply,atc&limit=100");
    List<String> expected = new ArrayList<>();
    all.path("hits").forEach(hit -> expected.add(hit.path("id").asText()));
    List<String> paged = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      String cursor = next == null ? "" : "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
      JsonNode page = ok("q=t&kinds=substance-group,brand,pack,unit-dose,substance,supply,atc&limit=7" + cursor);
      assertThat(page.path("total").asLong()).isEqualTo(all.path("total").asLong());
      page.path("hits").forEach(hit -> paged.add(hit.path("id").asText()));
      next = page.path("next").isNull() ? null : page.path("next").asText();
      pages++;
    } while (next != null);
    assertThat(paged).isEqualTo(expected);
    assertThat(pages).isEqualTo((expected.size() + 6) / 7);
  }

  @Test
  @DisplayName("R-6.1.2: the date decides what can no longer be sold; includeUnavailable brings it back")
  void dateAndIncludeUnavailable() {
    assertThat(ok("q=simvastatin+sandoz+20").path("total").asLong()).isEqualTo(1); // the group only
    assertThat(ok("q=simvastatin+sandoz+20&date=2026-04-09").path("total").asLong()).isEqualTo(2);
    assertThat(ok("q=simvastatin+sandoz+20&includeUnavailable=true").path("total").asLong()).isEqualTo(2);
  }

  // ---- bad input ----

  @Test
  @DisplayName("A missing q is a 400 problem naming q (exact body)")
  void missingQueryIsPinnedProblem() {
    TestServer.Response response = server.get("/api/v1/search");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).isEqualTo("{\"type\":\"/problems/invalid-parameter\",\"title\":\"Invalid parameter\","
        + "\"status\":400,\"detail\":\"q: is required and must not be blank\",\"instance\":\"/api/v1/search\","
        + "\"code\":\"invalid-parameter\",\"errors\":[{\"field\":\"q\",\"reason\":\"is required and must not be blank\"}]}");
  }

  @Test
  @DisplayName("Empty, blank, over-long or symbol-only q; unknown kinds; bad limit, cursor, date: 400 naming it")
  void badParameters() {
    assertField("q=", "q");
    assertField("q=%20%20", "q");
    assertField("q=" + "a".repeat(101), "q");
    assertField("q=***", "q");
    assertField("q=simva&kinds=brand,drug", "kinds");
    assertField("q=simva&kinds=brand,", "kinds");
    assertField("q=simva&limit=-1", "limit");
    assertField("q=simva&limit=0", "limit");
    assertField("q=simva&limit=101", "limit");
    assertField("q=simva&limit=99999999999999", "limit");
    assertField("q=simva&limit=ten", "limit");
    assertField("q=simva&cursor=garbage!", "cursor");
    assertField("q=simva&date=2026-02-30", "date");
    assertField("q=simva&includeUnavailable=maybe", "includeUnavailable");
    String next = ok("q=simvastatin&limit=1").path("next").asText();
    assertField("q=zocorex&limit=1&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8), "cursor");
  }

  private static void assertField(String query, String field) {
    TestServer.Response response = server.get("/api/v1/search?" + query);
    assertThat(response.status()).as(query + " → " + response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
  }

  @Test
  @DisplayName("A query with no hits is a 200 with total 0, not an error")
  void noHitsIsEmptyPage() {
    JsonNode body = ok("q=xyzzyqq");
    assertThat(body.path("total").asLong()).isZero();
    assertThat(body.path("hits")).isEmpty();
    assertThat(body.path("corrected").asBoolean()).isFalse();
  }
}
