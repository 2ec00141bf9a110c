package org.festserver.tools.generate;

import java.util.List;

/**
 * Fixed entities that every generated file contains, at every scale and seed, with the same ids, names and item
 * numbers. Tests across the project rely on them; docs/generator.md has the same table.
 *
 * <p>Payload ids ({@code Legemiddelpakning/Id} etc.) are the constants below. VarselSlv has no payload id, so
 * the alerts are identified by their entry id ({@code OppfVarselSlv/Id}) and their headline. Entry ids of the
 * other anchors are derived from their payload ids and are stable too, but tests should not depend on them.
 */
public final class Anchors {

  private Anchors() {}

  // ------------------------------------------------------------------ simvastatin 20 mg

  /** Virkestoff "Simvastatin". */
  public static final String SIMVASTATIN_SUBSTANCE_ID = "ID_BD64949D-AD31-4AFE-A442-3A738F89A969";
  /** VirkestoffMedStyrke simvastatin 20 mg shared by the group and its brands. */
  public static final String SIMVASTATIN_20_STRENGTH_ID = "ID_AE3FDAFC-C722-4EC6-84C7-27E4B4ADF21D";
  /** LegemiddelVirkestoff "Simvastatin Tab 20 mg" (C10AA01). */
  public static final String SIMVASTATIN_TAB_20_GROUP_ID = "ID_118BCAFC-5164-4176-B64F-60FE9DA4D55F";
  public static final String SIMVASTATIN_TAB_20_GROUP_NAME = "Simvastatin Tab 20 mg";
  /** LegemiddelMerkevare "Zocorex Tab 20 mg" (Varenavn "Zocorex", the originator). */
  public static final String ZOCOREX_TAB_20_BRAND_ID = "ID_3BDD21A6-8D44-4AED-9A13-5DB618E6A605";
  public static final String ZOCOREX_TAB_20_BRAND_NAME = "Zocorex Tab 20 mg";
  public static final String ZOCOREX_VARENAVN = "Zocorex";
  /** LegemiddelMerkevare "Simvastatin Krka Tab 20 mg" (a generic in the same group). */
  public static final String SIMVASTATIN_KRKA_TAB_20_BRAND_ID = "ID_F8A23BC8-3954-4178-8EC0-0E16805E7C87";
  public static final String SIMVASTATIN_KRKA_TAB_20_BRAND_NAME = "Simvastatin Krka Tab 20 mg";
  /** Pack 100010: Zocorex Tab 20 mg, 28 stk. */
  public static final String PACK_100010_ID = "ID_2CB2A858-5597-4CA2-B6EA-7524E3D633E5";
  public static final String PACK_ZOCOREX_VARENR = "100010";
  /** Packs 100011 and 100012: Simvastatin Krka Tab 20 mg, 28 and 98 stk. */
  public static final String PACK_100011_ID = "ID_6DC1BB00-9F0A-477E-A286-B754A8A481CB";
  public static final String PACK_SIMVASTATIN_KRKA_28_VARENR = "100011";
  public static final String PACK_100012_ID = "ID_2C561BFB-3153-4DB1-8CEC-411079A25A6C";
  public static final String PACK_SIMVASTATIN_KRKA_98_VARENR = "100012";
  /** Byttegruppe 000123 "SIMVASTATIN TABLETTER 20MG" with packs 100010, 100011, 100012. */
  public static final String SIMVASTATIN_20_INTERCHANGE_ID = "ID_81F34898-B75A-4933-BFD1-E5354130FF8D";
  public static final String SIMVASTATIN_20_INTERCHANGE_CODE = "000123";
  /** §2 Refusjonsgruppe C10AA01_1 (hjemmel 200) linked from the simvastatin group and its packs. */
  public static final String SIMVASTATIN_REIMBURSEMENT_GROUP_ID = "ID_DFBBB5F2-4EA0-4FE8-96C0-8A98DFB00D4A";
  public static final String SIMVASTATIN_REIMBURSEMENT_GROUP_NUMBER = "C10AA01_1";
  /** ICPC code of that group that has an Underterm. */
  public static final String SIMVASTATIN_REIMBURSEMENT_CODE_WITH_UNDERTERM = "T93";

  // ------------------------------------------------------------------ klaritromycin 500 mg and the interaction

