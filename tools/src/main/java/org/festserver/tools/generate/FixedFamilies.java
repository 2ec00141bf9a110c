package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The product lines every file contains whatever the scale: the public {@link Anchors} and the edge-case
 * families that guarantee each rule of RULES.md occurs (start and combination packs, sets, R-3.3.1 matching,
 * sex-specific validity, pack life-cycle dates, unregistered products, ...).
 */
final class FixedFamilies {

  private final SubstanceCatalog catalog;
  private final List<Family> out = new ArrayList<>();

  private FixedFamilies(SubstanceCatalog catalog) {
    this.catalog = catalog;
  }

  static List<Family> create(SubstanceCatalog catalog) {
    FixedFamilies f = new FixedFamilies(catalog);
    f.anchors();
    f.edgeCases();
    return f.out;
  }

  private void anchors() {
    Family simva = regular("SIMVASTATIN_20", "C10AA01", "tab", "20 mg");
    simva.fixedGroupId = Anchors.SIMVASTATIN_TAB_20_GROUP_ID;
    simva.fixedVmsIds = new String[] {Anchors.SIMVASTATIN_20_STRENGTH_ID};
    brands(simva, new String[] {Anchors.ZOCOREX_TAB_20_BRAND_ID, Anchors.SIMVASTATIN_KRKA_TAB_20_BRAND_ID},
        new String[] {Anchors.ZOCOREX_VARENAVN, "Simvastatin Krka"},
        new String[] {"MSD (Norge) AS", "Krka Sverige AB"},
        new Family.Role[] {Family.Role.ORIGINATOR, Family.Role.GENERIC});
    packs(simva, new double[][] {{28}, {28, 98}},
        new String[] {Anchors.PACK_100010_ID, Anchors.PACK_100011_ID, Anchors.PACK_100012_ID},
        new String[] {"100010", "100011", "100012"});

    Family klari = regular("KLARITROMYCIN_500", "J01FA09", "tab", "500 mg");
    klari.fixedGroupId = Anchors.KLARITROMYCIN_TAB_500_GROUP_ID;
    brands(klari, new String[] {Anchors.KLACIMED_TAB_500_BRAND_ID}, new String[] {"Klacimed"},
        new String[] {"Viatris AS"}, new Family.Role[] {Family.Role.ORIGINATOR});
    packs(klari, new double[][] {{14}}, new String[] {Anchors.PACK_100013_ID}, new String[] {"100013"});

    Family atorva = regular("OUTGOING_NUMBER", "C10AA05", "tab", "20 mg");
    brands(atorva, new String[] {Anchors.ATORVASTATIN_ORION_TAB_20_BRAND_ID}, new String[] {"Atorvastatin Orion"},
        new String[] {"Orion Pharma AS"}, new Family.Role[] {Family.Role.GENERIC});
    packs(atorva, new double[][] {{30}}, new String[] {Anchors.PACK_100020_ID}, new String[] {"100020"});
    atorva.packEdges = List.of(EnumSet.of(PackEdge.OUTGOING_NUMBER));

    Family pamolex = regular("TWO_EANS_CF", "N02BE01", "tab", "500 mg");
    brands(pamolex, new String[] {Anchors.PAMOLEX_TAB_500_BRAND_ID}, new String[] {"Pamolex"},
        new String[] {"Orifarm Generics AS"}, new Family.Role[] {Family.Role.ORIGINATOR});
    packs(pamolex, new double[][] {{20, 100}}, new String[] {Anchors.PACK_100030_ID, Anchors.PACK_100031_ID},
        new String[] {"100030", "100031"});
    pamolex.packEdges = List.of(EnumSet.of(PackEdge.TWO_EANS), EnumSet.noneOf(PackEdge.class));

    Medicine memantin = catalog.medicine("N06DX01");
    Medicine.Offer memTab = offer(memantin, "tab");
    List<Family.Part> startParts = new ArrayList<>();
    for (String s : new String[] {"5 mg", "10 mg", "15 mg", "20 mg"}) {
      startParts.add(new Family.Part(memantin, memTab, List.of(Strength.parse(s))));
    }
    Family start = add("START_PACK", FamilyKind.START_PACK, startParts);
    brands(start, Anchors.START_PACK_BRAND_IDS.toArray(new String[0]),
        new String[] {"Memoranta", "Memoranta", "Memoranta", "Memoranta"},
        new String[] {"H. Lundbeck AS", "H. Lundbeck AS", "H. Lundbeck AS", "H. Lundbeck AS"},
        new Family.Role[] {Family.Role.ORIGINATOR, Family.Role.ORIGINATOR, Family.Role.ORIGINATOR,
            Family.Role.ORIGINATOR});
    packs(start, new double[][] {{7}}, new String[] {Anchors.START_PACK_ID}, new String[] {"100040"});

    Medicine klotrimazol = catalog.medicine("G01AF02");
    List<Family.Part> combiParts = List.of(
        new Family.Part(klotrimazol, offer(klotrimazol, "vagtab"), List.of(Strength.parse("500 mg"))),
        new Family.Part(klotrimazol, offer(klotrimazol, "krem"), List.of(Strength.parse("1 %"))));
    Family combi = add("COMBINATION_PACK", FamilyKind.COMBINATION_PACK, combiParts);
    brands(combi, Anchors.COMBINATION_PACK_BRAND_IDS.toArray(new String[0]),
        new String[] {"Candicomb", "Candicomb"}, new String[] {"Bayer AS", "Bayer AS"},
        new Family.Role[] {Family.Role.ORIGINATOR, Family.Role.ORIGINATOR});
    packs(combi, new double[][] {{1}}, new String[] {Anchors.COMBINATION_PACK_ID}, new String[] {"100050"});

    Family tirzeva = regular("NOT_ASSESSED", "A10BX16", "inj", "5 mg/0,5 ml");
    brands(tirzeva, new String[] {Anchors.TIRZEVA_BRAND_ID}, new String[] {"Tirzeva"},
        new String[] {"Eli Lilly Norge AS"}, new Family.Role[] {Family.Role.ORIGINATOR});
    packs(tirzeva, new double[][] {{4}}, new String[] {Anchors.PACK_100060_ID}, new String[] {"100060"});

    Family adalizo = regular("HRESEPT", "L04AB04", "inj", "40 mg/0,4 ml");
    brands(adalizo, new String[] {Anchors.ADALIZO_BRAND_ID}, new String[] {"Adalizo"},
        new String[] {"AbbVie AS"}, new Family.Role[] {Family.Role.ORIGINATOR});
    packs(adalizo, new double[][] {{2}}, new String[] {Anchors.PACK_100070_ID}, new String[] {"100070"});

    Family omepKaps = regular("OMEPRAZOL_KAPS_20", "A02BC01", "enterokaps", "20 mg");
    omepKaps.fixedGroupId = Anchors.OMEPRAZOL_ENTEROKAPS_20_GROUP_ID;
    brands(omepKaps, new String[] {Ids.fromText("anchor:brand:omeprazol-kaps")},
        new String[] {"Omeprazol Actavis"}, new String[] {"Actavis Group PTC ehf."},
        new Family.Role[] {Family.Role.GENERIC});
    packs(omepKaps, new double[][] {{28}}, new String[] {Ids.fromText("anchor:pack:100080")},
        new String[] {"100080"});

    Family omepTab = regular("OMEPRAZOL_TAB_20", "A02BC01", "enterotab", "20 mg");
    omepTab.fixedGroupId = Anchors.OMEPRAZOL_ENTEROTAB_20_GROUP_ID;
    brands(omepTab, new String[] {Ids.fromText("anchor:brand:omeprazol-tab")},
        new String[] {"Omeprazol Krka"}, new String[] {"Krka Sverige AB"},
        new Family.Role[] {Family.Role.GENERIC});
    packs(omepTab, new double[][] {{28}}, new String[] {Ids.fromText("anchor:pack:100081")},
        new String[] {"100081"});
  }

