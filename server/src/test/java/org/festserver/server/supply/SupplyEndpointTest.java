package org.festserver.server.supply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.festserver.server.testing.ScenarioServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v1/supplies/tree} and {@code /supplies/{nr}} over the reimbursement scenario (R-12.x). */
final class SupplyEndpointTest {
  @RegisterExtension
  static final ScenarioServer server = new ScenarioServer();

  private static JsonNode tree(String query) {
    TestServer.Response response = server.get("/api/v1/supplies/tree" + (query.isEmpty() ? "" : "?" + query));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().get("groups");
  }

  /** The node with this code anywhere below the given nodes. */
  private static JsonNode node(JsonNode nodes, String code) {
    for (JsonNode node : nodes) {
      if (node.get("code").asText().equals(code)) {
        return node;
      }
      if (code.startsWith(node.get("code").asText())) {
        return node(node.get("children"), code);
      }
    }
    throw new AssertionError("no group " + code);
  }

  private static List<String> codes(JsonNode nodes) {
    List<String> codes = new ArrayList<>();
    nodes.forEach(node -> codes.add(node.get("code").asText()));
    return codes;
  }

  private static List<String> goods(JsonNode node) {
    List<String> numbers = new ArrayList<>();
    node.get("goods").forEach(good -> numbers.add(good.get("number").asText()));
    return numbers;
  }

  // ---------------------------------------------------------------- tree

  @Test
  @DisplayName("R-12.1.1 the tree: main groups, 3-digit, 5-digit and 7-digit groups from 7403, goods under their 7-digit group")
  void treeLevels() {
    JsonNode roots = tree("");
    assertThat(codes(roots)).containsExactly("5", "6");
    assertThat(roots.get(0).get("name").asText()).isEqualTo("Medisinsk forbruksmateriell");
    assertThat(codes(roots.get(0).get("children"))).containsExactly("502");
    JsonNode urine = node(roots, "502");
    assertThat(urine.get("level").asInt()).isEqualTo(1);
    assertThat(codes(urine.get("children"))).containsExactly("50201");
    assertThat(codes(node(roots, "50201").get("children"))).containsExactly("5020101", "5020102");
    JsonNode disposable = node(roots, "5020101");
    assertThat(disposable.get("level").asInt()).isEqualTo(3);
    assertThat(disposable.get("name").asText()).isEqualTo("Engangskateter");
    assertThat(goods(disposable)).containsExactly("900001");
    assertThat(disposable.get("goods").get(0).get("name").asText()).isEqualTo("Kateter Eksempel CH12");
    assertThat(disposable.get("goods").get(0).get("kind").asText()).isEqualTo("medical-consumable");
    assertThat(goods(node(roots, "6010101"))).containsExactly("900002");
  }

  @Test
  @DisplayName("R-12.1.3 breast prostheses are left out of the tree")
  void breastProsthesesAreLeftOut() {
    assertThat(goods(node(tree(""), "5020102"))).isEmpty();
  }

  @Test
  @DisplayName("R-12.1.1 goods show while their reimbursement link is valid: before, at and after its start")
  void goodsByDate() {
    assertThat(goods(node(tree("date=2025-06-30"), "5020101"))).containsExactly("900001");
    assertThat(goods(node(tree("date=2025-07-01"), "5020101"))).containsExactly("900001", "900003");
    assertThat(goods(node(tree("date=2024-12-31"), "5020101"))).isEmpty();
  }

  @Test
  @DisplayName("R-12.1.2 3-digit groups and 7-digit groups with condition 11 are prescribable, with their conditions")
  void prescribableGroups() {
    JsonNode roots = tree("");
    assertThat(node(roots, "502").get("prescribable").asBoolean()).isTrue();
    assertThat(node(roots, "50201").get("prescribable").asBoolean()).isFalse();
    assertThat(node(roots, "5020101").get("prescribable").asBoolean()).isTrue();
    assertThat(node(roots, "5020102").get("prescribable").asBoolean()).isFalse();
    assertThat(node(roots, "5").get("prescribable").asBoolean()).isFalse();
    JsonNode conditions = node(roots, "5020101").get("conditions");
    assertThat(conditions).hasSize(1);
    assertThat(conditions.get(0).get("id").asText()).isEqualTo("ID_V_11");
    assertThat(conditions.get(0).get("structured").get(0).get("type").get("code").asText()).isEqualTo("11");
  }

  @Test
  @DisplayName("R-12.1.2 an unmet age condition blocks the group: age 17 blocked, 18 not, unknown not")
  void ageBlocksTheGroup() {
    JsonNode young = node(tree("age=17"), "5020101");
    assertThat(young.get("blocked").asBoolean()).isTrue();
    assertThat(young.get("conditions").get(0).get("structured").get(1).get("met").asBoolean()).isFalse();
    assertThat(node(tree("age=18"), "5020101").get("blocked").asBoolean()).isFalse();
    assertThat(node(tree(""), "5020101").get("blocked").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("R-12.1.1 a subtree by group code, and the tree without goods")
  void subtreeAndNoGoods() {
    JsonNode subtree = tree("group=502");
    assertThat(codes(subtree)).containsExactly("502");
    assertThat(node(tree("goods=false"), "5020101").has("goods")).isFalse();
  }

  // ---------------------------------------------------------------- one good

  @Test
  @DisplayName("R-12.x a good by number: kind, prices, reimbursement group and basis, group path and conditions")
  void supplyByNumber() {
    TestServer.Response response = server.get("/api/v1/supplies/900001?age=17");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode good = response.json();
    assertThat(good.get("name").asText()).isEqualTo("Kateter Eksempel CH12");
    assertThat(good.get("kind").asText()).isEqualTo("medical-consumable");
    assertThat(good.get("prices").get(0).get("type").get("code").asText()).isEqualTo("P");
    assertThat(good.get("prices").get(0).get("amount").asDouble()).isEqualTo(250.0);
    JsonNode group = good.get("reimbursement").get("groups").get(0);
    assertThat(group.get("groupNumber").asText()).isEqualTo("5020101");
    assertThat(group.get("legalBasis").get("code").asText()).isEqualTo("502");
    assertThat(good.get("productGroups")).extracting(g -> g.get("code").asText()).containsExactly("5", "502", "50201", "5020101");
    assertThat(good.get("conditions")).extracting(c -> c.get("id").asText()).containsExactly("ID_V_COMM", "ID_V_11");
    assertThat(good.get("conditions").get(1).get("met").asBoolean()).isFalse();
    assertThat(server.get("/api/v1/supplies/900004").json().get("kind").asText()).isEqualTo("breast-prosthesis");
  }

  // ---------------------------------------------------------------- bad input

  @Test
  @DisplayName("bad input gives 400 naming the parameter; unknown groups and goods 404")
  void badInput() {
    assertThat(server.get("/api/v1/supplies/tree?group=50A").json().get("errors").get(0).get("field").asText()).isEqualTo("group");
    assertThat(server.get("/api/v1/supplies/tree?goods=maybe").json().get("errors").get(0).get("field").asText()).isEqualTo("goods");
    assertThat(server.get("/api/v1/supplies/tree?age=200").json().get("errors").get(0).get("field").asText()).isEqualTo("age");
    assertThat(server.get("/api/v1/supplies/tree?group=999").status()).isEqualTo(404);
    TestServer.Response missing = server.get("/api/v1/supplies/999999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
  }
}
