package org.festserver.server.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festserver.indexer.testing.SearchCatalog.id;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.festserver.indexer.testing.SearchCatalog;
import org.festserver.server.testing.SearchCatalogServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The product endpoints over the search-catalog scenario, through real HTTP on a real dataset. */
final class ProductApiTest {
  @RegisterExtension static final SearchCatalogServer server = new SearchCatalogServer();

  private static JsonNode ok(String path) {
    TestServer.Response response = server.get("/api/v1" + path);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.path(field).asText(null)));
    return values;
  }

  // ---- substance groups ----

  @Test
  @DisplayName("R-3.3.2, R-3.3.5: a 2.5.1 group resolves to its referenced brands, their packs and unit doses")
  void groupWithReferencesListsBrandsPacksAndDoses() {
    JsonNode group = ok("/substance-groups/" + id("g_simva20"));
    assertThat(group.path("name").asText()).isEqualTo("Simvastatin Tab 20 mg");
    assertThat(texts(group.path("brands"), "name"))
        .containsExactly("Simvastatin Krka Tab 20 mg", "Simvastatin Sandoz Tab 20 mg", "Zocorex Tab 20 mg");
    assertThat(texts(group.path("packs"), "itemNumber")).containsExactly("100014", "100012", "100010", "100011");
    assertThat(texts(group.path("packs"), "marketing"))
        .containsExactly("temporarily-withdrawn", "no-longer-sold", "marketed", "marketed");
    assertThat(texts(group.path("unitDoses"), "id")).containsExactly(id("d_zoc20"));
    assertThat(group.path("substances").get(0).path("strength").asText()).isEqualTo("20 mg");
    assertThat(group.path("substances").get(0).path("nameEnglish").asText()).isEqualTo("Simvastatin");
  }

  @Test
  @DisplayName("R-3.3.1: a group without references gets the brands with the same substance set, form and ATC")
  void groupWithoutReferencesMatchesBySubstances() {
    JsonNode group = ok("/substance-groups/" + id("g_simva40"));
    assertThat(texts(group.path("brands"), "name")).containsExactly("Simvastatin Sandoz Tab 40 mg", "Zocorex Tab 40 mg");
    assertThat(texts(group.path("packs"), "itemNumber")).containsExactly("100015", "100016");
  }

  @Test
  @DisplayName("R-3.3.6, R-3.3.7, R-7.1.1: prescribing units, validity and the rendered short dose of a group")
  void groupPrescribingDetails() {
    JsonNode group = ok("/substance-groups/" + id("g_simva20"));
    assertThat(texts(group.path("prescribingUnits"), "code")).containsExactly("stk");
    assertThat(group.path("prescriptionValidity").get(0).path("duration").asText()).isEqualTo("P1Y");
    assertThat(group.path("shortDoses").get(0).path("text").asText()).isEqualTo("2 tabletter daglig");
    assertThat(group.path("shortDoses").get(0).path("pluralMissing").asBoolean()).isFalse();
    assertThat(group.path("reimbursements").get(0).path("groupId").asText()).isEqualTo(id("rg_simva"));
    assertThat(texts(group.path("alerts"), "headline")).containsExactly("Mangel på simvastatin 20 mg");
  }

  @Test
  @DisplayName("R-5.10: a group with C and F packs shows reseptgruppe CF")
  void groupReseptgruppeCf() {
    assertThat(ok("/substance-groups/" + id("g_parac")).path("prescriptionGroup").path("code").asText()).isEqualTo("CF");
  }

  @Test
  @DisplayName("R-10.1.1, R-4.3.2: a group of unregistered medicines carries its application type and is marked")
  void unregisteredGroupIsMarked() {
    JsonNode registration = ok("/substance-groups/" + id("g_kolki")).path("registration");
    assertThat(registration.path("unregistered").asBoolean()).isTrue();
    assertThat(registration.path("applicationType").path("code").asText()).isEqualTo("2");
    assertThat(ok("/substance-groups/" + id("g_simva20")).path("registration").path("unregistered").asBoolean()).isFalse();
  }

  // ---- brands ----

  @Test
  @DisplayName("R-3.3.1, R-3.3.3: a brand lists its groups (also matched ones), packs and unit doses")
  void brandListsGroupsPacksAndDoses() {
    JsonNode zoc20 = ok("/brands/" + id("zoc20"));
    assertThat(texts(zoc20.path("substanceGroups"), "name")).containsExactly("Simvastatin Tab 20 mg");
    assertThat(texts(zoc20.path("packs"), "itemNumber")).containsExactly("100010", "100011");
    assertThat(texts(zoc20.path("unitDoses"), "name")).containsExactly("Zocorex Tab 20 mg");
    JsonNode zoc40 = ok("/brands/" + id("zoc40"));
    assertThat(texts(zoc40.path("substanceGroups"), "name")).containsExactly("Simvastatin Tab 40 mg");
    assertThat(texts(zoc20.path("alerts"), "headline")).containsExactly("Mangel på simvastatin 20 mg");
  }

  @Test
  @DisplayName("R-5.9: prescription validity may differ by sex")
  void sexSpecificValidity() {
    JsonNode validity = ok("/brands/" + id("roacc")).path("prescriptionValidity");
    assertThat(texts(validity, "duration")).containsExactly("P7D", "P1Y");
    assertThat(validity.get(0).path("sex").path("text").asText()).isEqualTo("Kvinne");
    assertThat(validity.get(1).path("sex").path("text").asText()).isEqualTo("Mann");
  }

  @Test
  @DisplayName("R-7.1.1: the plural comes from code system 7480; without one the singular stands in and is flagged")
  void shortDosePluralAndFallback() {
    JsonNode capsules = ok("/brands/" + id("roacc")).path("shortDoses").get(0);
    assertThat(capsules.path("text").asText()).isEqualTo("2 kapsler daglig");
    JsonNode patch = ok("/brands/" + id("estradot")).path("shortDoses").get(0);
    assertThat(patch.path("text").asText()).isEqualTo("1 plaster 2 ganger i uken");
    assertThat(patch.path("pluralMissing").asBoolean()).isFalse(); // only <dose> is used
    assertThat(ok("/brands/" + id("zoc20")).path("shortDoses").get(0).path("text").asText()).isEqualTo("1 tablett daglig");
  }

  // ---- packs ----

  @Test
  @DisplayName("R-6.3.1, R-6.3.2: prices valid on the date, with the next future price marked")
  void packPricesOnDate() {
    JsonNode prices = ok("/packs/100010").path("prices");
    List<String> described = new ArrayList<>();
    prices.forEach(p -> described.add(p.path("kind").asText() + " " + p.path("amount").decimalValue().toPlainString()
        + " " + p.path("status").asText()));
    assertThat(described).containsExactly("aip 45.12 current", "aup 96.4 current", "step-price 38.9 current",
        "reimbursement-price 40 current", "aup 92.1 next");
    JsonNode december = ok("/packs/100010?date=2026-12-01").path("prices");
    assertThat(texts(december, "status")).doesNotContain("next");
    assertThat(december.get(1).path("amount").decimalValue().toPlainString()).isEqualTo("92.1");
  }

  @Test
  @DisplayName("R-6.2.4: a pack is found by its utgående varenummer too")
  void packByFormerItemNumber() {
    JsonNode pack = ok("/packs/099011");
    assertThat(pack.path("itemNumber").asText()).isEqualTo("100011");
    assertThat(pack.path("formerItemNumber").asText()).isEqualTo("099011");
  }

  @Test
  @DisplayName("R-6.2.3: a pack with several EANs is found by each")
  void packsByEachEan() {
    for (String ean : List.of("7046261000106", "7046261000120")) {
      JsonNode body = ok("/packs?ean=" + ean);
      assertThat(texts(body.path("packs"), "itemNumber")).containsExactly("100010");
    }
    assertThat(server.get("/api/v1/packs?ean=7046269999999").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("R-6.1.x: marketing state and last sale day on the date")
  void packMarketingStates() {
    assertThat(ok("/packs/100012").path("marketing").path("state").asText()).isEqualTo("no-longer-sold");
    assertThat(ok("/packs/100012?date=2026-04-09").path("marketing").path("state").asText()).isEqualTo("deregistered");
    assertThat(ok("/packs/100012").path("marketing").path("lastSaleDay").asText()).isEqualTo("2026-04-09");
    assertThat(ok("/packs/100014").path("marketing").path("state").asText()).isEqualTo("temporarily-withdrawn");
    assertThat(ok("/packs/100017").path("marketing").path("state").asText()).isEqualTo("not-yet-marketed");
    assertThat(ok("/packs/100017?date=2027-02-01").path("marketing").path("state").asText()).isEqualTo("marketed");
  }

  @Test
  @DisplayName("R-6.2.5, R-6.2.6: a start pack lists both brands; a set lists its components")
  void startPackAndSet() {
    JsonNode start = ok("/packs/100090");
    assertThat(start.path("startOrCombination").asBoolean()).isTrue();
    assertThat(texts(start.path("brands"), "name")).containsExactly("Startex Tab 10 mg", "Startex Tab 20 mg");
    assertThat(texts(start.path("contents"), "packSize")).containsExactly("14", "14");
    JsonNode set = ok("/packs/100098");
    assertThat(set.path("set").asBoolean()).isTrue();
    assertThat(set.path("contents").get(0).path("components")).hasSize(2);
    assertThat(ok("/brands/" + id("startex10")).path("packs").get(0).path("itemNumber").asText()).isEqualTo("100090");
  }

  // ---- interchangeable packs ----

  @Test
  @DisplayName("R-4.4.2, R-6.5.x: interchangeable packs cross substance groups (capsule and tablet), with the remark")
  void interchangeableAcrossGroups() {
    JsonNode body = ok("/packs/100080/interchangeable");
    assertThat(body.path("group").path("code").asText()).isEqualTo("000777");
    assertThat(body.path("group").path("name").asText()).isEqualTo("OMEPRAZOL 20MG");
    assertThat(body.path("group").path("substitutionRemark").asBoolean()).isTrue();
    assertThat(body.path("group").path("substitutionDescription").asText()).isEqualTo("Bytte bare ved første gangs utlevering.");
    assertThat(texts(body.path("packs"), "itemNumber")).containsExactly("100081", "100080");
  }

  @Test
  @DisplayName("R-6.5.3: a membership counts from its GyldigFraDato on")
  void membershipValidOnDate() {
    assertThat(texts(ok("/packs/100081/interchangeable?date=2027-01-01").path("packs"), "itemNumber"))
        .containsExactly("100081", "100082", "100080");
    JsonNode notYet = ok("/packs/100082/interchangeable");
    assertThat(notYet.path("group").isNull()).isTrue();
    assertThat(notYet.path("packs")).isEmpty();
    assertThat(ok("/packs/100083/interchangeable").path("group").isNull()).isTrue();
  }

  @Test
  @DisplayName("R-6.5.2: the simvastatin group lists every member pack, whatever its marketing state")
  void interchangeableIncludesAskedPack() {
    JsonNode body = ok("/packs/099011/interchangeable");
    assertThat(body.path("pack").path("itemNumber").asText()).isEqualTo("100011");
    assertThat(texts(body.path("packs"), "itemNumber")).containsExactly("100014", "100012", "100010", "100011");
  }

  // ---- unit doses ----

  @Test
  @DisplayName("R-3.3.4: a unit dose with its brand and packs")
  void unitDoseWithBrandAndPacks() {
    JsonNode dose = ok("/unit-doses/" + id("d_zoc20"));
    assertThat(dose.path("lmrNumber").asText()).isEqualTo("1000001");
    assertThat(dose.path("brand").path("id").asText()).isEqualTo(id("zoc20"));
    assertThat(texts(dose.path("packs"), "itemNumber")).containsExactly("100010", "100011");
  }

  // ---- bad input ----

  @Test
  @DisplayName("Unknown ids and numbers are 404; malformed ones and bad dates are 400 naming the parameter")
  void badInput() {
    assertThat(server.get("/api/v1/substance-groups/ID_NOPE").status()).isEqualTo(404);
    assertThat(server.get("/api/v1/brands/ID_NOPE").status()).isEqualTo(404);
    assertThat(server.get("/api/v1/unit-doses/ID_NOPE").status()).isEqualTo(404);
    assertThat(server.get("/api/v1/packs/999999").status()).isEqualTo(404);
    assertThat(server.get("/api/v1/packs/999999/interchangeable").status()).isEqualTo(404);
    assertField(server.get("/api/v1/packs/12ab"), "itemNumber");
    assertField(server.get("/api/v1/packs/100010?date=2026-13-01"), "date");
    assertField(server.get("/api/v1/packs/100010/interchangeable?date=tomorrow"), "date");
    assertField(server.get("/api/v1/packs?ean=abc"), "ean");
    assertField(server.get("/api/v1/packs"), "ean");
    assertField(server.get("/api/v1/brands/" + "x".repeat(101)), "id");
    TestServer.Response notFound = server.get("/api/v1/packs/999999");
    assertThat(notFound.contentType()).startsWith("application/problem+json");
    assertThat(notFound.json().path("code").asText()).isEqualTo("not-found");
  }

  static void assertField(TestServer.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("invalid-parameter");
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
  }
}
