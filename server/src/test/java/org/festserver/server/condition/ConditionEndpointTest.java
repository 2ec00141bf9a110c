package org.festserver.server.condition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.festserver.server.testing.ScenarioServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v1/conditions}: a product's own conditions. */
final class ConditionEndpointTest {
  @RegisterExtension
  static final ScenarioServer server = new ScenarioServer();

  private static List<String> numbers(String query) {
    TestServer.Response response = server.get("/api/v1/conditions?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> numbers = new ArrayList<>();
    response.json().get("conditions").forEach(condition -> numbers.add(condition.get("number").asText()));
    return numbers;
  }

  @Test
  @DisplayName("R-6.2.7, R-10.1.1 an institution pack shows its vilkår 41 and its unregistered brand's vilkår 34")
  void packShowsItsOwnAndItsBrandsConditions() {
    assertThat(numbers("pack=100003")).containsExactly("41", "34");
    JsonNode condition = server.get("/api/v1/conditions?pack=100003").json().get("conditions").get(1);
    assertThat(condition.get("id").asText()).isEqualTo("ID_V_34");
    assertThat(condition.get("group").get("code").asText()).isEqualTo("4");
    assertThat(condition.get("text").asText()).startsWith("Forskriver tar et særlig ansvar");
  }

  @Test
  @DisplayName("R-5.7 a brand shows its own conditions; products without any show none")
  void brandAndPlainProducts() {
    assertThat(numbers("brand=ID_BRAND_UNREG")).containsExactly("34");
    assertThat(numbers("pack=100001")).isEmpty();
    assertThat(numbers("substanceGroup=ID_SG_SIMVA")).isEmpty();
  }

  @Test
  @DisplayName("bad input gives 400 naming the parameter; an unknown product 404")
  void badInput() {
    TestServer.Response none = server.get("/api/v1/conditions?role=prescriber");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("errors").get(0).get("field").asText()).isEqualTo("pack");
    assertThat(server.get("/api/v1/conditions?pack=100003&role=nurse").json().get("errors").get(0).get("field").asText())
        .isEqualTo("role");
    assertThat(server.get("/api/v1/conditions?pack=123").status()).isEqualTo(404);
  }
}
