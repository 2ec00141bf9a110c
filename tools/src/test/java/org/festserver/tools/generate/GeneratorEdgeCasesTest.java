package org.festserver.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every edge case of RULES.md occurs in a small (scale 0.05) file. Each test finds its case by reading the
 * streamed entries; docs/generator.md lists where each case comes from.
 */
final class GeneratorEdgeCasesTest {

  private final M30File f = M30File.of(TestFiles.standard());
  private final LocalDate today = f.hentet();

  // ------------------------------------------------------------------------------------------ substance groups

  @Test
  @DisplayName("R-3.3.2: substance groups reference their brands and packs directly")
  void substanceGroupsReferenceBrandsAndPacksDirectly_R_3_3_2() {
    assertThat(f.groups()).anySatisfy(g -> {
      assertThat(g.all("RefLegemiddelMerkevare")).hasSizeGreaterThan(1);
      assertThat(g.all("RefPakning")).hasSizeGreaterThan(1);
    });
  }

  @Test
  @DisplayName("R-3.3.1: a group without direct refs whose brands match only by strength set, form and ATC, "
      + "numbered differently")
  void groupMatchedOnlyByStrengthsFormAndAtcWithOtherSortering_R_3_3_1() {
    Node group = f.groups().stream().filter(g -> g.all("RefLegemiddelMerkevare").isEmpty()).findFirst()
        .orElseThrow();
    Set<String> groupSet = strengthRefs(group);
    List<Node> matching = f.brands().stream()
        .filter(b -> strengthRefs(b).equals(groupSet))
        .filter(b -> b.v("LegemiddelformKort").equals(group.v("LegemiddelformKort")))
        .filter(b -> b.v("Atc").equals(group.v("Atc")))
        .toList();
    assertThat(matching).hasSizeGreaterThanOrEqualTo(2);
    assertThat(matching).anySatisfy(b -> assertThat(sorting(b)).isNotEqualTo(sorting(group)));
  }

  @Test
  @DisplayName("R-5.2.1: combination products have several strengths and AtcKombipreparat")
  void combinationProductsHaveSeveralSubstances() {
    assertThat(f.brands()).anySatisfy(b -> assertThat(b.all("SortertVirkestoffMedStyrke")).hasSizeGreaterThan(1));
    assertThat(f.payloads("KatVirkestoff", "VirkestoffMedStyrke"))
        .anySatisfy(s -> assertThat(s.child("AtcKombipreparat")).isNotNull());
  }

  @Test
  @DisplayName("R-5.2.1: a product without relevant strength references the substance directly")
  void productWithoutStrengthReferencesTheSubstance_R_5_2_1() {
    assertThat(f.brands()).anySatisfy(b -> {
      assertThat(b.all("SortertVirkestoffMedStyrke")).isEmpty();
      assertThat(b.child("SortertVirkestoffUtenStyrke")).isNotNull();
    });
  }

  // ------------------------------------------------------------------------------------------ packs

  @Test
  @DisplayName("R-6.2.5: start packs reference several brands and have neither group nor unit dose")
  void startPacksReferenceSeveralBrands_R_6_2_5() {
    Node start = f.pack(Anchors.START_PACK_VARENR);
    assertThat(brandRefs(start)).hasSize(4);
    assertThat(referencedPacks()).doesNotContain(start.text("Id"));
    Set<String> forms = new HashSet<>();
    for (String brand : brandRefs(start)) {
      forms.add(f.byId(brand).v("LegemiddelformKort"));
    }
    assertThat(forms).hasSize(1);
  }

  @Test
  @DisplayName("R-6.2.5: combination packs have the form Kombinasjonspakning and brands of different forms")
  void combinationPacksReferenceBrandsOfDifferentForms_R_6_2_5() {
    List<Node> combis = f.packs().stream().filter(p -> "Kombinasjonspakning".equals(
        p.child("LegemiddelformKort").attributes.get("DN"))).toList();
    assertThat(combis).isNotEmpty().allSatisfy(p -> {
      assertThat(brandRefs(p)).hasSizeGreaterThan(1);
      Set<String> forms = new HashSet<>();
      for (String brand : brandRefs(p)) {
        forms.add(f.byId(brand).v("LegemiddelformKort"));
      }
      assertThat(forms).hasSizeGreaterThan(1);
      assertThat(referencedPacks()).doesNotContain(p.text("Id"));
    });
  }

