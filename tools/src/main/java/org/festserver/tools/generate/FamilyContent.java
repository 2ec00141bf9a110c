package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.List;

/** The full content of one product line, as written to the brand, pack, substance, group and dose catalogs. */
record FamilyContent(Family family, GroupData group, List<BrandData> brands, List<PackData> packs,
    List<DoseData> doses, List<StrengthData> strengths) {

  /** Fields shared by all typeLegemiddel payloads (FORMAT.md §1.7). */
  record Common(String atc, String nfs, String rx, Form form, String formCode, String formTerm,
      List<String> conditions, String preparattype, String preparattypeText, String typeSoknad,
      String typeSoknadText, boolean opioid, boolean blackTriangle) {}

  /** AdministreringLegemiddel. */
  record Administration(List<String> routes, String canCrush, String canOpen, String bolus, String split,
      List<String> dosingUnits, List<String> shortDoses, List<String> precautions, List<String> usage) {}

  /** SortertVirkestoffMedStyrke / SortertVirkestoffUtenStyrke. */
  record SortedRef(int order, String id) {}

  /** Reseptgyldighet; sex is a 3101 code or null. */
  record Validity(String sex, String duration) {}

  record GroupData(String id, Common common, List<ReimbursementLink> reimbursements, Administration administration,
      List<SortedRef> strengths, List<String> brandIds, List<String> packIds, boolean directRefs,
      String prescribingUnit) {}

  record BrandData(String id, Common common, String varenavn, String formLong, Family.Role role, String company,
      String reference, Administration administration, List<SortedRef> strengths, List<SortedRef> withoutStrength,
      List<Validity> validity, String spcUrl, boolean warningTriangle) {}

  record PackData(String id, String varenr, Common common, List<ReimbursementLink> reimbursements,
      InterchangeLink interchange, List<String> eans, boolean noPreservative, String storage, List<PackInfo> infos,
      List<Price> prices, Marketing marketing, String spcUrl, int brand, String packType) {}

  record PackInfo(String brandId, String size, String unit, String packType, Integer count, double amount,
      Integer sorting, double dddValue, String dddUnit, double statistics, List<Component> components) {}

  /** Pakningskomponent of a set. */
  record Component(String packType, double amount, String unit) {}

  /** PrisVare; type is a 7453 code. */
  record Price(String type, double value, LocalDate from, LocalDate to) {}

  record Marketing(String outgoing, LocalDate marketed, LocalDate deregistered, LocalDate tempOut) {}

  record ReimbursementLink(String groupId, LocalDate from, LocalDate prescribeUntil, LocalDate dispenseUntil) {}

  record InterchangeLink(String groupId, LocalDate from) {}

  record DoseData(String id, Common common, String lmr, double amount, String unit, String packType,
      String brandId, List<String> packIds, String orderUnit) {}

  record StrengthData(String id, Strength strength, String substanceId, String combinationAtc) {}
}