  /** Virkestoff "Klaritromycin". */
  public static final String KLARITROMYCIN_SUBSTANCE_ID = "ID_C27EBD0E-98A8-4C87-B9A1-5EC46EAE730F";
  /** LegemiddelVirkestoff "Klaritromycin Tab 500 mg" (J01FA09). */
  public static final String KLARITROMYCIN_TAB_500_GROUP_ID = "ID_13CB67FC-4B62-4EA0-AEB9-1ABB6295A2A8";
  /** LegemiddelMerkevare "Klacimed Tab 500 mg". */
  public static final String KLACIMED_TAB_500_BRAND_ID = "ID_D2E4D242-6413-4AFA-B5C4-2B89042EAC7C";
  public static final String KLACIMED_TAB_500_BRAND_NAME = "Klacimed Tab 500 mg";
  /** Pack 100013: Klacimed Tab 500 mg, 14 stk. */
  public static final String PACK_100013_ID = "ID_2B609AA6-CB13-4F49-A377-8F183CE7EDDD";
  public static final String PACK_KLARITROMYCIN_VARENR = "100013";
  /** Interaksjon C10AA01 (simvastatin) and J01FA09 + A02BD combinations (klaritromycin), Relevans 1. */
  public static final String INTERACTION_SIMVASTATIN_KLARITROMYCIN_ID = "ID_2A39D952-E551-4582-A1E6-6429E7951E9A";

  // ------------------------------------------------------------------ packs with item-number edge cases

  /** Pack 100020 (Atorvastatin Orion Tab 20 mg) whose utgående varenummer is 100019; it has two EANs. */
  public static final String PACK_100020_ID = "ID_991C05A4-6D5D-4082-8BFA-6A5ACE1ACDD4";
  public static final String PACK_WITH_OUTGOING_VARENR = "100020";
  public static final String OUTGOING_VARENR = "100019";
  public static final String ATORVASTATIN_ORION_TAB_20_BRAND_ID = "ID_AB5B67AD-D64B-444A-94C5-E25AB299B12B";
  /** Pack 100030 (Pamolex Tab 500 mg, 20 stk, reseptgruppe F) with two EANs (a Norwegian and a foreign GTIN). */
  public static final String PACK_100030_ID = "ID_41374D66-48F7-429B-9CF9-90D7824D1B2F";
  public static final String PACK_WITH_TWO_EANS_VARENR = "100030";
  /** Brand Pamolex Tab 500 mg, reseptgruppe CF: pack 100030 is F, pack 100031 (100 stk) is C. */
  public static final String PAMOLEX_TAB_500_BRAND_ID = "ID_7C0311E8-9F5C-4FD4-AEDA-307D3F0364A3";
  public static final String PACK_100031_ID = "ID_E9AD15C6-F716-4740-B62A-3996D838E213";
  public static final String PACK_PAMOLEX_100_VARENR = "100031";

  // ------------------------------------------------------------------ start and combination packs

  /** Start pack 100040 "Memoranta Tab 5 mg/10 mg/15 mg/20 mg": four Pakningsinfo, four brands, no group/dose. */
  public static final String START_PACK_ID = "ID_373A33E0-59CC-4B73-8221-28870F5D22E3";
  public static final String START_PACK_VARENR = "100040";
  public static final List<String> START_PACK_BRAND_IDS = List.of(
      "ID_74B02F0D-C302-4B4C-A184-C784F7EB1B87", "ID_C8768A5F-2DAF-4A8F-927A-F0BB768CE207",
      "ID_2A832A4C-7697-4216-B9E6-DDF24CFCEA06", "ID_044CC38E-8DE3-44C5-885C-69DB1F5D691B");
  /** Combination pack 100050 "Candicomb" (vaginal tablet + cream): two Pakningsinfo, two brands. */
  public static final String COMBINATION_PACK_ID = "ID_9927389D-16F6-4608-B0D8-88A7BF5FA047";
  public static final String COMBINATION_PACK_VARENR = "100050";
  public static final List<String> COMBINATION_PACK_BRAND_IDS = List.of(
      "ID_52A06BCB-D42E-4C14-ADB7-3DA752679157", "ID_BD3C3EBB-65D9-4CAB-A71B-F40194FB5349");

  // ------------------------------------------------------------------ interactions (R-8.1.x)

