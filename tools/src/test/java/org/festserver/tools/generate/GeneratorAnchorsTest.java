package org.festserver.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fixed entities of {@link Anchors} exist with their ids, names and item numbers at every scale and seed. */
final class GeneratorAnchorsTest {

  @ParameterizedTest(name = "scale {0}")
  @ValueSource(doubles = {0.001, 0.05})
  @DisplayName("Every anchor id exists in the file, whatever the scale")
  void everyAnchorIsPresentAtEveryScale(double scale) {
    M30File f = M30File.of(TestFiles.full(scale, TestFiles.SEED, FestVersion.V2_5_1, ".xml"));
    Set<String> payloadIds = new HashSet<>();
    Set<String> entryIds = new HashSet<>();
    for (List<Node> entries : f.entries.values()) {
      for (Node e : entries) {
        entryIds.add(e.entryId());
        for (Node id : e.find("Id")) {
          payloadIds.add(id.text);
        }
      }
    }
    for (Anchors.Anchor a : Anchors.all()) {
      if (a.kind().startsWith("VarselSlv")) {
        assertThat(entryIds).as(a.name()).contains(a.id());
      } else {
        assertThat(payloadIds).as("%s %s", a.kind(), a.name()).contains(a.id());
      }
    }
  }

  @Test
  @DisplayName("Anchor ids, names and item numbers do not depend on the seed")
  void anchorsDoNotDependOnTheSeed() {
    M30File a = M30File.of(TestFiles.full(0.001, 1, FestVersion.V2_5_1, ".xml"));
    M30File b = M30File.of(TestFiles.full(0.001, 2, FestVersion.V2_5_1, ".xml"));
    for (String varenr : List.of("100010", "100011", "100012", "100013", "100020", "100030", "100031", "100040",
        "100050", "100060", "100070", "100080", "100081")) {
      assertThat(a.pack(varenr)).as(varenr).isNotNull();
      assertThat(a.pack(varenr).text("Id")).isEqualTo(b.pack(varenr).text("Id"));
      assertThat(a.pack(varenr).text("NavnFormStyrke")).isEqualTo(b.pack(varenr).text("NavnFormStyrke"));
    }
  }

  @Test
  @DisplayName("Zocorex and a generic are in the group Simvastatin Tab 20 mg with packs 100010-100012 (R-3.3.2)")
  void simvastatinGroupHasZocorexAndAGeneric() {
    M30File f = M30File.of(TestFiles.standard());
    Node group = f.byId(Anchors.SIMVASTATIN_TAB_20_GROUP_ID);
    assertThat(group.text("NavnFormStyrke")).isEqualTo(Anchors.SIMVASTATIN_TAB_20_GROUP_NAME);
    assertThat(group.v("Atc")).isEqualTo("C10AA01");
    assertThat(group.all("RefLegemiddelMerkevare").stream().map(n -> n.text)).containsExactlyInAnyOrder(
        Anchors.ZOCOREX_TAB_20_BRAND_ID, Anchors.SIMVASTATIN_KRKA_TAB_20_BRAND_ID);
    assertThat(group.all("RefPakning").stream().map(n -> n.text)).containsExactlyInAnyOrder(
        Anchors.PACK_100010_ID, Anchors.PACK_100011_ID, Anchors.PACK_100012_ID);
    Node zocorex = f.byId(Anchors.ZOCOREX_TAB_20_BRAND_ID);
    assertThat(zocorex.text("NavnFormStyrke")).isEqualTo(Anchors.ZOCOREX_TAB_20_BRAND_NAME);
    assertThat(zocorex.text("Varenavn")).isEqualTo(Anchors.ZOCOREX_VARENAVN);
    assertThat(f.byId(Anchors.SIMVASTATIN_KRKA_TAB_20_BRAND_ID).text("NavnFormStyrke"))
        .isEqualTo(Anchors.SIMVASTATIN_KRKA_TAB_20_BRAND_NAME);
    assertThat(f.byId(Anchors.SIMVASTATIN_20_STRENGTH_ID).text("RefVirkestoff"))
        .isEqualTo(Anchors.SIMVASTATIN_SUBSTANCE_ID);
  }

  @Test
  @DisplayName("Pack 100010 is in byttegruppe 000123 with the other simvastatin 20 mg packs (R-6.5.2)")
  void pack100010IsInterchangeableWithOtherSimvastatinPacks() {
    M30File f = M30File.of(TestFiles.standard());
    Node pack = f.pack(Anchors.PACK_ZOCOREX_VARENR);
    assertThat(pack.text("Id")).isEqualTo(Anchors.PACK_100010_ID);
    assertThat(pack.text("NavnFormStyrke")).isEqualTo(Anchors.ZOCOREX_TAB_20_BRAND_NAME);
    String group = pack.child("PakningByttegruppe").text("RefByttegruppe");
    assertThat(group).isEqualTo(Anchors.SIMVASTATIN_20_INTERCHANGE_ID);
    assertThat(f.byId(group).v("Kode")).isEqualTo(Anchors.SIMVASTATIN_20_INTERCHANGE_CODE);
    Set<String> members = f.packs().stream().filter(p -> p.child("PakningByttegruppe") != null
        && p.child("PakningByttegruppe").text("RefByttegruppe").equals(group))
        .map(p -> p.text("Varenr")).collect(Collectors.toSet());
    assertThat(members).containsExactlyInAnyOrder("100010", "100011", "100012");
    assertThat(pack.all("Refusjon").stream().map(r -> r.text("RefRefusjonsgruppe")))
        .contains(Anchors.SIMVASTATIN_REIMBURSEMENT_GROUP_ID);
  }

