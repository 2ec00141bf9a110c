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

/**
 * Interactions of the real 2017 sample ({@link TestFiles#REAL_SAMPLE}): real packs, real groups listing codes at every
 * level, real Handtering texts. Expected answers were worked out by hand from the file.
 */
final class InteractionRealSampleTest {
  private static final String CITALOPRAM = "pack:022113";
  private static final String MOKLOBEMID = "pack:466813";
  private static final String METADON = "pack:025298";
  private static final String KLARITROMYCIN = "pack:134338";
  private static final String EVEROLIMUS = "pack:014884";

  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("data"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode check(String body) {
    TestServer.Response response = server.postJson("/api/v1/interactions/check", body);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  @Test
  @DisplayName("R-8.2.1, R-8.4.2: real packs give the real pairs, Bør unngås first")
  void realPacksGiveRealPairs() {
    assertThat(pairs(check(body(null, null, CITALOPRAM, MOKLOBEMID, METADON)))).containsExactly(
        "ID_092F012E-E96B-4132-A049-9F8A0127D9FF: " + CITALOPRAM + " + " + MOKLOBEMID,
        "ID_A3EA0670-F990-4BB5-A5F9-A36800D5C327: " + CITALOPRAM + " + " + METADON);
    assertThat(pairs(check(body(null, null, EVEROLIMUS, KLARITROMYCIN)))).containsExactly(
        "ID_351CE22B-6031-416E-AC88-9F8A01268E29: " + EVEROLIMUS + " + " + KLARITROMYCIN);
  }

  @Test
  @DisplayName("R-8.1.6: the metadon/citalopram interaction has no Visningsregel Apotek, so a pharmacy does not see it")
  void pharmacyDoesNotSeeWhatItsVisningsregelLeavesOut() {
    assertThat(ids(check(body("pharmacy", null, CITALOPRAM, MOKLOBEMID, METADON))))
        .containsExactly("ID_092F012E-E96B-4132-A049-9F8A0127D9FF");
  }

  @Test
  @DisplayName("R-8.1.3, R-8.1.7: the group name and the real Handtering paragraphs are shown")
  void groupNameAndHandlingParagraphs() {
    JsonNode interactions = check(body(null, null, CITALOPRAM, MOKLOBEMID, METADON)).get("interactions");
    JsonNode handling = interactions.get(0).get("handling");
    assertThat(handling).extracting(p -> p.get("heading").asText()).containsExactly("Dosetilpasning", "Legemiddelalternativer");
    assertThat(handling.get(1).get("text").asText())
        .isEqualTo("Mianserin, mirtazapin, nortriptylin og reboksetin er antidepressiva uten typisk serotonerg aktivitet");
    assertThat(interactions.get(1).get("groups")).extracting(g -> g.get("name").asText()).containsExactly("Citalopram", "Metadon");
  }

  @Test
  @DisplayName("R-8.4.1: searching the group name Metadon finds every interaction of its member codes")
  void searchByGroupName() {
    JsonNode answer = server.get("/api/v1/interactions?q=Metadon").json();
    assertThat(ids(answer)).contains("ID_A3EA0670-F990-4BB5-A5F9-A36800D5C327", "ID_0CF27F33-4A5A-4A20-8588-A4C300B4C566",
        "ID_4D2156E8-750E-4BFC-B523-9F8F00E51FA6");
    assertThat(answer.get("matchedAs").asText()).isEqualTo("name");
  }
}