  /** Interaksjon with ATC level-4 members (G03AA, G03AB, G03HB) against enzyme inducers. */
  public static final String INTERACTION_ATC_LEVEL4_ID = "ID_1AF16A12-00EC-404A-955D-7517D5F744CF";
  /** Interaksjon with the fictitious code ZV80AA01 (tobacco smoking) against klozapin/olanzapin. */
  public static final String INTERACTION_SMOKING_ID = "ID_458C8B20-F728-410B-B20F-B77D61971D1E";
  public static final String SMOKING_ATC = "ZV80AA01";
  /** Interaksjon whose group "Johannesurt" has N06AX25 and a member with only RefVirkestoff. */
  public static final String INTERACTION_SUBSTANCE_WITHOUT_ATC_ID = "ID_07D6FE9D-D7CB-4E9F-B702-10AC31CD5CDD";
  /** Virkestoff "Perikum" (no ATC code), referenced from that interaction. */
  public static final String PERIKUM_SUBSTANCE_ID = "ID_EB723DC4-D44C-4DE1-A18F-52D918F1CA24";

  // ------------------------------------------------------------------ not assessed, H-resept

  /** ATC code in InteraksjonIkkeVurdert that is used by anchor pack 100060 (Tirzeva, tirzepatid). */
  public static final String NOT_ASSESSED_ATC = "A10BX16";
  public static final String PACK_100060_ID = "ID_D9C7101C-30BF-484E-AC9A-7EE0F847AD41";
  public static final String PACK_NOT_ASSESSED_VARENR = "100060";
  public static final String TIRZEVA_BRAND_ID = "ID_93751694-1D15-4384-9D3B-427267E5864E";
  /** H-resept Refusjonsgruppe L04AB04_1 (hjemmel 950, KreverRefusjonskode false, vilkår on the group). */
  public static final String HRESEPT_REIMBURSEMENT_GROUP_ID = "ID_B6175853-010B-46D4-B18A-EFD758984EBA";
  /** Pack 100070 (Adalizo Inj væske 40 mg/0,4 ml) linked to the H-resept group. */
  public static final String PACK_100070_ID = "ID_C859880B-CB92-42F0-8CDA-02B614E3F2C3";
  public static final String PACK_HRESEPT_VARENR = "100070";
  public static final String ADALIZO_BRAND_ID = "ID_64908F5D-1A96-4FA0-A616-181961A395C3";

  // ------------------------------------------------------------------ tablet/capsule interchange group

  /** Byttegruppe 000321 spanning the groups "Omeprazol Enterokaps 20 mg" and "Omeprazol Enterotab 20 mg". */
  public static final String OMEPRAZOL_20_INTERCHANGE_ID = "ID_25CAECB3-F768-496F-A873-B466AC5DE23E";
  public static final String OMEPRAZOL_20_INTERCHANGE_CODE = "000321";
  public static final String OMEPRAZOL_ENTEROKAPS_20_GROUP_ID = "ID_C1EB25C0-EE58-4C67-97EC-D4F029E5A1F2";
  public static final String OMEPRAZOL_ENTEROTAB_20_GROUP_ID = "ID_76BC723D-D240-4741-934E-8C4C285D4CFB";
  public static final String PACK_OMEPRAZOL_KAPS_VARENR = "100080";
  public static final String PACK_OMEPRAZOL_TAB_VARENR = "100081";

  // ------------------------------------------------------------------ group matched by strengths only

  /**
   * LegemiddelVirkestoff "Losartan/hydroklortiazid Tab 50 mg/12,5 mg" without direct refs: its two brands match only
   * by their SortertVirkestoffMedStyrke set (numbered differently), form and ATC.
   */
  public static final String SORTING_MATCH_GROUP_ID = "ID_D8388878-3EE7-4BEF-988B-01429F5E6D62";
  public static final List<String> SORTING_MATCH_BRAND_IDS = List.of(
      "ID_3426F03E-C67E-4DA7-8ED6-CE73161B5581", "ID_EB4BEE87-4522-484A-A91C-22EAC0FEAB17");

  // ------------------------------------------------------------------ alerts (identified by entry id)

