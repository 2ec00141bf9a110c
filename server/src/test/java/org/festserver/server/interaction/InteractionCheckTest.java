package org.festserver.server.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festserver.server.interaction.InteractionScenario.body;
import static org.festserver.server.interaction.InteractionScenario.ids;
import static org.festserver.server.interaction.InteractionScenario.pairs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/v1/interactions/check} over the scenario {@code fest/interactions/interaction-rules.xml}. */
@ExtendWith(InteractionScenario.class)
final class InteractionCheckTest {
  private final TestServer server = InteractionScenario.server();

  private JsonNode checkBody(String body) {
    TestServer.Response response = server.postJson("/api/v1/interactions/check", body);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private JsonNode check(String... items) {
    return checkBody(body(null, null, items));
  }

  // ---- the alert ----

  @Test
  @DisplayName("R-8.1.7, R-8.2.1: a known pair gives one interaction with every display field")
  void knownPairGivesOneInteractionWithEveryField() {
    JsonNode answer = check("pack:100010", "pack:100013");
    assertThat(answer.get("interactions")).hasSize(1);
    JsonNode interaction = answer.get("interactions").get(0);
    assertThat(interaction.get("id").asText()).isEqualTo("ID_INT_SIMVA_KLARI");
    assertThat(interaction.get("relevance").get("code").asText()).isEqualTo("1");
    assertThat(interaction.get("relevance").get("text").asText()).isEqualTo("Bør unngås");
    assertThat(interaction.get("items")).extracting(JsonNode::asText).containsExactly("pack:100010", "pack:100013");
    assertThat(interaction.get("groups").get(0).get("name").asText()).isEqualTo("Simvastatin");
    assertThat(interaction.get("groups").get(1).get("name").asText()).isEqualTo("Klaritromycin");
    assertThat(interaction.get("groups").get(1).get("substances")).extracting(m -> m.get("atc").asText())
        .containsExactly("J01FA09", "A02BD03");
    assertThat(interaction.get("clinicalConsequence").asText()).isEqualTo("Økt risiko for myopati og rabdomyolyse.");
    assertThat(interaction.get("situationCriterion").asText()).isEqualTo("Gjelder simvastatindoser over 20 mg daglig.");
    assertThat(interaction.get("mechanism").asText()).startsWith("Klaritromycin hemmer CYP3A4");
    assertThat(interaction.get("sourceBasis").get("code").asText()).isEqualTo("1");
    assertThat(interaction.get("sourceBasis").get("text").asText()).isEqualTo("Interaksjonsstudier");
    assertThat(interaction.get("references").get(0).get("source").asText()).isEqualTo("SPC Zocor");
    assertThat(interaction.get("references").get(0).get("url").asText()).isEqualTo("https://www.legemiddelsok.no/eksempel-zocor.pdf");
    assertThat(interaction.get("references").get(1).get("url").isNull()).isTrue();
    assertThat(interaction.get("audience")).extracting(JsonNode::asText).containsExactly("gp", "pharmacy");
    assertThat(answer.get("notAssessed")).isEmpty();
    assertThat(answer.get("unresolved")).isEmpty();
  }

  @Test
  @DisplayName("R-8.1.7: Handtering is split into its headed paragraphs")
  void handlingIsSplitIntoHeadedParagraphs() {
    JsonNode handling = check("pack:100010", "pack:100013").get("interactions").get(0).get("handling");
    assertThat(handling).hasSize(2);
    assertThat(handling.get(0).get("heading").asText()).isEqualTo("Dosetilpasning");
    assertThat(handling.get(0).get("text").asText()).isEqualTo("Gjør opphold i statinbehandlingen under kuren.");
    assertThat(handling.get(1).get("heading").asText()).isEqualTo("Legemiddelalternativer");
    assertThat(handling.get(1).get("text").asText()).isEqualTo("Bruk et statin som ikke metaboliseres via CYP3A4.");
  }

  @Test
  @DisplayName("R-8.1.1: items[k] is the input that matched groups[k], whatever the order of the inputs")
  void itemsAreAlignedWithTheGroupsTheyMatched() {
    JsonNode interaction = check("brand:ID_BRAND_KLACID", "substance-group:ID_SG_SIMVA").get("interactions").get(0);
    assertThat(interaction.get("items")).extracting(JsonNode::asText)
        .containsExactly("brand:ID_BRAND_KLACID", "substance-group:ID_SG_SIMVA");
    assertThat(interaction.get("groups")).extracting(g -> g.get("name").asText()).containsExactly("Klaritromycin", "Simvastatin");
  }

  // ---- pairs (R-8.1.1) ----

  @Test
  @DisplayName("R-8.1.1: two inputs that only share one substansgruppe do not interact")
  void inputsInTheSameGroupDoNotInteract() {
    assertThat(check("brand:ID_BRAND_CIPRAMIL", "brand:ID_BRAND_CIPRALEX").get("interactions")).isEmpty();
    assertThat(pairs(check("brand:ID_BRAND_CIPRAMIL", "brand:ID_BRAND_CIPRALEX", "brand:ID_BRAND_AURORIX"))).containsExactly(
        "ID_INT_SSRI_MAOI: brand:ID_BRAND_CIPRAMIL + brand:ID_BRAND_AURORIX",
        "ID_INT_SSRI_MAOI: brand:ID_BRAND_CIPRALEX + brand:ID_BRAND_AURORIX");
  }

  @Test
  @DisplayName("R-8.1.1: an input in both groups is never paired with itself, but pairs with another input")
  void inputIsNeverPairedWithItself() {
    assertThat(check("brand:ID_BRAND_RENITEC_COMP").get("interactions")).isEmpty();
    JsonNode answer = check("brand:ID_BRAND_RENITEC_COMP", "brand:ID_BRAND_FURIX");
    assertThat(pairs(answer)).containsExactly("ID_INT_ACE_DIURETIC: brand:ID_BRAND_RENITEC_COMP + brand:ID_BRAND_FURIX");
    assertThat(answer.get("interactions").get(0).get("groups")).extracting(g -> g.get("name").asText())
        .containsExactly("ACE-hemmere", "Diuretika");
  }

  @Test
  @DisplayName("R-8.1.1: the same input given twice, or a pack by its current and former number, is one input")
  void repeatedInputsAreOneInput() {
    assertThat(check("brand:ID_BRAND_RENITEC_COMP", "brand:ID_BRAND_RENITEC_COMP").get("interactions")).isEmpty();
    assertThat(check("atc:C09BA02", "atc:c09ba02").get("interactions")).isEmpty();
    assertThat(pairs(check("pack:100010", "pack:100009", "pack:100013")))
        .containsExactly("ID_INT_SIMVA_KLARI: pack:100010 + pack:100013");
  }

  @Test
  @DisplayName("R-8.1.1: an interaction appears once per pair of inputs")
  void interactionAppearsOncePerPair() {
    assertThat(pairs(check("pack:100013", "pack:100010", "brand:ID_BRAND_ZOCOR", "atc:J01FA09"))).containsExactly(
        "ID_INT_SIMVA_KLARI: pack:100013 + pack:100010",
        "ID_INT_SIMVA_KLARI: pack:100013 + brand:ID_BRAND_ZOCOR",
        "ID_INT_SIMVA_KLARI: pack:100010 + atc:J01FA09",
        "ID_INT_SIMVA_KLARI: brand:ID_BRAND_ZOCOR + atc:J01FA09");
  }

  // ---- what an input contains ----

  @Test
  @DisplayName("R-8.1.2: a combination product matches by its combination code listed in the group (A02BD03)")
  void combinationProductMatchesByItsCombinationCode() {
    assertThat(pairs(check("pack:100020", "pack:100010"))).containsExactly("ID_INT_SIMVA_KLARI: pack:100020 + pack:100010");
    JsonNode interaction = check("pack:100020", "pack:100010").get("interactions").get(0);
    assertThat(interaction.get("groups").get(0).get("name").asText()).isEqualTo("Klaritromycin");
  }

  @Test
  @DisplayName("R-8.1.2 (docs/interactions.md): a combination's single-substance codes are not derived from its parts")
  void combinationProductDoesNotMatchCodesOfItsParts() {
    assertThat(pairs(check("atc:J01FA09", "atc:M04AC01"))).containsExactly("ID_INT_KLARI_KOLKISIN: atc:J01FA09 + atc:M04AC01");
    assertThat(check("pack:100020", "atc:M04AC01").get("interactions")).isEmpty();
  }

  @Test
  @DisplayName("R-8.1.1: every substance of a product counts, not only the first (perikum is the second)")
  void everySubstanceOfAProductCounts() {
    assertThat(pairs(check("brand:ID_BRAND_NATURO", "brand:ID_BRAND_MAREVAN")))
        .containsExactly("ID_INT_PERIKUM_WARFARIN: brand:ID_BRAND_NATURO + brand:ID_BRAND_MAREVAN");
    assertThat(pairs(check("pack:100030", "pack:100060")))
        .containsExactly("ID_INT_PERIKUM_WARFARIN: pack:100030 + pack:100060");
  }

  @Test
  @DisplayName("R-6.2.5, R-8.1.1: every brand of a multi-brand pack counts, not only the first")
  void everyBrandOfAPackCounts() {
    assertThat(pairs(checkBody(body(null, "none", "pack:100050", "pack:100010")))).containsExactly(
        "ID_INT_SIMVA_KLARI: pack:100050 + pack:100010",
        "ID_INT_SIMVA_AMLODIPIN: pack:100050 + pack:100010");
  }

  @Test
  @DisplayName("R-8.1.2: a level-4 member (C10AA) covers every statin below it")
  void levelFourMemberCoversCodesBelowIt() {
    assertThat(ids(check("brand:ID_BRAND_LIPITOR", "brand:ID_BRAND_SANDIMMUN"))).containsExactly("ID_INT_STATIN_CICLO");
    assertThat(ids(check("atc:C10AA07", "atc:L04AD01"))).containsExactly("ID_INT_STATIN_CICLO");
    assertThat(check("atc:C10AB01", "atc:L04AD01").get("interactions")).isEmpty();
    assertThat(check("atc:C10A", "atc:L04AD01").get("interactions")).isEmpty();
  }

  @Test
  @DisplayName("R-8.1.1: a member without ATC matches by substance id")
  void memberWithoutAtcMatchesBySubstanceId() {
    assertThat(pairs(check("substance:ID_SUBST_PERIKUM", "atc:B01AA03")))
        .containsExactly("ID_INT_PERIKUM_WARFARIN: substance:ID_SUBST_PERIKUM + atc:B01AA03");
    assertThat(check("substance:ID_SUBST_VALERIANA", "atc:B01AA03").get("interactions")).isEmpty();
  }

  @Test
  @DisplayName("R-8.1.1 (docs/interactions.md): a product holding the therapeutic part matches a member naming the salt")
  void therapeuticPartAndSaltAreTheSameSubstance() {
    assertThat(ids(check("brand:ID_BRAND_GLUCOPHAGE", "brand:ID_BRAND_OMNIPAQUE"))).containsExactly("ID_INT_METFORMIN_CONTRAST");
    assertThat(ids(check("pack:100040", "atc:V08AB02"))).containsExactly("ID_INT_METFORMIN_CONTRAST");
    assertThat(ids(check("substance:ID_SUBST_METFORMIN", "atc:V08AB02"))).containsExactly("ID_INT_METFORMIN_CONTRAST");
    assertThat(ids(check("substance:ID_SUBST_METFORMIN_HCL", "atc:V08AB02"))).containsExactly("ID_INT_METFORMIN_CONTRAST");
  }

  @Test
  @DisplayName("R-8.1.2: a substance listed under two ATC codes (efedrin) matches through either, once")
  void substanceUnderTwoCodesMatchesThroughEither() {
    assertThat(ids(check("brand:ID_BRAND_EFEDRIN_INJ", "brand:ID_BRAND_ZYVOXID"))).containsExactly("ID_INT_EFEDRIN_LINEZOLID");
    assertThat(ids(check("brand:ID_BRAND_EFEDRIN_TAB", "brand:ID_BRAND_ZYVOXID"))).containsExactly("ID_INT_EFEDRIN_LINEZOLID");
    assertThat(pairs(check("substance:ID_SUBST_EFEDRIN", "brand:ID_BRAND_ZYVOXID")))
        .containsExactly("ID_INT_EFEDRIN_LINEZOLID: substance:ID_SUBST_EFEDRIN + brand:ID_BRAND_ZYVOXID");
  }

  @Test
  @DisplayName("R-8.1.4: the fictitious code ZV80AA (smoking) matches ZV80AA01 like any code")
  void fictitiousSmokingCodeMatches() {
    assertThat(pairs(check("atc:ZV80AA01", "brand:ID_BRAND_LEPONEX")))
        .containsExactly("ID_INT_SMOKING_KLOZAPIN: atc:ZV80AA01 + brand:ID_BRAND_LEPONEX");
    assertThat(check("atc:ZV80AB01", "brand:ID_BRAND_LEPONEX").get("interactions")).isEmpty();
    assertThat(check("atc:Z", "brand:ID_BRAND_LEPONEX").get("interactions")).isEmpty();
  }

  @Test
  @DisplayName("Issue 4: a substance item takes the codes of its single-substance products; a group item its own")
  void substanceAndSubstanceGroupItems() {
    assertThat(ids(check("substance:ID_SUBST_SIMVA", "pack:100013"))).containsExactly("ID_INT_SIMVA_KLARI");
    assertThat(ids(check("substance-group:ID_SG_SIMVA", "brand:ID_BRAND_KLACID"))).containsExactly("ID_INT_SIMVA_KLARI");
  }

  // ---- audience, relevance and order ----

  @Test
  @DisplayName("R-8.1.6: audience keeps interactions whose Visningsregel names it, and those without any")
  void audienceFiltersByVisningsregel() {
    assertThat(ids(checkBody(body("gp", null, "pack:100010", "pack:100013")))).containsExactly("ID_INT_SIMVA_KLARI");
    assertThat(ids(checkBody(body("pharmacy", null, "pack:100010", "pack:100013")))).containsExactly("ID_INT_SIMVA_KLARI");
    assertThat(ids(checkBody(body("hospital", null, "pack:100010", "pack:100013")))).isEmpty();
    assertThat(ids(checkBody(body("hospital", null, "brand:ID_BRAND_NATURO", "pack:100060")))).containsExactly("ID_INT_PERIKUM_WARFARIN");
    assertThat(ids(checkBody(body("gp", null, "brand:ID_BRAND_NATURO", "pack:100060")))).isEmpty();
    assertThat(ids(checkBody(body("vet", null, "brand:ID_BRAND_ZOCOR", "brand:ID_BRAND_SANDIMMUN")))).containsExactly("ID_INT_STATIN_CICLO");
  }

  @Test
  @DisplayName("R-8.1.5, R-8.4.2: Bør unngås first, then Forholdsregler; Ingen tiltak only with minRelevance=none")
  void orderedByRelevanceAndNoActionOnlyOnRequest() {
    String[] items = {"brand:ID_BRAND_NORVASC", "brand:ID_BRAND_SANDIMMUN", "pack:100010", "pack:100013"};
    assertThat(pairs(checkBody(body(null, "none", items)))).containsExactly(
        "ID_INT_SIMVA_KLARI: pack:100010 + pack:100013",
        "ID_INT_STATIN_CICLO: brand:ID_BRAND_SANDIMMUN + pack:100010",
        "ID_INT_SIMVA_AMLODIPIN: brand:ID_BRAND_NORVASC + pack:100010");
    assertThat(ids(check(items))).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_STATIN_CICLO");
    assertThat(ids(checkBody(body(null, "precautions", items)))).containsExactly("ID_INT_SIMVA_KLARI", "ID_INT_STATIN_CICLO");
    assertThat(ids(checkBody(body(null, "avoid", items)))).containsExactly("ID_INT_SIMVA_KLARI");
  }

  // ---- not assessed (R-8.5.1) ----

  @Test
  @DisplayName("R-8.5.1: inputs covered by InteraksjonIkkeVurdert are listed, also under a level-4 mark")
  void notAssessedInputsAreListed() {
    JsonNode answer = check("pack:100070", "brand:ID_BRAND_NATURO", "atc:C10AA01");
    assertThat(answer.get("interactions")).isEmpty();
    List<String> marks = new ArrayList<>();
    answer.get("notAssessed").forEach(m -> marks.add(m.get("item").asText() + " " + m.get("atc").asText() + " " + m.get("name").asText()));
    assertThat(marks).containsExactly("pack:100070 A10BX16 Tirzepatid", "brand:ID_BRAND_NATURO N05CM Andre hypnotika og sedativa");
  }

  // ---- unresolved items ----

  @Test
  @DisplayName("Issue 4: unknown and malformed items are listed with the reason; the rest are still checked")
  void unknownAndMalformedItemsAreListedAndTheRestChecked() {
    String body = "{\"items\": [\"pack:999999\", \"foo:bar\", \"atc:\", \"atc:C10 AA\", \"pack:12ab\", 42, \"C10AA01\","
        + " \"brand:ID_NOPE\", \"substance:ID_NOPE\", \"substance-group:ID_NOPE\", \"pack:100010\", \"pack:100013\"]}";
    JsonNode answer = checkBody(body);
    assertThat(ids(answer)).containsExactly("ID_INT_SIMVA_KLARI");
    List<String> unresolved = new ArrayList<>();
    answer.get("unresolved").forEach(u -> unresolved.add(u.get("item").asText() + " " + u.get("code").asText()));
    assertThat(unresolved).containsExactly("pack:999999 not-found", "foo:bar unknown-kind", "atc: malformed",
        "atc:C10 AA malformed", "pack:12ab malformed", "42 malformed", "C10AA01 malformed", "brand:ID_NOPE not-found",
        "substance:ID_NOPE not-found", "substance-group:ID_NOPE not-found");
    assertThat(answer.get("unresolved").get(0).get("reason").asText()).isEqualTo("no pack with item number 999999");
  }

  @Test
  @DisplayName("R-6.2.4: a pack is found by its former item number (utgående varenummer)")
  void packIsFoundByFormerItemNumber() {
    assertThat(pairs(check("pack:100009", "pack:100013"))).containsExactly("ID_INT_SIMVA_KLARI: pack:100009 + pack:100013");
  }

  @Test
  @DisplayName("Issue 4: an empty item list is a valid check with nothing to report")
  void emptyItemListReportsNothing() {
    JsonNode answer = checkBody("{\"items\": []}");
    assertThat(answer.get("interactions")).isEmpty();
    assertThat(answer.get("notAssessed")).isEmpty();
    assertThat(answer.get("unresolved")).isEmpty();
  }
}