  @Test
  @DisplayName("R-6.2.6: sets have EnhetPakning 'sett' and Pakningskomponent")
  void setsHavePackComponents_R_6_2_6() {
    assertThat(f.packs()).anySatisfy(p -> {
      Node info = p.child("Pakningsinfo");
      assertThat(info.v("EnhetPakning")).isEqualTo("S");
      assertThat(info.all("Pakningskomponent")).hasSizeGreaterThanOrEqualTo(2);
    });
  }

  @Test
  @DisplayName("R-6.2.3: packs with several EANs; EAN = 704626 + varenummer + GS1 check digit")
  void packsWithSeveralEans_R_6_2_3() {
    assertThat(f.packs()).anySatisfy(p -> assertThat(p.all("Ean")).hasSizeGreaterThanOrEqualTo(2));
    for (Node p : f.packs()) {
      String varenr = p.text("Varenr");
      assertThat(varenr).matches("\\d{6,7}");
      if (!p.all("Ean").isEmpty()) {
        String ean = p.all("Ean").get(0).text;
        assertThat(ean).startsWith("704626" + varenr);
        assertThat(ean.charAt(ean.length() - 1)).isEqualTo(Numbers.gs1CheckDigit(ean.substring(0, ean.length() - 1)));
      }
    }
  }

  @Test
  @DisplayName("R-6.2.4: an utgående varenummer is another number than the pack's and belongs to no other pack")
  void outgoingItemNumberIsADifferentUnusedNumber_R_6_2_4() {
    Set<String> numbers = f.packs().stream().map(p -> p.text("Varenr")).collect(Collectors.toSet());
    assertThat(numbers).hasSize(f.packs().size());
    List<Node> withOutgoing = f.packs().stream()
        .filter(p -> p.child("Markedsforingsinfo").child("VarenrUtgaende") != null).toList();
    assertThat(withOutgoing).isNotEmpty().allSatisfy(p -> {
      String old = p.child("Markedsforingsinfo").text("VarenrUtgaende");
      assertThat(old).isNotEqualTo(p.text("Varenr"));
      assertThat(numbers).doesNotContain(old);
    });
  }

  @Test
  @DisplayName("R-6.1.1: a pack with a future Markedsforingsdato")
  void futureMarketingDate_R_6_1_1() {
    assertThat(marketing("Markedsforingsdato")).anyMatch(d -> d.isAfter(today));
  }

  @Test
  @DisplayName("R-6.1.2/R-6.1.3: AvregDato and MidlUtgattDato within and beyond 3 months of HentetDato")
  void deregistrationAndTemporaryWithdrawalWithinAndBeyondThreeMonths_R_6_1_2_R_6_1_3() {
    LocalDate threeMonthsAgo = today.minusMonths(3);
    List<LocalDate> dereg = marketing("AvregDato");
    List<LocalDate> out = marketing("MidlUtgattDato");
    assertThat(dereg).anyMatch(d -> !d.isAfter(today) && d.isAfter(threeMonthsAgo));
    assertThat(dereg).anyMatch(d -> d.isBefore(threeMonthsAgo));
    assertThat(dereg).anyMatch(d -> d.isAfter(today));
    assertThat(out).anyMatch(d -> !d.isAfter(today) && d.isAfter(threeMonthsAgo));
    assertThat(out).anyMatch(d -> d.isBefore(threeMonthsAgo));
  }