  private void edgeCases() {
    Medicine losartanHct = catalog.medicine("C09DA01");
    Family sorting = add("SORTING_MATCH", FamilyKind.REGULAR, List.of(new Family.Part(losartanHct,
        offer(losartanHct, "tab"), List.of(Strength.parse("50 mg"), Strength.parse("12,5 mg")))));
    sorting.fixedGroupId = Anchors.SORTING_MATCH_GROUP_ID;
    sorting.sortingMatchOnly = true;
    brands(sorting, Anchors.SORTING_MATCH_BRAND_IDS.toArray(new String[0]),
        new String[] {"Losartan/Hydroklortiazid Sandoz", "Losartan/Hydroklortiazid Teva"},
        new String[] {"Sandoz A/S", "Teva Norway AS"},
        new Family.Role[] {Family.Role.GENERIC, Family.Role.GENERIC});
    packs(sorting, new double[][] {{28}, {98}}, null, null);

    Family iso = regular("SEX_SPECIFIC_VALIDITY", "D10BA01", "kaps", "20 mg");
    iso.anchorKey = "edge:SEX_SPECIFIC_VALIDITY";
    packs(iso, new double[][] {{30}, {30}}, null, null);

    Family life = regular("LIFECYCLE", "N06AB10", "tab", "10 mg");
    life.anchorKey = "edge:LIFECYCLE";
    packs(life, new double[][] {{28, 98, 100}, {28, 98, 100}, {30, 100}}, null, null);
    life.dosesPerBrand = new int[] {2, 1, 1};
    life.packEdges = List.of(
        EnumSet.of(PackEdge.FUTURE_MARKETING),
        EnumSet.of(PackEdge.DEREGISTERED_RECENT),
        EnumSet.of(PackEdge.DEREGISTERED_OLD),
        EnumSet.of(PackEdge.TEMP_OUT_RECENT),
        EnumSet.of(PackEdge.TEMP_OUT_OLD),
        EnumSet.of(PackEdge.DEREGISTERED_FUTURE),
        EnumSet.of(PackEdge.PRICE_HISTORY, PackEdge.OWN_REIMBURSEMENT_DATES),
        EnumSet.of(PackEdge.FUTURE_MEMBERSHIP));

    Medicine metylpred = catalog.medicine("H02AB04");
    Family set = add("edge:SET", FamilyKind.SET, List.of(new Family.Part(metylpred,
        new Medicine.Offer(catalog.forms.get("pulvvaeskeinj"), "H02AB04", List.of(List.of(Strength.parse("40 mg")))),
        List.of(Strength.parse("40 mg")))));
    packs(set, new double[][] {{1}}, null, null);

    Medicine melatonin = catalog.medicine("N05CH01");
    Family unregPharmacy = add("edge:UNREGISTERED_PHARMACY", FamilyKind.UNREGISTERED,
        List.of(new Family.Part(melatonin, offer(melatonin, "tab"), List.of(Strength.parse("3 mg")))));
    packs(unregPharmacy, new double[][] {{30}}, null, null);

    Medicine efedrin = catalog.medicine("C01CA26");
    Medicine.Offer efedrinTab = null;
    for (Medicine.Offer o : efedrin.offers) {
      if (o.atc().equals("R03CA02")) {
        efedrinTab = o;
      }
    }
    Family unregMust = add("edge:UNREGISTERED_MUST_APPLY", FamilyKind.UNREGISTERED,
        List.of(new Family.Part(efedrin, efedrinTab, List.of(Strength.parse("25 mg")))));
    unregMust.mustApply = true;
    packs(unregMust, new double[][] {{100}}, null, null);

    Medicine makrogol = catalog.medicine("A06AD65");
    Family multi = add("edge:MULTI", FamilyKind.MULTI, List.of(new Family.Part(makrogol,
        offer(makrogol, "pulvmikst"), makrogol.offers.get(0).strengths().get(0))));
    packs(multi, new double[][] {{30}}, null, null);

    Medicine johannesurt = catalog.medicine("N06AX25");
    Medicine herbal = new Medicine(-1, "N06AX25", "Johannesurt", "St. John's wort",
        List.of(new Substance("Perikum", "Hypericum", List.of(), null, false)), "F", 1, Double.NaN, null,
        johannesurt.tags, List.of(new Medicine.Offer(catalog.forms.get("tab"), "N06AX25", List.of())), false);
    Family noStrength = add("edge:NO_STRENGTH", FamilyKind.NO_STRENGTH,
        List.of(new Family.Part(herbal, herbal.offers.get(0), null)));
    packs(noStrength, new double[][] {{60}}, null, null);

    Medicine morfin = catalog.medicine("N02AA01");
    Family hospital = add("edge:HOSPITAL", FamilyKind.HOSPITAL,
        List.of(new Family.Part(morfin, offer(morfin, "mikst"), List.of(Strength.parse("1 mg/ml")))));
    packs(hospital, new double[][] {{100}}, null, null);

    Medicine metadon = catalog.medicine("N07BC02");
    Family naf = add("edge:NAF", FamilyKind.NAF,
        List.of(new Family.Part(metadon, offer(metadon, "mikst"), List.of(Strength.parse("1 mg/ml")))));
    packs(naf, new double[][] {{200}}, null, null);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Family regular(String key, String atc, String formKey, String strength) {
    Medicine m = catalog.medicine(atc);
    Medicine.Offer o = offer(m, formKey);
    Family f = add(key, FamilyKind.REGULAR, List.of(new Family.Part(m, o, List.of(Strength.parse(strength)))));
    return f;
  }

  private Family add(String key, FamilyKind kind, List<Family.Part> parts) {
    Family f = new Family(out.size(), kind, parts);
    f.anchorKey = key;
    out.add(f);
    return f;
  }

  private static Medicine.Offer offer(Medicine m, String formKey) {
    for (Medicine.Offer o : m.offers) {
      if (o.form().key().equals(formKey)) {
        return o;
      }
    }
    throw new IllegalStateException(m + " has no form " + formKey);
  }

  private static void brands(Family f, String[] ids, String[] varenavn, String[] companies, Family.Role[] roles) {
    f.fixedBrandIds = ids;
    f.fixedVarenavn = varenavn;
    f.fixedCompany = companies;
    f.fixedRoles = roles;
    f.brandCount = ids.length;
  }

  /** Pack sizes per brand; for shared-pack kinds a single pack (one row). Ids/numbers may be null. */
  private static void packs(Family f, double[][] sizes, String[] ids, String[] numbers) {
    f.fixedPackSizes = sizes;
    f.fixedPackIds = ids;
    f.fixedVarenr = numbers;
    if (f.brandCount == 0) {
      f.brandCount = f.kind.sharedPack() ? f.parts.size() : sizes.length;
    }
    int packs = 0;
    for (double[] s : sizes) {
      packs += s.length;
    }
    f.packCount = packs;
    if (!f.kind.sharedPack()) {
      f.packsPerBrand = new int[sizes.length];
      for (int i = 0; i < sizes.length; i++) {
        f.packsPerBrand[i] = sizes[i].length;
      }
    }
  }
}
