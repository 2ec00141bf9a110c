package org.festserver.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search and product look-ups over the real 2017 sample (403 real entries), on its extract date. */
final class RealSampleSearchTest {
  private static final Clock APRIL_2017 = Clock.fixed(Instant.parse("2017-04-12T12:00:00Z"), ZoneId.of("Europe/Oslo"));

  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("data"), APRIL_2017);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> labels(String query) {
    TestServer.Response response = server.get("/api/v1/search?limit=100&" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> labels = new ArrayList<>();
    response.json().path("hits").forEach(hit -> labels.add(hit.path("kind").asText() + ":" + hit.path("name").asText()));
    return labels;
  }

  @Test
  @DisplayName("R-4.3.1 on real data: a brand name finds the brand's substance group first, then the brands")
  void brandNameFindsRealGroup() {
    assertThat(labels("q=azitromax")).startsWith("substance-group:Azitromycin Tab 500 mg")
        .contains("brand:Azitromax Tab 500 mg");
  }

  @Test
  @DisplayName("R-5.5 on real data: '2.5' finds the NavnFormStyrke written with a decimal comma")
  void decimalPointFindsRealComma() {
    assertThat(labels("q=zomig+2.5")).contains("brand:Zomig Tab 2,5 mg");
    assertThat(labels("q=zolmitriptan+2,5&kinds=brand")).contains("brand:Zolmitriptan Sandoz Tab 2,5 mg",
        "brand:Zolmitriptan Actavis Tab 2,5 mg");
  }

  @Test
  @DisplayName("R-6.2.3 on real data: a pack by varenummer with leading zero, by search and by EAN")
  void realPackLookups() {
    JsonNode pack = server.get("/api/v1/packs/014884").json();
    assertThat(pack.path("itemNumber").asText()).isEqualTo("014884");
    assertThat(server.get("/api/v1/packs?ean=7046260148840").json().path("packs").get(0).path("itemNumber").asText())
        .isEqualTo("014884");
    assertThat(labels("q=014884&kinds=pack")).hasSize(1);
  }

  @Test
  @DisplayName("R-3.3.2 on real data: the group lists its referenced brand and packs")
  void realGroupDetail() {
    TestServer.Response search = server.get("/api/v1/search?q=azitromycin+tab&kinds=substance-group");
    String id = search.json().path("hits").get(0).path("id").asText();
    JsonNode group = server.get("/api/v1/substance-groups/" + id).json();
    assertThat(group.path("brands").get(0).path("name").asText()).isEqualTo("Azitromax Tab 500 mg");
    assertThat(group.path("packs").size()).isEqualTo(3);
  }
}