  @Test
  @DisplayName("Packs 100010 (C10AA01) and 100013 (J01FA09) meet in an interaction with Relevans 1 (R-8.1.5)")
  void simvastatinAndClarithromycinPacksInteract() {
    M30File f = M30File.of(TestFiles.standard());
    assertThat(f.pack(Anchors.PACK_ZOCOREX_VARENR).v("Atc")).isEqualTo("C10AA01");
    Node klari = f.pack(Anchors.PACK_KLARITROMYCIN_VARENR);
    assertThat(klari.text("Id")).isEqualTo(Anchors.PACK_100013_ID);
    assertThat(klari.v("Atc")).isEqualTo("J01FA09");
    Node interaction = f.byId(Anchors.INTERACTION_SIMVASTATIN_KLARITROMYCIN_ID);
    assertThat(interaction.v("Relevans")).isEqualTo("1");
    assertThat(interaction.child("Relevans").attributes.get("DN")).isEqualTo("Bør unngås");
    List<Set<String>> groups = interaction.all("Substansgruppe").stream()
        .map(g -> g.find("Atc").stream().map(Node::v).collect(Collectors.toSet())).toList();
    assertThat(groups).anyMatch(g -> g.contains("C10AA01")).anyMatch(g -> g.contains("J01FA09"));
  }

  @Test
  @DisplayName("Item-number anchors: utgående 100019 on 100020, two EANs on 100030, CF brand with F and C packs")
  void itemNumberAnchors_R_6_2_4() {
    M30File f = M30File.of(TestFiles.standard());
    Node outgoing = f.pack(Anchors.PACK_WITH_OUTGOING_VARENR);
    assertThat(outgoing.child("Markedsforingsinfo").text("VarenrUtgaende")).isEqualTo(Anchors.OUTGOING_VARENR);
    assertThat(f.pack(Anchors.OUTGOING_VARENR)).isNull();
    assertThat(f.pack(Anchors.PACK_WITH_TWO_EANS_VARENR).all("Ean")).hasSize(2);
    assertThat(f.pack(Anchors.PACK_WITH_TWO_EANS_VARENR).v("Reseptgruppe")).isEqualTo("F");
    assertThat(f.pack(Anchors.PACK_PAMOLEX_100_VARENR).v("Reseptgruppe")).isEqualTo("C");
    assertThat(f.byId(Anchors.PAMOLEX_TAB_500_BRAND_ID).v("Reseptgruppe")).isEqualTo("CF");
  }

  @Test
  @DisplayName("Start pack 100040 and combination pack 100050 reference 4 and 2 brands (R-6.2.5)")
  void startAndCombinationPackAnchors_R_6_2_5() {
    M30File f = M30File.of(TestFiles.standard());
    Node start = f.pack(Anchors.START_PACK_VARENR);
    assertThat(start.text("Id")).isEqualTo(Anchors.START_PACK_ID);
    assertThat(start.all("Pakningsinfo").stream().map(i -> i.text("RefLegemiddelMerkevare")))
        .containsExactlyElementsOf(Anchors.START_PACK_BRAND_IDS);
    Node combi = f.pack(Anchors.COMBINATION_PACK_VARENR);
    assertThat(combi.all("Pakningsinfo").stream().map(i -> i.text("RefLegemiddelMerkevare")))
        .containsExactlyElementsOf(Anchors.COMBINATION_PACK_BRAND_IDS);
  }

  @Test
  @DisplayName("Interaction anchors: ATC level 4, ZV80AA01, a member without ATC (R-8.1.2-R-8.1.4)")
  void interactionAnchors_R_8_1() {
    M30File f = M30File.of(TestFiles.standard());
    assertThat(f.byId(Anchors.INTERACTION_ATC_LEVEL4_ID).find("Atc").stream().map(Node::v))
        .anyMatch(c -> c.length() == 5);
    assertThat(f.byId(Anchors.INTERACTION_SMOKING_ID).find("Atc").stream().map(Node::v))
        .contains(Anchors.SMOKING_ATC);
    Node johannesurt = f.byId(Anchors.INTERACTION_SUBSTANCE_WITHOUT_ATC_ID);
    assertThat(johannesurt.find("RefVirkestoff").stream().map(n -> n.text)).contains(Anchors.PERIKUM_SUBSTANCE_ID);
    assertThat(f.byId(Anchors.PERIKUM_SUBSTANCE_ID).text("Navn")).isEqualTo("Perikum");
  }