  /** VarselSlv on the simvastatin group only (Klasse 3, without the derived brand/pack links). */
  public static final String ALERT_ON_SIMVASTATIN_GROUP_ENTRY_ID = "ID_27B0FAAF-524B-4689-B646-CF0E84B92916";
  /** VarselSlv on the Zocorex brand (Klasse 1) and its pack (Klasse 2). */
  public static final String ALERT_ON_ZOCOREX_ENTRY_ID = "ID_2CAD3BAD-BC5A-4B40-9347-520117733DA8";
  /** VarselSlv on pack 100010 only (Klasse 2). */
  public static final String ALERT_ON_PACK_100010_ENTRY_ID = "ID_7C7314B6-8213-4113-ACC8-BF9392BDE657";

  /** Every fixed id of the anchors (payload ids, group ids and alert entry ids). */
  static java.util.Set<String> ids() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Anchor a : all()) {
      out.add(a.id());
    }
    out.addAll(START_PACK_BRAND_IDS);
    out.addAll(COMBINATION_PACK_BRAND_IDS);
    out.addAll(SORTING_MATCH_BRAND_IDS);
    out.addAll(List.of(SIMVASTATIN_20_STRENGTH_ID, PAMOLEX_TAB_500_BRAND_ID, ATORVASTATIN_ORION_TAB_20_BRAND_ID,
        TIRZEVA_BRAND_ID, ADALIZO_BRAND_ID));
    return out;
  }

  /** One row of the anchor table. */
  public record Anchor(String kind, String id, String itemNumber, String name, String note) {}

  /** The anchor table, in the order of docs/generator.md. */
  public static List<Anchor> all() {
    return List.of(
        new Anchor("Virkestoff", SIMVASTATIN_SUBSTANCE_ID, null, "Simvastatin", "C10AA01"),
        new Anchor("LegemiddelVirkestoff", SIMVASTATIN_TAB_20_GROUP_ID, null, SIMVASTATIN_TAB_20_GROUP_NAME,
            "direct refs to 2 brands and 3 packs; §2 group C10AA01_1; alert"),
        new Anchor("LegemiddelMerkevare", ZOCOREX_TAB_20_BRAND_ID, null, ZOCOREX_TAB_20_BRAND_NAME,
            "originator, Varenavn Zocorex; alert"),
        new Anchor("LegemiddelMerkevare", SIMVASTATIN_KRKA_TAB_20_BRAND_ID, null,
            SIMVASTATIN_KRKA_TAB_20_BRAND_NAME, "generic"),
        new Anchor("Legemiddelpakning", PACK_100010_ID, PACK_ZOCOREX_VARENR, ZOCOREX_TAB_20_BRAND_NAME,
            "28 stk; byttegruppe 000123; alert"),
        new Anchor("Legemiddelpakning", PACK_100011_ID, PACK_SIMVASTATIN_KRKA_28_VARENR,
            SIMVASTATIN_KRKA_TAB_20_BRAND_NAME, "28 stk; byttegruppe 000123"),
        new Anchor("Legemiddelpakning", PACK_100012_ID, PACK_SIMVASTATIN_KRKA_98_VARENR,
            SIMVASTATIN_KRKA_TAB_20_BRAND_NAME, "98 stk; byttegruppe 000123"),
        new Anchor("Byttegruppe", SIMVASTATIN_20_INTERCHANGE_ID, SIMVASTATIN_20_INTERCHANGE_CODE,
            "SIMVASTATIN TABLETTER 20MG", null),
        new Anchor("Refusjonsgruppe", SIMVASTATIN_REIMBURSEMENT_GROUP_ID, SIMVASTATIN_REIMBURSEMENT_GROUP_NUMBER,
            "§5-14 §2", "code T93 with Underterm; -26 expired for prescribing, live for dispensing"),
        new Anchor("Virkestoff", KLARITROMYCIN_SUBSTANCE_ID, null, "Klaritromycin", "J01FA09"),
        new Anchor("LegemiddelVirkestoff", KLARITROMYCIN_TAB_500_GROUP_ID, null, "Klaritromycin Tab 500 mg", null),
        new Anchor("LegemiddelMerkevare", KLACIMED_TAB_500_BRAND_ID, null, KLACIMED_TAB_500_BRAND_NAME, null),
        new Anchor("Legemiddelpakning", PACK_100013_ID, PACK_KLARITROMYCIN_VARENR, KLACIMED_TAB_500_BRAND_NAME,
            "14 stk"),
        new Anchor("Interaksjon", INTERACTION_SIMVASTATIN_KLARITROMYCIN_ID, null,
            "Simvastatin / Klaritromycin", "Relevans 1 Bør unngås; /?check=pack:100010,pack:100013"),
        new Anchor("Legemiddelpakning", PACK_100020_ID, PACK_WITH_OUTGOING_VARENR, "Atorvastatin Orion Tab 20 mg",
            "VarenrUtgaende 100019; two EANs"),
        new Anchor("Legemiddelpakning", PACK_100030_ID, PACK_WITH_TWO_EANS_VARENR, "Pamolex Tab 500 mg",
            "two EANs; reseptgruppe F in a CF brand"),
        new Anchor("Legemiddelpakning", PACK_100031_ID, PACK_PAMOLEX_100_VARENR, "Pamolex Tab 500 mg",
            "reseptgruppe C in a CF brand"),
        new Anchor("Legemiddelpakning", START_PACK_ID, START_PACK_VARENR, "Memoranta Tab 5 mg/10 mg/15 mg/20 mg",
            "start pack, 4 brands, no group/dose"),
        new Anchor("Legemiddelpakning", COMBINATION_PACK_ID, COMBINATION_PACK_VARENR,
            "Candicomb Vaginaltab 500 mg/Krem 1 %", "combination pack, 2 brands, no group/dose"),
        new Anchor("Interaksjon", INTERACTION_ATC_LEVEL4_ID, null, "Prevensjonsmidler / Enzyminduktorer",
            "ATC level-4 members G03AA, G03AB, G03HB"),
        new Anchor("Interaksjon", INTERACTION_SMOKING_ID, null, "Røyking / Klozapin og olanzapin", SMOKING_ATC),
        new Anchor("Interaksjon", INTERACTION_SUBSTANCE_WITHOUT_ATC_ID, null, "Johannesurt / Ciklosporin",
            "member Perikum with RefVirkestoff only"),
        new Anchor("Virkestoff", PERIKUM_SUBSTANCE_ID, null, "Perikum", "no ATC code"),
        new Anchor("Legemiddelpakning", PACK_100060_ID, PACK_NOT_ASSESSED_VARENR, "Tirzeva Inj væske 5 mg/0,5 ml",
            "ATC A10BX16 in InteraksjonIkkeVurdert"),
        new Anchor("Refusjonsgruppe", HRESEPT_REIMBURSEMENT_GROUP_ID, "L04AB04_1", "H-resept",
            "hjemmel 950, KreverRefusjonskode false"),
        new Anchor("Legemiddelpakning", PACK_100070_ID, PACK_HRESEPT_VARENR, "Adalizo Inj væske 40 mg/0,4 ml",
            "H-resept"),
        new Anchor("Byttegruppe", OMEPRAZOL_20_INTERCHANGE_ID, OMEPRAZOL_20_INTERCHANGE_CODE,
            "OMEPRAZOL ENTEROKAPSLER OG ENTEROTABLETTER 20MG", "spans two substance groups (R-4.4.2)"),
        new Anchor("LegemiddelVirkestoff", OMEPRAZOL_ENTEROKAPS_20_GROUP_ID, null, "Omeprazol Enterokaps 20 mg",
            "pack 100080"),
        new Anchor("LegemiddelVirkestoff", OMEPRAZOL_ENTEROTAB_20_GROUP_ID, null, "Omeprazol Enterotab 20 mg",
            "pack 100081"),
        new Anchor("LegemiddelVirkestoff", SORTING_MATCH_GROUP_ID, null,
            "Losartan/hydroklortiazid Tab 50 mg/12,5 mg", "no direct refs; brands match by strengths (R-3.3.1)"),
        new Anchor("VarselSlv (entry id)", ALERT_ON_SIMVASTATIN_GROUP_ENTRY_ID, null, "alert on the group only",
            "Klasse 3"),
        new Anchor("VarselSlv (entry id)", ALERT_ON_ZOCOREX_ENTRY_ID, null, "alert on Zocorex", "Klasse 1 + 2"),
        new Anchor("VarselSlv (entry id)", ALERT_ON_PACK_100010_ENTRY_ID, null, "alert on pack 100010",
            "Klasse 2"));
  }
}