  @Test
  @DisplayName("R-6.3.1/R-6.3.2: prices with past, current and future periods; AIP < AUP; trinnpris and "
      + "refusjonspris occur")
  void pricesWithPastCurrentAndFuturePeriods_R_6_3_2() {
    assertThat(f.packs()).anySatisfy(p -> {
      List<Node> aip = p.all("PrisVare").stream().filter(x -> x.v("Type").equals("3")).toList();
      assertThat(aip).anyMatch(x -> x.text("GyldigTilDato") != null
          && LocalDate.parse(x.text("GyldigTilDato")).isBefore(today));
      assertThat(aip).anyMatch(x -> LocalDate.parse(x.text("GyldigFraDato")).isAfter(today));
      assertThat(aip).anyMatch(x -> !LocalDate.parse(x.text("GyldigFraDato")).isAfter(today)
          && (x.text("GyldigTilDato") == null || LocalDate.parse(x.text("GyldigTilDato")).isAfter(today)));
    });
    Set<String> types = new HashSet<>();
    for (Node p : f.packs()) {
      Double aip = null;
      Double aup = null;
      for (Node x : p.all("PrisVare")) {
        types.add(x.v("Type"));
        if (x.text("GyldigTilDato") == null && x.v("Type").equals("3")) {
          aip = Double.parseDouble(x.child("Pris").v());
        }
        if (x.text("GyldigTilDato") == null && x.v("Type").equals("4")) {
          aup = Double.parseDouble(x.child("Pris").v());
        }
      }
      assertThat(aip).as("AIP of %s", p.text("Varenr")).isNotNull();
      assertThat(aip).as("AIP < AUP for %s", p.text("Varenr")).isLessThan(aup);
    }
    assertThat(types).containsExactlyInAnyOrder("2", "3", "4", "5");
  }

  @Test
  @DisplayName("R-5.10: reseptgruppe CF on brand and group, only A/B/C/F on packs")
  void reseptgruppeCfOnBrandAndGroup_R_5_10() {
    assertThat(f.brands()).anyMatch(b -> b.v("Reseptgruppe").equals("CF"));
    assertThat(f.groups()).anyMatch(g -> g.v("Reseptgruppe").equals("CF"));
    assertThat(f.packs()).allMatch(p -> Set.of("A", "B", "C", "F").contains(p.v("Reseptgruppe")));
  }

  @Test
  @DisplayName("R-5.9: sex-specific prescription validity")
  void sexSpecificPrescriptionValidity_R_5_9() {
    assertThat(f.brands()).anySatisfy(b -> {
      List<Node> validity = b.all("Reseptgyldighet");
      assertThat(validity).hasSize(2);
      assertThat(validity).allMatch(v -> v.child("Kjonn") != null);
      assertThat(validity.stream().map(v -> v.text("Varighet"))).contains("P7D", "P1Y");
    });
  }

  @Test
  @DisplayName("R-10.1.1: unregistered products: Preparattype 11, TypeSoknadSlv 2 and 3, vilkår 34")
  void unregisteredProductsNeedExemption_R_10_1_1() {
    Node condition34 = f.payloads("KatVilkar", "Vilkar").stream().filter(v -> "34".equals(v.text("VilkarNr")))
        .findFirst().orElseThrow();
    List<Node> unregistered = f.brands().stream().filter(b -> b.v("Preparattype").equals("11")).toList();
    assertThat(unregistered).isNotEmpty()
        .allSatisfy(b -> assertThat(texts(b, "RefVilkar")).contains(condition34.text("Id")));
    assertThat(unregistered.stream().map(b -> b.v("TypeSoknadSlv"))).contains("2", "3");
    assertThat(f.groups()).noneMatch(g -> "11".equals(g.v("Preparattype")));
  }

  @Test
  @DisplayName("R-7.1.1: administration with EnhetDosering and Kortdose on brands and substance groups")
  void administrationWithDosingUnitAndShortDose_R_7_1_1() {
    assertThat(f.brands()).anySatisfy(this::hasDosingUnitAndShortDose);
    assertThat(f.groups()).anySatisfy(this::hasDosingUnitAndShortDose);
  }