  @Test
  @DisplayName("A10BX16 is not assessed and used by pack 100060 (R-8.5.1); H-resept group and pack 100070")
  void notAssessedAndHospitalAnchors() {
    M30File f = M30File.of(TestFiles.standard());
    assertThat(f.payloads("KatInteraksjon", "InteraksjonIkkeVurdert").stream().map(n -> n.v("Atc")))
        .contains(Anchors.NOT_ASSESSED_ATC);
    assertThat(f.pack(Anchors.PACK_NOT_ASSESSED_VARENR).v("Atc")).isEqualTo(Anchors.NOT_ASSESSED_ATC);
    Node hospital = null;
    for (Node h : f.payloads("KatRefusjon", "Refusjonshjemmel")) {
      if (h.child("Refusjonsgruppe").text("Id").equals(Anchors.HRESEPT_REIMBURSEMENT_GROUP_ID)) {
        hospital = h;
      }
    }
    assertThat(hospital).isNotNull();
    assertThat(hospital.child("Refusjonshjemmel").v()).isEqualTo("950");
    assertThat(f.pack(Anchors.PACK_HRESEPT_VARENR).all("Refusjon").stream().map(r -> r.text("RefRefusjonsgruppe")))
        .contains(Anchors.HRESEPT_REIMBURSEMENT_GROUP_ID);
  }

  @Test
  @DisplayName("The simvastatin §2 group has a code with Underterm (R-6.4.1)")
  void simvastatinReimbursementHasUnderterm_R_6_4_1() {
    M30File f = M30File.of(TestFiles.standard());
    for (Node h : f.payloads("KatRefusjon", "Refusjonshjemmel")) {
      Node g = h.child("Refusjonsgruppe");
      if (g.text("Id").equals(Anchors.SIMVASTATIN_REIMBURSEMENT_GROUP_ID)) {
        assertThat(h.child("Refusjonshjemmel").v()).isEqualTo("200");
        assertThat(g.v("GruppeNr")).isEqualTo(Anchors.SIMVASTATIN_REIMBURSEMENT_GROUP_NUMBER);
        assertThat(g.all("Refusjonskode")).anySatisfy(c -> {
          assertThat(c.v("Refusjonskode")).isEqualTo(Anchors.SIMVASTATIN_REIMBURSEMENT_CODE_WITH_UNDERTERM);
          assertThat(c.text("Underterm")).isNotBlank();
        });
        return;
      }
    }
    throw new AssertionError("simvastatin reimbursement group missing");
  }

  @Test
  @DisplayName("Alerts on the simvastatin group (only), on Zocorex and on pack 100010 (R-9.5.1)")
  void alertAnchors_R_9_5_1() {
    M30File f = M30File.of(TestFiles.standard());
    Map<String, Node> alerts = new HashMap<>();
    for (Node e : f.entries("KatVarselSlv")) {
      alerts.put(e.entryId(), e.payload());
    }
    Node group = alerts.get(Anchors.ALERT_ON_SIMVASTATIN_GROUP_ENTRY_ID);
    assertThat(group.all("Referanseelement")).hasSize(1);
    assertThat(group.child("Referanseelement").v("Klasse")).isEqualTo("3");
    assertThat(group.child("Referanseelement").text("RefElement")).isEqualTo(Anchors.SIMVASTATIN_TAB_20_GROUP_ID);
    Node brand = alerts.get(Anchors.ALERT_ON_ZOCOREX_ENTRY_ID);
    assertThat(brand.find("RefElement").stream().map(n -> n.text)).contains(Anchors.ZOCOREX_TAB_20_BRAND_ID);
    Node pack = alerts.get(Anchors.ALERT_ON_PACK_100010_ENTRY_ID);
    assertThat(pack.child("Referanseelement").v("Klasse")).isEqualTo("2");
    assertThat(pack.find("RefElement").stream().map(n -> n.text)).containsExactly(Anchors.PACK_100010_ID);
  }

  @Test
  @DisplayName("Byttegruppe 000321 spans the omeprazol capsule and tablet groups (R-4.4.2)")
  void tabletCapsuleInterchangeAnchor_R_4_4_2() {
    M30File f = M30File.of(TestFiles.standard());
    Node kaps = f.pack(Anchors.PACK_OMEPRAZOL_KAPS_VARENR);
    Node tab = f.pack(Anchors.PACK_OMEPRAZOL_TAB_VARENR);
    assertThat(kaps.child("PakningByttegruppe").text("RefByttegruppe")).isEqualTo(Anchors.OMEPRAZOL_20_INTERCHANGE_ID);
    assertThat(tab.child("PakningByttegruppe").text("RefByttegruppe")).isEqualTo(Anchors.OMEPRAZOL_20_INTERCHANGE_ID);
    assertThat(kaps.v("LegemiddelformKort")).isNotEqualTo(tab.v("LegemiddelformKort"));
    assertThat(f.byId(Anchors.OMEPRAZOL_ENTEROKAPS_20_GROUP_ID).all("RefPakning").stream().map(n -> n.text))
        .containsExactly(kaps.text("Id"));
    assertThat(f.byId(Anchors.OMEPRAZOL_ENTEROTAB_20_GROUP_ID).all("RefPakning").stream().map(n -> n.text))
        .containsExactly(tab.text("Id"));
  }
}
