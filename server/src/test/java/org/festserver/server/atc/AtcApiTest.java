package org.festserver.server.atc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.festserver.server.testing.SearchCatalogServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /atc/{code}} over code system 7180 of the search-catalog scenario. */
final class AtcApiTest {
  @RegisterExtension static final SearchCatalogServer server = new SearchCatalogServer();

  @Test
  @DisplayName("R-11.1: a code has Norwegian and English names, its parent and its children in code order")
  void levelWithParentAndChildren() {
    JsonNode body = server.get("/api/v1/atc/C10AA").json();
    assertThat(body.path("code").asText()).isEqualTo("C10AA");
    assertThat(body.path("nameNorwegian").asText()).isEqualTo("HMG-CoA-reduktasehemmere");
    assertThat(body.path("nameEnglish").asText()).isEqualTo("HMG CoA reductase inhibitors");
    assertThat(body.path("parent").path("code").asText()).isEqualTo("C10A");
    assertThat(body.path("children").get(0).path("code").asText()).isEqualTo("C10AA01");
    assertThat(body.path("children").get(1).path("code").asText()).isEqualTo("C10AA05");
  }

  @Test
  @DisplayName("R-11.1: the top level has no parent; a 5th-level code no children; lower case is accepted")
  void topAndLeaf() {
    assertThat(server.get("/api/v1/atc/C").json().path("parent").isNull()).isTrue();
    assertThat(server.get("/api/v1/atc/C").json().path("children").get(0).path("code").asText()).isEqualTo("C03");
    JsonNode leaf = server.get("/api/v1/atc/j01fa09").json();
    assertThat(leaf.path("nameEnglish").asText()).isEqualTo("Clarithromycin");
    assertThat(leaf.path("parent").path("code").asText()).isEqualTo("J01FA");
    assertThat(leaf.path("children")).isEmpty();
  }

  @Test
  @DisplayName("A parent missing from the code system is skipped: the nearest listed ancestor is the parent")
  void missingLevelsAreSkipped() {
    assertThat(server.get("/api/v1/atc/N02BE01").json().path("parent").isNull()).isTrue();
  }

  @Test
  @DisplayName("An unknown code is 404; a malformed one is 400 naming code")
  void badCodes() {
    assertThat(server.get("/api/v1/atc/C99ZZ99").status()).isEqualTo(404);
    TestServer.Response bad = server.get("/api/v1/atc/12-x");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("code");
  }
}
