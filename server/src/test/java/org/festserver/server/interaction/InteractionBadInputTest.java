package org.festserver.server.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import org.festserver.server.problem.ProblemHandler;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input to the interaction endpoints gives 400 problem+json naming the parameter. */
@ExtendWith(InteractionScenario.class)
final class InteractionBadInputTest {
  private final TestServer server = InteractionScenario.server();

  private JsonNode badCheck(String body, String code) {
    return problem(server.postJson("/api/v1/interactions/check", body), code);
  }

  private JsonNode problem(TestServer.Response response, String code) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith(ProblemHandler.CONTENT_TYPE);
    JsonNode problem = response.json();
    assertThat(problem.get("code").asText()).isEqualTo(code);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("type").asText()).isEqualTo("/problems/" + code);
    return problem;
  }

  private static String field(JsonNode problem) {
    return problem.get("errors").get(0).get("field").asText();
  }

  // ---- check ----

  @Test
  @DisplayName("Issue 4: a body that is not JSON, or not a JSON object, is an invalid body")
  void malformedJsonIsAnInvalidBody() {
    JsonNode problem = badCheck("{\"items\": [\"atc:C10AA01\"", "invalid-body");
    assertThat(field(problem)).isEqualTo("body");
    assertThat(problem.get("detail").asText()).startsWith("the body is not valid JSON");
    badCheck("", "invalid-body");
    badCheck("[\"atc:C10AA01\"]", "invalid-body");
  }

  @Test
  @DisplayName("Issue 4: a body without items, or with items that are not a list, names items")
  void missingItemsIsNamed() {
    JsonNode problem = badCheck("{\"audience\": \"gp\"}", "invalid-parameter");
    assertThat(field(problem)).isEqualTo("items");
    assertThat(problem.get("detail").asText()).isEqualTo("items: is required: a list of items such as \"atc:C10AA01\"");
    assertThat(field(badCheck("{\"items\": null}", "invalid-parameter"))).isEqualTo("items");
    assertThat(field(badCheck("{\"items\": \"atc:C10AA01\"}", "invalid-parameter"))).isEqualTo("items");
  }

  @Test
  @DisplayName("Issue 4: more than 200 items is refused; 200 are accepted")
  void moreThanTwoHundredItemsIsRefused() {
    String tooMany = "{\"items\": [" + String.join(",", Collections.nCopies(201, "\"atc:C10AA01\"")) + "]}";
    JsonNode problem = badCheck(tooMany, "invalid-parameter");
    assertThat(field(problem)).isEqualTo("items");
    assertThat(problem.get("detail").asText()).isEqualTo("items: at most 200 items, got 201");
    String enough = "{\"items\": [" + String.join(",", Collections.nCopies(200, "\"atc:C10AA01\"")) + "]}";
    assertThat(server.postJson("/api/v1/interactions/check", enough).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-8.1.6: an unknown audience is refused, naming audience")
  void unknownAudienceIsRefused() {
    JsonNode problem = badCheck("{\"items\": [\"atc:C10AA01\"], \"audience\": \"doctor\"}", "invalid-parameter");
    assertThat(field(problem)).isEqualTo("audience");
    assertThat(problem.get("detail").asText())
        .isEqualTo("audience: must be one of gp, specialist, hospital, pharmacy, vet, got 'doctor'");
    assertThat(field(badCheck("{\"items\": [], \"audience\": 1}", "invalid-parameter"))).isEqualTo("audience");
  }

  @Test
  @DisplayName("R-8.1.5: an unknown minRelevance is refused, naming minRelevance")
  void unknownMinRelevanceIsRefused() {
    JsonNode problem = badCheck("{\"items\": [\"atc:C10AA01\"], \"minRelevance\": \"high\"}", "invalid-parameter");
    assertThat(field(problem)).isEqualTo("minRelevance");
    assertThat(problem.get("detail").asText()).isEqualTo("minRelevance: must be one of avoid, precautions, none, got 'high'");
  }

  // ---- search ----

  @Test
  @DisplayName("R-8.4.1: a search without q, or with a too long q, names q")
  void searchWithoutQIsRefused() {
    assertThat(field(problem(server.get("/api/v1/interactions"), "invalid-parameter"))).isEqualTo("q");
    assertThat(field(problem(server.get("/api/v1/interactions?q=%20"), "invalid-parameter"))).isEqualTo("q");
    assertThat(field(problem(server.get("/api/v1/interactions?q=" + "a".repeat(101)), "invalid-parameter"))).isEqualTo("q");
  }

  @Test
  @DisplayName("R-8.4.2: a search with a bad minRelevance, limit or offset names it")
  void searchWithBadParametersIsRefused() {
    assertThat(field(problem(server.get("/api/v1/interactions?q=C10&minRelevance=all"), "invalid-parameter")))
        .isEqualTo("minRelevance");
    assertThat(field(problem(server.get("/api/v1/interactions?q=C10&limit=0"), "invalid-parameter"))).isEqualTo("limit");
    assertThat(field(problem(server.get("/api/v1/interactions?q=C10&limit=1001"), "invalid-parameter"))).isEqualTo("limit");
    assertThat(field(problem(server.get("/api/v1/interactions?q=C10&offset=-1"), "invalid-parameter"))).isEqualTo("offset");
    assertThat(field(problem(server.get("/api/v1/interactions?q=C10&limit=ten"), "invalid-parameter"))).isEqualTo("limit");
  }
}
