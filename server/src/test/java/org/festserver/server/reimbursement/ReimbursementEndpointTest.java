package org.festserver.server.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.festserver.server.testing.Scenario;
import org.festserver.server.testing.ScenarioServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/reimbursement} over the reimbursement scenario, through real HTTP. */
final class ReimbursementEndpointTest {
  @RegisterExtension
  static final ScenarioServer server = new ScenarioServer();

  private static JsonNode get(String query) {
    TestServer.Response response = server.get("/api/v1/reimbursement?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static List<String> groups(JsonNode body) {
    List<String> groups = new ArrayList<>();
    body.get("entries").forEach(entry -> groups.add(entry.get("groupId").asText()));
    return groups;
  }

  private static JsonNode entry(JsonNode body, String groupId) {
    for (JsonNode entry : body.get("entries")) {
      if (entry.get("groupId").asText().equals(groupId)) {
        return entry;
      }
    }
    throw new AssertionError("no entry " + groupId + " in " + body);
  }

  private static List<String> codes(JsonNode entry) {
    List<String> codes = new ArrayList<>();
    entry.get("codes").forEach(code -> codes.add(code.get("code").asText()));
    return codes;
  }

  private static List<String> conditionIds(JsonNode entry) {
    List<String> ids = new ArrayList<>();
    entry.get("conditions").forEach(condition -> ids.add(condition.get("id").asText()));
    return ids;
  }

  private static JsonNode condition(JsonNode entry, String id) {
    for (JsonNode condition : entry.get("conditions")) {
      if (condition.get("id").asText().equals(id)) {
        return condition;
      }
    }
    throw new AssertionError("no condition " + id + " in " + entry);
  }

  // ---------------------------------------------------------------- legal bases

  @Test
  @DisplayName("R-6.4.9 every legal basis on a pack is shown: §2, §3a IndRef, §4 -04, §4a, H-resept and magistral by ATC")
  void everyLegalBasisIsShown() {
    JsonNode body = get("pack=100001&date=2025-06-15");
    assertThat(groups(body)).containsExactly(
        "ID_G_SIMVA", "ID_G_INDREF", "ID_G_MRSA", "ID_G_HEPC", "ID_G_HRESEPT", "ID_G_MAG_C10A");
    List<String> bases = new ArrayList<>();
    body.get("entries").forEach(entry -> bases.add(entry.get("legalBasis").get("code").asText()));
    assertThat(bases).containsExactly("200", "301", "400", "401", "950", "200");
    assertThat(entry(body, "ID_G_INDREF").get("groupName").asText()).isEqualTo("IndRef");
    assertThat(codes(entry(body, "ID_G_MRSA"))).containsExactly("-04");
    assertThat(entry(body, "ID_G_HEPC").get("requiresDecision").asBoolean()).isTrue();
    assertThat(body.get("product").get("id").asText()).isEqualTo("ID_PACK_1");
    assertThat(body.get("role").asText()).isEqualTo("prescriber");
  }

  @Test
  @DisplayName("R-6.4.6 magistral groups reach packs whose ATC is under theirs; linked groups with an ATC do not")
  void magistralGroupsByAtc() {
    JsonNode simva = entry(get("pack=100001&date=2025-06-15"), "ID_G_MAG_C10A");
    assertThat(simva.get("reachedBy").asText()).isEqualTo("atc");
    assertThat(simva.get("atc").asText()).isEqualTo("C10A");
    assertThat(simva.get("link").isNull()).isTrue();
    assertThat(groups(get("pack=100003&date=2025-06-15"))).containsExactly("ID_G_MAG_N02A");
    assertThat(groups(get("pack=100001&date=2025-06-15"))).doesNotContain("ID_G_OTHER", "ID_G_MAG_N02A");
  }

  @Test
  @DisplayName("R-6.4.4 a substance group shows its own links; a pack's H-resept and §4a links stay on the pack")
  void substanceGroupShowsItsOwnLinks() {
    JsonNode body = get("substanceGroup=ID_SG_SIMVA&date=2025-06-15");
    assertThat(groups(body)).containsExactly("ID_G_SIMVA", "ID_G_MAG_C10A");
    assertThat(codes(entry(body, "ID_G_SIMVA"))).containsExactly("T93", "-26");
    assertThat(body.get("product").get("kind").asText()).isEqualTo("substance-group");
  }

  @Test
  @DisplayName("R-6.4.2 a pack's own link decides: an ended pack link hides §2 although its substance group still has it")
  void packLinkIsNotInheritedFromTheSubstanceGroup() {
    assertThat(groups(get("pack=100002&date=2025-03-31"))).contains("ID_G_SIMVA");
    assertThat(groups(get("pack=100002&date=2025-04-01"))).containsExactly("ID_G_MAG_C10A");
    assertThat(groups(get("pack=099002&date=2025-03-31"))).as("by utgående varenummer, R-6.2.4").contains("ID_G_SIMVA");
  }

  @Test
  @DisplayName("R-6.4.x a pack without links of its own gets the links of its brand")
  void brandLinksReachThePack() {
    JsonNode body = get("pack=100004&date=2025-06-15");
    assertThat(groups(body)).containsExactly("ID_G_SIMVA", "ID_G_MAG_C10A");
    assertThat(entry(body, "ID_G_SIMVA").get("reachedBy").asText()).isEqualTo("brand");
  }

  // ---------------------------------------------------------------- dates on the link

  @Test
  @DisplayName("R-6.4.2 a link applies from its GyldigFraDato: the day before, on the day, after")
  void linkStartsOnItsValidFrom() {
    assertThat(groups(get("pack=100001&date=2025-06-14"))).doesNotContain("ID_G_HEPC", "ID_G_HRESEPT");
    assertThat(groups(get("pack=100001&date=2025-06-15"))).contains("ID_G_HEPC", "ID_G_HRESEPT");
    assertThat(groups(get("pack=100001&date=2025-06-16"))).contains("ID_G_HEPC", "ID_G_HRESEPT");
  }

  @Test
  @DisplayName("R-6.4.2 the link's ForskrivesTilDato ends prescribing and its UtleveresTilDato dispensing")
  void linkEndsByRole() {
    assertThat(groups(get("pack=100001&date=2025-12-31&role=prescriber"))).contains("ID_G_SIMVA", "ID_G_INDREF");
    assertThat(groups(get("pack=100001&date=2026-01-01&role=prescriber"))).doesNotContain("ID_G_SIMVA", "ID_G_INDREF", "ID_G_MRSA");
    assertThat(groups(get("pack=100001&date=2026-01-01&role=dispenser"))).contains("ID_G_SIMVA", "ID_G_INDREF", "ID_G_MRSA");
    assertThat(groups(get("pack=100001&date=2026-03-31&role=dispenser"))).contains("ID_G_SIMVA");
    assertThat(groups(get("pack=100001&date=2026-04-01&role=dispenser"))).doesNotContain("ID_G_SIMVA", "ID_G_INDREF", "ID_G_MRSA");
  }

  // ---------------------------------------------------------------- dates on the code

  @Test
  @DisplayName("R-6.4.1 a code is shown to prescribers until its ForskrivesTilDato, to dispensers until its UtleveresTilDato")
  void codeEndsByRole() {
    assertThat(codes(entry(get("pack=100001&date=2025-06-30"), "ID_G_SIMVA"))).containsExactly("T93", "-26");
    assertThat(codes(entry(get("pack=100001&date=2025-07-01"), "ID_G_SIMVA"))).containsExactly("T93", "K86");
    assertThat(codes(entry(get("pack=100001&date=2025-07-01&role=dispenser"), "ID_G_SIMVA"))).containsExactly("T93", "-26", "K86");
    assertThat(codes(entry(get("pack=100001&date=2025-09-30&role=dispenser"), "ID_G_SIMVA"))).contains("-26");
    assertThat(codes(entry(get("pack=100001&date=2025-10-01&role=dispenser"), "ID_G_SIMVA"))).doesNotContain("-26");
  }

  @Test
  @DisplayName("R-6.4.1 a code with a future GyldigFraDato is not shown before it: before, at, after")
  void futureCodeIsNotShownEarly() {
    assertThat(codes(entry(get("pack=100001&date=2025-06-30"), "ID_G_SIMVA"))).doesNotContain("K86");
    assertThat(codes(entry(get("pack=100001&date=2025-07-01"), "ID_G_SIMVA"))).contains("K86");
    assertThat(codes(entry(get("pack=100001&date=2025-07-02"), "ID_G_SIMVA"))).contains("K86");
  }

  @Test
  @DisplayName("R-6.4.2 each code's dates are those valid on both the code and the link")
  void codeDatesAreNarrowedByTheLink() {
    JsonNode codes = entry(get("pack=100001&date=2025-06-15"), "ID_G_SIMVA").get("codes");
    assertThat(codes.get(0).get("validFrom").asText()).isEqualTo("2024-01-01");
    assertThat(codes.get(0).get("prescribeUntil").asText()).isEqualTo("2025-12-31");
    assertThat(codes.get(0).get("dispenseUntil").asText()).isEqualTo("2026-03-31");
    assertThat(codes.get(1).get("prescribeUntil").asText()).isEqualTo("2025-06-30");
    assertThat(codes.get(1).get("dispenseUntil").asText()).isEqualTo("2025-09-30");
    assertThat(codes.get(0).get("codeSystem").asText()).isEqualTo("2.16.578.1.12.4.1.1.7170");
  }

  // ---------------------------------------------------------------- texts by role

  @Test
  @DisplayName("R-6.4.1 prescribers see the Underterm in place of DN and DN to store; dispensers never see DN")
  void diagnosisTextsByRole() {
    JsonNode prescriber = entry(get("pack=100001&date=2025-06-15"), "ID_G_SIMVA").get("codes");
    assertThat(prescriber.get(0).get("text").asText()).isEqualTo("Familiær hyperkolesterolemi");
    assertThat(prescriber.get(0).get("diagnosisText").asText()).isEqualTo("Lipidforstyrrelse");
    assertThat(prescriber.get(1).get("text").asText()).isEqualTo("Etablert aterosklerotisk sykdom");

    TestServer.Response dispenser = server.get("/api/v1/reimbursement?pack=100001&date=2025-06-15&role=dispenser");
    assertThat(dispenser.status()).isEqualTo(200);
    assertThat(dispenser.body()).doesNotContain("Lipidforstyrrelse", "Familiær", "aterosklerotisk", "Immunsvikt", "smittsomme");
    entry(dispenser.json(), "ID_G_SIMVA").get("codes").forEach(code -> {
      assertThat(code.has("text")).isFalse();
      assertThat(code.has("diagnosisText")).isFalse();
      assertThat(code.get("code").asText()).isNotBlank();
    });
  }

  // ---------------------------------------------------------------- conditions

  @Test
  @DisplayName("R-5.7 conditions are shown to the role GjelderFor names: 1 prescribers, 2 dispensers, 3 both")
  void conditionsByRole() {
    JsonNode prescriber = entry(get("pack=100001&date=2025-06-15"), "ID_G_SIMVA");
    assertThat(conditionIds(prescriber)).containsExactly("ID_V_AGE18", "ID_V_FEMALE", "ID_V_SPEC");
    assertThat(prescriber.get("codes").get(0).get("conditionIds")).extracting(JsonNode::asText)
        .containsExactly("ID_V_AGE18", "ID_V_FEMALE");
    JsonNode dispenser = entry(get("pack=100001&date=2025-06-15&role=dispenser"), "ID_G_SIMVA");
    assertThat(conditionIds(dispenser)).containsExactly("ID_V_AGE18", "ID_V_DISP", "ID_V_SPEC");
  }

  @Test
  @DisplayName("R-6.4.3 a code's condition applies within its Refusjonsvilkar dates, TilDato exclusive")
  void codeConditionEntryDates() {
    assertThat(conditionIds(entry(get("pack=100001&date=2025-06-14"), "ID_G_SIMVA"))).contains("ID_V_OLD");
    assertThat(conditionIds(entry(get("pack=100001&date=2025-06-15"), "ID_G_SIMVA"))).doesNotContain("ID_V_OLD");
  }

  @Test
  @DisplayName("R-5.8 structured conditions carry their type (7439) and values")
  void structuredConditionsCarryTypeAndValues() {
    JsonNode entry = entry(get("pack=100001&date=2025-06-15"), "ID_G_SIMVA");
    JsonNode age = condition(entry, "ID_V_AGE18");
    assertThat(age.get("number").asText()).isEqualTo("181");
    assertThat(age.get("text").asText()).startsWith("Refusjon ytes kun");
    assertThat(age.get("group").get("code").asText()).isEqualTo("3");
    assertThat(age.get("appliesTo").get("code").asText()).isEqualTo("3");
    JsonNode part = age.get("structured").get(0);
    assertThat(part.get("type").get("code").asText()).isEqualTo("1");
    assertThat(part.get("type").get("text").asText()).isEqualTo("Alder lik eller større enn");
    assertThat(part.get("values").get(0).get("value").asText()).isEqualTo("18");
    JsonNode sex = condition(entry, "ID_V_FEMALE").get("structured").get(0).get("values").get(0);
    assertThat(sex.get("value").asText()).isEqualTo("2");
    assertThat(sex.get("text").asText()).isEqualTo("Kvinne");
    assertThat(sex.get("codeSystem").asText()).isEqualTo("2.16.578.1.12.4.1.1.8459");
  }

  @Test
  @DisplayName("R-5.8 age and sex conditions are met or unmet for the given patient, null when not given")
  void ageAndSexAreEvaluated() {
    JsonNode young = entry(get("pack=100001&date=2025-06-15&age=17&sex=2"), "ID_G_SIMVA");
    assertThat(condition(young, "ID_V_AGE18").get("structured").get(0).get("met").asBoolean()).isFalse();
    assertThat(condition(young, "ID_V_AGE18").get("met").asBoolean()).isFalse();
    assertThat(condition(young, "ID_V_FEMALE").get("structured").get(0).get("met").asBoolean()).isTrue();

    JsonNode adultMan = entry(get("pack=100001&date=2025-06-15&age=18&sex=1"), "ID_G_SIMVA");
    assertThat(condition(adultMan, "ID_V_AGE18").get("met").asBoolean()).isTrue();
    assertThat(condition(adultMan, "ID_V_FEMALE").get("met").asBoolean()).isFalse();
    assertThat(condition(adultMan, "ID_V_SPEC").get("structured").get(0).get("met").isNull()).isTrue();

    JsonNode unknown = entry(get("pack=100001&date=2025-06-15"), "ID_G_SIMVA");
    assertThat(condition(unknown, "ID_V_AGE18").get("structured").get(0).get("met").isNull()).isTrue();
    assertThat(condition(unknown, "ID_V_FEMALE").get("met").isNull()).isTrue();
  }

  @Test
  @DisplayName("R-6.4.8 H-resept needs no code: its conditions hang on the group, with age limits evaluated")
  void hospitalPrescriptionCarriesItsConditions() {
    JsonNode at5 = entry(get("pack=100001&date=2025-06-15&age=5"), "ID_G_HRESEPT");
    assertThat(at5.get("requiresCode").asBoolean()).isFalse();
    assertThat(at5.get("codes")).isEmpty();
    assertThat(conditionIds(at5)).containsExactly("ID_V_H");
    assertThat(condition(at5, "ID_V_H").get("met").asBoolean()).isFalse();
    assertThat(condition(entry(get("pack=100001&date=2025-06-15&age=6"), "ID_G_HRESEPT"), "ID_V_H").get("met").asBoolean()).isTrue();
    assertThat(condition(entry(get("pack=100001&date=2025-06-15&age=17"), "ID_G_HRESEPT"), "ID_V_H").get("met").asBoolean()).isTrue();
    assertThat(condition(entry(get("pack=100001&date=2025-06-15&age=18"), "ID_G_HRESEPT"), "ID_V_H").get("met").asBoolean()).isFalse();
    assertThat(entry(get("pack=100001&date=2025-06-15&role=dispenser"), "ID_G_HRESEPT").get("conditions")).hasSize(1);
  }

  // ---------------------------------------------------------------- date default

  @Test
  @DisplayName("date defaults to today in Europe/Oslo (the server's clock)")
  void dateDefaultsToTodayInOslo() {
    assertThat(get("pack=100001").get("date").asText()).isEqualTo("2025-06-15");
  }

  @Test
  @DisplayName("date defaults to the Oslo date even when UTC is still on the day before")
  void osloMidnight(@TempDir Path other) {
    Clock justAfterOsloMidnight = Clock.fixed(Instant.parse("2025-06-14T22:30:00Z"), ZoneOffset.UTC);
    try (TestServer early = TestServer.start(Scenario.file(other), other.resolve("data"), justAfterOsloMidnight)) {
      JsonNode body = early.get("/api/v1/reimbursement?pack=100001").json();
      assertThat(body.get("date").asText()).isEqualTo("2025-06-15");
      assertThat(groups(body)).contains("ID_G_HRESEPT");
    }
  }

  // ---------------------------------------------------------------- bad input

  private static void assertBadParameter(String query, String parameter) {
    TestServer.Response response = server.get("/api/v1/reimbursement?" + query);
    assertThat(response.status()).as(query).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("code").asText()).isEqualTo("invalid-parameter");
    assertThat(problem.get("type").asText()).isEqualTo("/problems/invalid-parameter");
    assertThat(problem.get("errors")).extracting(error -> error.get("field").asText()).as(query).contains(parameter);
    assertThat(problem.get("detail").asText()).contains(parameter);
  }

