package org.festserver.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.festserver.indexer.search.SearchKind;
import org.festserver.model.catalog.NameOrder;
import org.festserver.server.testing.SearchCatalogServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The judged query set ({@code search/judged-queries.json}): every query through real HTTP on a real index, with its
 * expected hits present (or exactly those), its forbidden hits absent, the typo flag as judged, and the order rules of
 * R-4.3.1 (kinds in order, Norwegian alphabetical names within a kind, ATC codes in code order) held by every answer.
 */
final class JudgedQueriesTest {
  @RegisterExtension static final SearchCatalogServer server = new SearchCatalogServer();

  @TestFactory
  Stream<DynamicTest> judgedQueries() throws IOException {
    JsonNode judged;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("search/judged-queries.json")) {
      judged = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    judged.path("queries").forEach(query -> {
      String name = query.path("q").asText() + (query.has("kinds") ? " [" + query.path("kinds").asText() + "]" : "")
          + (query.path("includeUnavailable").asBoolean() ? " +unavailable" : "");
      tests.add(DynamicTest.dynamicTest(name, () -> check(query)));
    });
    assertThat(tests).hasSizeGreaterThanOrEqualTo(50);
    return tests.stream();
  }

  private static void check(JsonNode query) {
    StringBuilder path = new StringBuilder("/api/v1/search?limit=100&q=")
        .append(URLEncoder.encode(query.path("q").asText(), StandardCharsets.UTF_8));
    if (query.has("kinds")) {
      path.append("&kinds=").append(query.path("kinds").asText());
    }
    if (query.path("includeUnavailable").asBoolean()) {
      path.append("&includeUnavailable=true");
    }
    TestServer.Response response = server.get(path.toString());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = response.json();
    List<String> hits = new ArrayList<>();
    List<JsonNode> nodes = new ArrayList<>();
    body.path("hits").forEach(hit -> {
      nodes.add(hit);
      hits.add(label(hit));
    });
    List<String> expected = strings(query.path("expect"));
    assertThat(body.path("corrected").asBoolean()).as("corrected for %s", hits).isEqualTo(query.path("corrected").asBoolean());
    if (query.path("exactly").asBoolean()) {
      assertThat(hits).containsExactlyElementsOf(expected);
    } else {
      assertThat(hits).containsAll(expected);
    }
    List<String> absent = strings(query.path("absent"));
    if (!absent.isEmpty()) {
      assertThat(hits).doesNotContainAnyElementsOf(absent);
    }
    assertThat(body.path("total").asLong()).isEqualTo(hits.size());
    assertOrder(nodes);
  }

  /** R-4.3.1: kinds in their order; within one, names in Norwegian order (ATC: codes). */
  private static void assertOrder(List<JsonNode> hits) {
    for (int i = 1; i < hits.size(); i++) {
      JsonNode a = hits.get(i - 1);
      JsonNode b = hits.get(i);
      int kindA = SearchKind.byCode(a.path("kind").asText()).ordinal();
      int kindB = SearchKind.byCode(b.path("kind").asText()).ordinal();
      assertThat(kindA).as("kind order at %d: %s then %s", i, a, b).isLessThanOrEqualTo(kindB);
      if (kindA == kindB) {
        String keyA = sortName(a);
        String keyB = sortName(b);
        assertThat(Arrays.compareUnsigned(NameOrder.sortKey(keyA), NameOrder.sortKey(keyB)))
            .as("name order at %d: %s then %s", i, keyA, keyB).isLessThanOrEqualTo(0);
      }
    }
  }

  private static String sortName(JsonNode hit) {
    return "atc".equals(hit.path("kind").asText()) ? hit.path("id").asText() : hit.path("name").asText();
  }

  private static String label(JsonNode hit) {
    if ("pack".equals(hit.path("kind").asText())) {
      return "pack#" + hit.path("itemNumber").asText();
    }
    return hit.path("kind").asText() + ":" + hit.path("name").asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
