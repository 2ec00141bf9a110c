package org.festserver.server.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festserver.server.interaction.InteractionScenario.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/v1/interactions?q=} over the scenario {@code fest/interactions/interaction-rules.xml}. */
@ExtendWith(InteractionScenario.class)
final class InteractionSearchTest {
  private final TestServer server = InteractionScenario.server();

  private JsonNode search(String query) {
    TestServer.Response response = server.get("/api/v1/interactions?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private JsonNode q(String text) {
    return search("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
  }

  // ---- by ATC code ----

  @Test
  @DisplayName("R-8.4.1, R-8.4.2: a level-5 code finds its own interactions and those of groups containing it, by relevance")
  void levelFiveCodeFindsOwnAndContainingGroups() {
    JsonNode answer = q("C10AA01");
    assertThat(answer.get("matchedAs").asText()).isEqualTo("atc");
    assertThat(ids(answer)).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_STATIN_CICLO", "ID_INT_SIMVA_AMLODIPIN");
    assertThat(answer.get("total").asInt()).isEqualTo(3);
    assertThat(answer.get("interactions").get(0).has("items")).isFalse();
    assertThat(answer.get("interactions").get(0).get("groups")).hasSize(2);
  }

  @Test
  @DisplayName("R-8.4.1: a higher code finds the interactions of every code below it")
  void higherCodeFindsCodesBelowIt() {
    assertThat(ids(q("C10"))).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_STATIN_CICLO", "ID_INT_SIMVA_AMLODIPIN");
    // equal relevance: by group name, "Johannesurt" before "Serotonerge antidepressiva"
    assertThat(ids(q("n06a"))).containsExactly("ID_INT_PERIKUM_WARFARIN", "ID_INT_SSRI_MAOI");
    assertThat(ids(q("C10AB"))).isEmpty();
  }

  @Test
  @DisplayName("R-8.4.1, R-8.1.4: a fictitious code finds the group that contains it")
  void fictitiousCodeFindsContainingGroup() {
    assertThat(ids(q("ZV80AA01"))).containsExactly("ID_INT_SMOKING_KLOZAPIN");
    assertThat(ids(q("ZV80AA"))).containsExactly("ID_INT_SMOKING_KLOZAPIN");
  }

  // ---- by name ----

  @Test
  @DisplayName("R-8.4.1: a substansgruppe name finds the group's interactions and those of each member code")
  void groupNameFindsGroupAndMemberCodes() {
    JsonNode answer = q("Statiner");
    assertThat(answer.get("matchedAs").asText()).isEqualTo("name");
    assertThat(ids(answer)).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_STATIN_CICLO", "ID_INT_SIMVA_AMLODIPIN");
    assertThat(ids(q("johannesurt"))).containsExactly("ID_INT_PERIKUM_WARFARIN");
  }

  @Test
  @DisplayName("R-8.4.1: a substance name finds interactions on its codes and on members naming it without ATC")
  void substanceNameFindsItsInteractions() {
    assertThat(ids(q("Perikum"))).containsExactly("ID_INT_PERIKUM_WARFARIN");
    assertThat(ids(q("Klaritromycin"))).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_KLARI_KOLKISIN");
    assertThat(ids(q("Metformin"))).containsExactly("ID_INT_METFORMIN_CONTRAST");
    assertThat(ids(q("Efedrin"))).containsExactly("ID_INT_EFEDRIN_LINEZOLID");
  }

  @Test
  @DisplayName("R-8.4.1: without an equal name, names starting with the text are used")
  void prefixOfANameIsUsedWhenNoNameIsEqual() {
    assertThat(ids(q("klaritro"))).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_KLARI_KOLKISIN");
    assertThat(ids(q("kl"))).isEmpty();
    assertThat(ids(q("Ukjent stoff"))).isEmpty();
  }

  // ---- relevance and paging ----

  @Test
  @DisplayName("R-8.4.1: search ignores Visningsregel and shows all relevance levels unless minRelevance is given")
  void searchShowsEverythingByDefault() {
    assertThat(ids(q("Simvastatin"))).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_STATIN_CICLO", "ID_INT_SIMVA_AMLODIPIN");
    assertThat(ids(search("q=Simvastatin&minRelevance=precautions"))).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_STATIN_CICLO");
    assertThat(ids(search("q=Simvastatin&minRelevance=avoid"))).containsExactly("ID_INT_SIMVA_KLARI");
  }

  @Test
  @DisplayName("Issue 4: limit and offset page through the relevance order; total counts all")
  void limitAndOffsetPage() {
    JsonNode page = search("q=C10&limit=1&offset=1");
    assertThat(ids(page)).containsExactly("ID_INT_STATIN_CICLO");
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(ids(search("q=C10&offset=5"))).isEmpty();
  }
}