  @Test
  @DisplayName("bad input gives 400 problem+json naming the parameter")
  void badInput() {
    assertBadParameter("date=2025-06-15", "pack");
    assertBadParameter("date=2025-06-15", "substanceGroup");
    assertBadParameter("pack=100001&substanceGroup=ID_SG_SIMVA", "substanceGroup");
    assertBadParameter("pack=100001&role=pharmacist", "role");
    assertBadParameter("pack=100001&age=-1", "age");
    assertBadParameter("pack=100001&age=151", "age");
    assertBadParameter("pack=100001&age=ten", "age");
    assertBadParameter("pack=100001&sex=3", "sex");
    assertBadParameter("pack=100001&sex=K", "sex");
    assertBadParameter("pack=100001&date=2025-13-01", "date");
    assertBadParameter("pack=100001&date=15.06.2025", "date");
    assertBadParameter("pack=100001&pack=100002", "pack");
    assertThat(get("pack=100001&age=0").get("entries")).isNotEmpty();
    assertThat(get("pack=100001&age=150").get("entries")).isNotEmpty();
  }

  @Test
  @DisplayName("an unknown pack or substance group is a 404 problem")
  void unknownProduct() {
    TestServer.Response pack = server.get("/api/v1/reimbursement?pack=999999");
    assertThat(pack.status()).isEqualTo(404);
    assertThat(pack.json().get("code").asText()).isEqualTo("not-found");
    assertThat(server.get("/api/v1/reimbursement?substanceGroup=ID_NOPE").status()).isEqualTo(404);
  }
}
