package org.festserver.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.festserver.indexer.search.SearchKind;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.catalog.NameOrder;
import org.festserver.server.testing.SearchCatalogServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged query sets, each through real HTTP on a real index: {@code search/judged-queries.json} on the
 * search-catalog scenario, and {@code search/judged-queries-generated.json} on generated data (a file written by
 * {@code fest-tools generate}, and the bundled sample when the checkout has one). Every expected hit must be present
 * (or exactly those), forbidden hits absent, the typo flag as judged, and every answer must hold the order rules of
 * R-4.3.1 (kinds in order, Norwegian alphabetical names within a kind, ATC codes in code order).
 */
final class JudgedQueriesTest {
  /** The day the generated sets are judged on (the generator's HentetDato is 2026-11-01). */
  private static final Clock GENERATED_DAY = Clock.fixed(Instant.parse("2026-11-02T11:00:00Z"), ZoneId.of("Europe/Oslo"));

  @RegisterExtension static final SearchCatalogServer scenario = new SearchCatalogServer();
  @TempDir static Path dir;
  private static final List<TestServer> generated = new ArrayList<>();

  @AfterAll
  static void stop() {
    generated.forEach(TestServer::close);
  }

  @TestFactory
  Stream<DynamicTest> scenarioQueries() throws IOException {
    return tests(read("search/judged-queries.json"), "scenario", scenario::get);
  }

  @TestFactory
  Stream<DynamicTest> generatedQueries() throws IOException {
    JsonNode judged = read("search/judged-queries-generated.json");
    TestServer server = TestServer.start(TestFiles.copy("search/generated-s0.02-seed1.xml.gz", dir),
        dir.resolve("generated"), GENERATED_DAY);
    generated.add(server);
    Stream<DynamicTest> tests = tests(judged, "generated", server::get);
    Path bundled = bundledSample();
    if (bundled != null) {
      TestServer sample = TestServer.start(bundled, dir.resolve("bundled"), GENERATED_DAY);
      generated.add(sample);
      tests = Stream.concat(tests, tests(judged, "bundled sample", sample::get));
    }
    return tests;
  }

  private static Path bundledSample() {
    try {
      return TestFiles.bundledSample();
    } catch (IllegalStateException e) {
      return null; // not in this checkout yet
    }
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = JudgedQueriesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static Stream<DynamicTest> tests(JsonNode judged, String data, Function<String, TestServer.Response> get) {
    List<DynamicTest> tests = new ArrayList<>();
    judged.path("queries").forEach(query -> {
      String name = data + ": " + query.path("q").asText()
          + (query.has("kinds") ? " [" + query.path("kinds").asText() + "]" : "")
          + (query.path("includeUnavailable").asBoolean() ? " +unavailable" : "");
      tests.add(DynamicTest.dynamicTest(name, () -> check(query, get)));
    });
    assertThat(tests).hasSizeGreaterThanOrEqualTo(50);
    return tests.stream();
  }

  private static void check(JsonNode query, Function<String, TestServer.Response> get) {
    StringBuilder path = new StringBuilder("/api/v1/search?limit=100&q=")
        .append(URLEncoder.encode(query.path("q").asText(), StandardCharsets.UTF_8));
    if (query.has("kinds")) {
      path.append("&kinds=").append(query.path("kinds").asText());
    }
    if (query.path("includeUnavailable").asBoolean()) {
      path.append("&includeUnavailable=true");
    }
    TestServer.Response response = get.apply(path.toString());
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
    assertThat(hits.size()).isGreaterThanOrEqualTo(query.path("minTotal").asInt(0));
    if (body.path("total").asLong() <= 100) {
      assertThat(body.path("total").asLong()).isEqualTo(hits.size());
    }
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