  @Test
  @DisplayName("R-3.3.4: a brand with two unit doses (different pack types)")
  void brandWithTwoUnitDoses_R_3_3_4() {
    Map<String, List<Node>> byBrand = new HashMap<>();
    for (Node d : f.doses()) {
      byBrand.computeIfAbsent(d.text("RefLegemiddelMerkevare"), k -> new ArrayList<>()).add(d);
    }
    assertThat(byBrand.values()).anySatisfy(doses -> {
      assertThat(doses).hasSize(2);
      assertThat(doses.get(0).v("Pakningstype")).isNotEqualTo(doses.get(1).v("Pakningstype"));
    });
  }

  // ------------------------------------------------------------------------------------------ interchange

  @Test
  @DisplayName("R-4.4.2: an interchange group spans a tablet and a capsule substance group")
  void interchangeGroupSpansTabletAndCapsuleGroups_R_4_4_2() {
    Map<String, Set<String>> forms = new HashMap<>();
    for (Node p : f.packs()) {
      Node link = p.child("PakningByttegruppe");
      if (link != null) {
        forms.computeIfAbsent(link.text("RefByttegruppe"), k -> new TreeSet<>()).add(
            p.child("LegemiddelformKort").attributes.get("DN"));
      }
    }
    assertThat(forms.values()).anySatisfy(s -> {
      assertThat(s).hasSize(2);
      assertThat(s).anyMatch(x -> x.toLowerCase(java.util.Locale.ROOT).contains("tablett"));
      assertThat(s).anyMatch(x -> x.toLowerCase(java.util.Locale.ROOT).contains("kapsel"));
    });
  }

  @Test
  @DisplayName("R-6.5.3/R-6.5.4: groups with and without remark, a group with GyldigTilDato, future memberships")
  void interchangeGroupRemarksEndDatesAndFutureMemberships_R_6_5() {
    List<Node> groups = f.payloads("KatByttegruppe", "Byttegruppe");
    assertThat(groups).anySatisfy(g -> {
      assertThat(g.text("MerknadTilByttbarhet")).isEqualTo("true");
      assertThat(g.text("BeskrivelseByttbarhet")).isNotBlank();
    });
    assertThat(groups).anyMatch(g -> g.text("MerknadTilByttbarhet").equals("false"));
    assertThat(groups).anyMatch(g -> g.child("GyldigTilDato") != null);
    assertThat(groups).allMatch(g -> g.v("Kode").matches("\\d{6}"));
    assertThat(f.packs()).anyMatch(p -> p.child("PakningByttegruppe") != null
        && LocalDate.parse(p.child("PakningByttegruppe").text("GyldigFraDato")).isAfter(today));
  }

  // ------------------------------------------------------------------------------------------ reimbursement

  @Test
  @DisplayName("R-6.4.1/R-6.4.4: §2 groups with ICPC and ICD codes, Underterm, past/future codes, expired for "
      + "prescribing but live for dispensing")
  void paragraph2CodesAndTheirDates_R_6_4_1_R_6_4_4() {
    List<Node> groups = reimbursementGroups("200");
    List<Node> codes = new ArrayList<>();
    groups.forEach(g -> codes.addAll(g.all("Refusjonskode")));
    Set<String> systems = codes.stream().map(c -> c.child("Refusjonskode").attributes.get("S"))
        .collect(Collectors.toSet());
    assertThat(systems).contains("2.16.578.1.12.4.1.1.7170", "2.16.578.1.12.4.1.1.7435",
        "2.16.578.1.12.4.1.1.7434");
    assertThat(codes).anyMatch(c -> c.child("Underterm") != null);
    assertThat(codes).anyMatch(c -> LocalDate.parse(c.text("GyldigFraDato")).isAfter(today));
    assertThat(codes).anyMatch(c -> c.text("ForskrivesTilDato") != null && c.text("UtleveresTilDato") != null
        && LocalDate.parse(c.text("ForskrivesTilDato")).isBefore(today)
        && LocalDate.parse(c.text("UtleveresTilDato")).isAfter(today));
    assertThat(codes).anyMatch(c -> !c.all("Refusjonsvilkar").isEmpty());
  }

