package org.festserver.server.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festserver.server.interaction.InteractionScenario.body;
import static org.festserver.server.interaction.InteractionScenario.ids;
import static org.festserver.server.interaction.InteractionScenario.pairs;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interaction anchors of the bundled generated sample ({@code data/fest-sample.xml.gz}, docs/generator.md). */
final class InteractionBundledSampleTest {
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

  private static JsonNode check(String... items) {
    TestServer.Response response = server.postJson("/api/v1/interactions/check", body(null, null, items));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  @Test
  @DisplayName("R-8.2.1: Zocorex (100010) and Klacimed (100013) give the anchor's Bør unngås interaction")
  void simvastatinAndKlaritromycinAnchor() {
    JsonNode answer = check("pack:100010", "pack:100013");
    assertThat(pairs(answer)).containsExactly("ID_2A39D952-E551-4582-A1E6-6429E7951E9A: pack:100010 + pack:100013");
    assertThat(answer.get("interactions").get(0).get("relevance").get("code").asText()).isEqualTo("1");
  }

  @Test
  @DisplayName("R-8.1.4, R-8.1.1: the smoking (ZV80AA01) and Johannesurt (Perikum without ATC) anchors")
  void fictitiousCodeAndSubstanceWithoutAtcAnchors() {
    assertThat(ids(check("atc:ZV80AA01", "atc:N05AH02"))).contains("ID_458C8B20-F728-410B-B20F-B77D61971D1E");
    assertThat(ids(check("substance:ID_EB723DC4-D44C-4DE1-A18F-52D918F1CA24", "atc:L04AD01")))
        .contains("ID_07D6FE9D-D7CB-4E9F-B702-10AC31CD5CDD");
  }

  @Test
  @DisplayName("R-8.5.1: Tirzeva (100060, A10BX16) is not assessed")
  void tirzepatideIsNotAssessed() {
    JsonNode notAssessed = check("pack:100060").get("notAssessed");
    assertThat(notAssessed).hasSize(1);
    assertThat(notAssessed.get(0).get("atc").asText()).isEqualTo("A10BX16");
  }

  @Test
  @DisplayName("R-8.4.1: searching Prevensjonsmidler finds the group's interaction with rifampicin")
  void contraceptivesByGroupName() {
    JsonNode answer = server.get("/api/v1/interactions?q=Prevensjonsmidler").json();
    assertThat(ids(answer)).contains("ID_1AF16A12-00EC-404A-955D-7517D5F744CF");
    assertThat(ids(server.get("/api/v1/interactions?q=G03AA07").json())).contains("ID_1AF16A12-00EC-404A-955D-7517D5F744CF");
  }
}