  @Test
  @DisplayName("R-6.4.5/R-6.4.7/R-6.4.8: IndRef group, MRSA code -04, §4a 401/402 and H-resept groups without codes")
  void individualMrsaHepatitisAndHospitalGroups_R_6_4_5_R_6_4_7_R_6_4_8() {
    assertThat(reimbursementGroups("301")).anyMatch(g -> g.v("GruppeNr").equals("IndRef"));
    assertThat(reimbursementGroups("400")).anySatisfy(g -> assertThat(g.find("Refusjonskode").stream()
        .map(Node::v)).contains("-04"));
    for (String hjemmel : List.of("401", "402", "950")) {
      assertThat(reimbursementGroups(hjemmel)).as("hjemmel %s", hjemmel).isNotEmpty().allSatisfy(g -> {
        assertThat(g.text("KreverRefusjonskode")).isEqualTo("false");
        assertThat(g.all("RefVilkar")).isNotEmpty();
        assertThat(g.all("Refusjonskode")).isEmpty();
      });
    }
  }

  @Test
  @DisplayName("R-6.4.6: magistral groups linked to an ATC code, without item link, referenced from Virkestoff")
  void magistralGroupsWithoutItemLink_R_6_4_6() {
    Set<String> magistral = new HashSet<>();
    for (Node e : f.payloads("KatRefusjon", "Refusjonshjemmel")) {
      if (e.text("KreverVarekobling").equals("false") && e.child("Refusjonsgruppe").child("Atc") != null) {
        magistral.add(e.child("Refusjonsgruppe").text("Id"));
      }
    }
    assertThat(magistral).isNotEmpty();
    assertThat(f.payloads("KatVirkestoff", "Virkestoff")).anyMatch(v -> v.all("Refusjon").stream()
        .anyMatch(r -> magistral.contains(r.text("RefRefusjonsgruppe"))));
  }

  @Test
  @DisplayName("R-6.4.2: pack reimbursement links with their own prescribe/dispense dates")
  void packReimbursementLinksWithOwnDates_R_6_4_2() {
    assertThat(f.packs()).anyMatch(p -> p.all("Refusjon").stream()
        .anyMatch(r -> r.child("ForskrivesTilDato") != null && r.child("UtleveresTilDato") != null));
  }

  @Test
  @DisplayName("R-12.1.1: trade goods of all three kinds linked to 7-digit product groups of code system 7403")
  void tradeGoodsOfAllKindsUnderProductGroups_R_12_1_1() {
    Set<String> kinds = new HashSet<>();
    Set<String> refs = new HashSet<>();
    for (Node e : f.entries("KatHandelsvare")) {
      kinds.add(e.payload().name);
      refs.add(e.payload().child("Refusjon").text("RefRefusjonsgruppe"));
    }
    assertThat(kinds).containsExactlyInAnyOrder("Naringsmiddel", "MedForbMatr", "Brystprotese");
    Map<String, String> groupNumbers = new HashMap<>();
    for (Node h : f.payloads("KatRefusjon", "Refusjonshjemmel")) {
      Node g = h.child("Refusjonsgruppe");
      groupNumbers.put(g.text("Id"), g.v("GruppeNr") + "|" + g.child("GruppeNr").attributes.get("S"));
    }
    assertThat(refs).allSatisfy(r -> assertThat(groupNumbers.get(r))
        .matches("\\d{7}\\|2\\.16\\.578\\.1\\.12\\.4\\.1\\.1\\.7403"));
    Set<Integer> lengths = f.codeSystem("7403").stream().map(el -> el.text("Kode").length())
        .collect(Collectors.toSet());
    assertThat(lengths).containsExactlyInAnyOrder(1, 3, 5, 7);
  }

  // ------------------------------------------------------------------------------------------ conditions

  @Test
  @DisplayName("R-5.7/R-5.8: conditions of every group and structured types 1, 2, 3 (8459), 11, 13, 15 and an "
      + "unknown type")
  void conditionsOfEveryGroupAndStructuredType_R_5_7_R_5_8() {
    List<Node> conditions = f.payloads("KatVilkar", "Vilkar");
    assertThat(conditions.stream().map(c -> c.v("Gruppe"))).contains("1", "2", "3", "4", "5", "6", "7");
    Set<String> types = new HashSet<>();
    Set<String> coded = new HashSet<>();
    for (Node c : conditions) {
      for (Node s : c.all("StrukturertVilkar")) {
        types.add(s.v("Type"));
        s.all("VerdiKodet").forEach(v -> coded.add(s.v("Type") + ":" + v.attributes.get("S")));
      }
    }
    assertThat(types).contains("1", "2", "3", "11", "13", "15");
    assertThat(coded).contains("3:2.16.578.1.12.4.1.1.8459");
    Set<String> known = f.codeSystem("7439").stream().map(e -> e.text("Kode")).collect(Collectors.toSet());
    assertThat(types).anyMatch(t -> !known.contains(t));
  }

  // ------------------------------------------------------------------------------------------ alerts

  @Test
  @DisplayName("R-9.1.1/R-9.5.1: alerts of every type, several audiences, on packs, brands and groups, a group "
      + "alert without derived links, links with descriptions")
  void alertsOfEveryTypeAndTarget_R_9() {
    List<Node> alerts = f.payloads("KatVarselSlv", "VarselSlv");
    assertThat(alerts.stream().map(a -> a.v("Type")))
        .contains("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(alerts).anyMatch(a -> a.all("Visningsregel").size() >= 3);
    Set<String> classes = new HashSet<>();
    alerts.forEach(a -> a.all("Referanseelement").forEach(r -> classes.add(r.v("Klasse"))));
    assertThat(classes).contains("1", "2", "3");
    assertThat(alerts).anyMatch(a -> a.all("Referanseelement").size() == 1
        && a.child("Referanseelement").v("Klasse").equals("3"));
    assertThat(alerts).anyMatch(a -> a.child("Lenke") != null && a.child("Lenke").child("Beskrivelse") != null
        && a.child("Lenke").namespace.equals(FestVersion.V2_5_1.forskrivningNamespace()));
  }

  // ------------------------------------------------------------------------------------------ interactions

  @Test
  @DisplayName("R-8.1.5/R-8.1.6/R-8.1.7: all relevances, with and without audience, situation criterion, "
      + "headed handling, references with and without link")
  void interactionFieldsVary_R_8_1_5_R_8_1_6_R_8_1_7() {
    List<Node> all = f.interactions();
    assertThat(all.stream().map(i -> i.v("Relevans"))).contains("1", "2", "3");
    assertThat(all).anyMatch(i -> i.all("Visningsregel").isEmpty());
    assertThat(all).anyMatch(i -> !i.all("Visningsregel").isEmpty());
    assertThat(all).anyMatch(i -> i.child("Situasjonskriterium") != null);
    String handling = all.stream().map(i -> i.text("Handtering")).filter(h -> h != null)
        .collect(Collectors.joining("\n"));
    assertThat(handling).contains("Dosetilpasning: ", "Justering av administrering: ", "Monitorering: ",
        "Legemiddelalternativer: ");
    List<Node> refs = new ArrayList<>();
    all.forEach(i -> refs.addAll(i.all("Referanse")));
    assertThat(refs).anyMatch(r -> r.child("Lenke") != null);
    assertThat(refs).anyMatch(r -> r.child("Lenke") == null);
    assertThat(all).allMatch(i -> i.all("Substansgruppe").size() == 2);
  }

  @Test
  @DisplayName("R-8.1.2: members at ATC levels 1, 2, 3 and 4; a substance listed under two ATC codes")
  void interactionMembersAtHigherAtcLevelsAndTwoCodes_R_8_1_2() {
    Set<Integer> lengths = new HashSet<>();
    for (Node i : f.interactions()) {
      for (Node atc : i.find("Atc")) {
        lengths.add(atc.v().length());
      }
    }
    assertThat(lengths).contains(1, 3, 4, 5, 7);
    assertThat(f.interactions()).anySatisfy(i -> assertThat(i.all("Substansgruppe")).anySatisfy(g -> {
      List<Node> members = g.all("Substans");
      Map<String, Set<String>> codesByName = new HashMap<>();
      for (Node m : members) {
        if (m.child("Atc") != null) {
          codesByName.computeIfAbsent(m.text("Substans"), k -> new HashSet<>()).add(m.v("Atc"));
        }
      }
      assertThat(codesByName.values()).anyMatch(codes -> codes.size() >= 2);
    }));
  }

  @Test
  @DisplayName("R-8.1.3: a named group with several members, one of them only a RefVirkestoff; combination "
      + "codes (A02BD) inside a named group")
  void namedGroupsWithSubstanceWithoutAtcAndCombinationCodes_R_8_1_3() {
    Set<String> substances = f.payloads("KatVirkestoff", "Virkestoff").stream().map(v -> v.text("Id"))
        .collect(Collectors.toSet());
    assertThat(f.interactions()).anySatisfy(i -> assertThat(i.all("Substansgruppe")).anySatisfy(g -> {
      assertThat(g.child("Navn")).isNotNull();
      assertThat(g.all("Substans")).hasSizeGreaterThan(1);
      assertThat(g.all("Substans")).anySatisfy(m -> {
        assertThat(m.child("Atc")).isNull();
        assertThat(substances).contains(m.text("RefVirkestoff"));
      });
    }));
    assertThat(f.interactions()).anySatisfy(i -> assertThat(i.all("Substansgruppe")).anySatisfy(g -> {
      assertThat(g.child("Navn")).isNotNull();
      assertThat(g.find("Atc").stream().map(Node::v)).anyMatch(c -> c.startsWith("A02BD"));
    }));
  }

  @Test
  @DisplayName("R-8.1.4: fictitious ZV80AA codes (smoking) appear only in interactions, not in ATC 7180")
  void fictitiousSmokingCode_R_8_1_4() {
    assertThat(f.interactions()).anyMatch(i -> i.find("Atc").stream().anyMatch(a -> a.v().equals("ZV80AA01")));
    assertThat(f.codeSystem("7180").stream().map(e -> e.text("Kode"))).noneMatch(c -> c.startsWith("Z"));
  }

  @Test
  @DisplayName("R-8.5.1: InteraksjonIkkeVurdert codes, some used by packs in the file, none in an Interaksjon")
  void notAssessedCodesUsedByPacks_R_8_5_1() {
    Set<String> notAssessed = f.payloads("KatInteraksjon", "InteraksjonIkkeVurdert").stream()
        .map(n -> n.v("Atc")).collect(Collectors.toSet());
    Set<String> packAtc = f.packs().stream().map(p -> p.v("Atc")).filter(a -> a != null)
        .collect(Collectors.toSet());
    assertThat(notAssessed).isNotEmpty().anyMatch(packAtc::contains);
    for (Node i : f.interactions()) {
      assertThat(i.find("Atc").stream().map(Node::v)).noneMatch(notAssessed::contains);
    }
  }

  // ------------------------------------------------------------------------------------------ code systems, dosage

  @Test
  @DisplayName("R-11.1: ATC 7180 has Norwegian and English terms for every ATC code used, at all five levels")
  void atcCodeSystemCoversEveryCodeUsedAtAllLevels_R_11_1() {
    Map<String, Node> atc = new HashMap<>();
    for (Node e : f.codeSystem("7180")) {
      atc.put(e.text("Kode"), e);
    }
    Set<String> used = new TreeSet<>();
    for (List<Node> entries : f.entries.values()) {
      for (Node e : entries) {
        for (String name : List.of("Atc", "AtcKombipreparat")) {
          e.find(name).forEach(a -> used.add(a.v()));
        }
      }
    }
    used.removeIf(c -> c.startsWith("Z"));
    for (String code : used) {
      for (String level : AtcNames.levels(code)) {
        assertThat(atc).as("7180 element for %s (level of %s)", level, code).containsKey(level);
        List<String> languages = atc.get(level).all("Term").stream().map(t -> t.v("Sprak")).toList();
        assertThat(languages).as("terms of %s", level).containsExactlyInAnyOrder("NO", "EN");
      }
    }
    assertThat(atc.keySet().stream().map(String::length).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(1, 3, 4, 5, 7);
  }

  @Test
  @DisplayName("R-7.1.1: dosing units (7480) carry the plural in BeskrivelseTerm; all required code systems exist")
  void codeSystemsAreComplete_R_7_1_1() {
    assertThat(f.codeSystem("7480")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.child("Term").text("BeskrivelseTerm")).isNotBlank());
    assertThat(f.codeSystem("7480")).anyMatch(e -> e.child("Term").text("Term").equals("tablett")
        && e.child("Term").text("BeskrivelseTerm").equals("tabletter"));
    for (String system : List.of("7180", "7448", "7452", "7449", "7477", "7478", "7480", "7479", "7488", "7403",
        "7439", "7427", "7451", "7441", "7442", "7453", "7423", "7446", "7450", "7483", "7485", "7486", "7437",
        "7438", "8459")) {
      assertThat(f.codeSystem(system)).as("code system %s", system).isNotEmpty();
    }
  }

  @Test
  @DisplayName("R-7.2: structured dosages with Legemiddelforbruk and Dosering")
  void structuredDosagesHaveConsumptionAndDosing_R_7_2() {
    List<Node> dosages = f.payloads("KatStrDosering", "Kortdose");
    assertThat(dosages).isNotEmpty().allSatisfy(k -> {
      assertThat(k.text("BeskrivelseTerm")).contains("<dose");
      Node use = k.child("Legemiddelforbruk");
      assertThat(use.child("Dosering").namespace).isEqualTo(FestVersion.V2_5_1.forskrivningNamespace());
      assertThat(use.child("Dosering").all("DoseFastTidspunkt")).isNotEmpty();
    });
  }

  // ------------------------------------------------------------------------------------------ helpers

  private boolean hasDosingUnitAndShortDose(Node n) {
    Node a = n.child("AdministreringLegemiddel");
    return a != null && a.child("EnhetDosering") != null && a.child("Kortdose") != null;
  }

  private List<Node> reimbursementGroups(String hjemmel) {
    List<Node> out = new ArrayList<>();
    for (Node h : f.payloads("KatRefusjon", "Refusjonshjemmel")) {
      if (h.child("Refusjonshjemmel").v().equals(hjemmel)) {
        out.addAll(h.all("Refusjonsgruppe"));
      }
    }
    return out;
  }

  private List<LocalDate> marketing(String field) {
    List<LocalDate> out = new ArrayList<>();
    for (Node p : f.packs()) {
      String d = p.child("Markedsforingsinfo").text(field);
      if (d != null) {
        out.add(LocalDate.parse(d));
      }
    }
    return out;
  }

  private Set<String> referencedPacks() {
    Set<String> out = new HashSet<>();
    f.groups().forEach(g -> out.addAll(texts(g, "RefPakning")));
    f.doses().forEach(d -> out.addAll(texts(d, "RefPakning")));
    return out;
  }

  private static Set<String> strengthRefs(Node n) {
    return n.all("SortertVirkestoffMedStyrke").stream().map(s -> s.text("RefVirkestoffMedStyrke"))
        .collect(Collectors.toSet());
  }

  private static List<String> sorting(Node n) {
    return n.all("SortertVirkestoffMedStyrke").stream()
        .map(s -> s.text("Sortering") + ":" + s.text("RefVirkestoffMedStyrke")).toList();
  }

  private static List<String> brandRefs(Node pack) {
    return pack.all("Pakningsinfo").stream().map(i -> i.text("RefLegemiddelMerkevare")).toList();
  }

  private static List<String> texts(Node n, String child) {
    return n.all(child).stream().map(c -> c.text).toList();
  }
}
