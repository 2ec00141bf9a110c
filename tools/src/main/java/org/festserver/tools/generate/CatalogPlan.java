package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything decided before writing: product lines, substances, interchange and reimbursement groups,
 * conditions, alerts, interactions, trade goods and code systems, plus the id scheme. Holds structure only;
 * writers regenerate the details (names, prices, texts) from seeded streams.
 */
final class CatalogPlan {

  final GeneratorOptions options;
  final long seed;
  final Dates dates;
  final Targets targets;
  final SubstanceCatalog catalog;
  AtcNames atcNames;

  final List<Family> families = new ArrayList<>();
  final List<Medicine> syntheticMedicines = new ArrayList<>();
  final List<VirkestoffEntry> substances = new ArrayList<>();
  final Map<String, Integer> substanceByName = new LinkedHashMap<>();
  final List<StrengthFiller> strengthFillers = new ArrayList<>();
  final List<Interchange> interchanges = new ArrayList<>();
  final List<Reimbursement> reimbursements = new ArrayList<>();
  final List<Condition> conditions = new ArrayList<>();
  final Map<String, Condition> conditionByKey = new LinkedHashMap<>();
  final List<AlertDef> alerts = new ArrayList<>();
  final List<InteractionDef> interactions = new ArrayList<>();
  final List<String> notAssessed = new ArrayList<>();
  final List<ShortDoses.ShortDose> shortDoses = new ArrayList<>();
  int structuredDosages;
  GoodsPlan goods;
  final TreeSet<String> atcUsed = new TreeSet<>();
  /** Originator brand name per medicine (identity), decided once so that all strengths share it. */
  final Map<Medicine, String> originatorNames = new IdentityHashMap<>();
  /** Originator brand name by ATC code (first medicine in family order wins); iteration-free lookups only. */
  final Map<String, String> originatorNameByAtc = new LinkedHashMap<>();

  int brandTotal;
  int packTotal;
  int doseTotal;
  int groupTotal;
  int strengthTotal;

  CatalogPlan(GeneratorOptions options, SubstanceCatalog catalog) {
    this.options = options;
    this.seed = options.seed();
    this.dates = new Dates(options.hentetDato());
    this.targets = Targets.forScale(options.scale());
    this.catalog = catalog;
    this.atcNames = catalog.atcNames;
  }

  /** A Virkestoff entry: base substance (with refs to its salts) or a salt/other substance. */
  record VirkestoffEntry(String id, String nameNo, String nameEn, List<Integer> salts, List<Integer> reimbursements) {}

  /** A VirkestoffMedStyrke that belongs to no product (historic products, magistral use). */
  record StrengthFiller(int substance, Strength strength) {}

  FestVersion version() {
    return options.festVersion();
  }

  // ------------------------------------------------------------------------------------------------ ids

  String groupId(Family f) {
    return f.fixedGroupId != null ? f.fixedGroupId : Ids.of(seed, Ids.Kind.GROUP, f.groupIndex);
  }

  String brandId(Family f, int brand) {
    return f.fixedBrandIds != null ? f.fixedBrandIds[brand] : Ids.of(seed, Ids.Kind.BRAND, f.brandStart + brand);
  }

  String packId(Family f, int pack) {
    return f.fixedPackIds != null ? f.fixedPackIds[pack] : Ids.of(seed, Ids.Kind.PACK, f.packStart + pack);
  }

  String packNumber(Family f, int pack) {
    return f.fixedVarenr != null ? f.fixedVarenr[pack] : ItemNumbers.packNumber(f.packStart + pack);
  }

  String doseId(Family f, int dose) {
    return Ids.of(seed, Ids.Kind.DOSE, f.doseStart + dose);
  }

  String strengthId(Family f, int vms) {
    if (f.fixedVmsIds != null && vms < f.fixedVmsIds.length) {
      return f.fixedVmsIds[vms];
    }
    return Ids.of(seed, Ids.Kind.STRENGTH, f.vmsStart + vms);
  }

  String fillerStrengthId(int filler) {
    return Ids.of(seed, Ids.Kind.STRENGTH, strengthTotal - strengthFillers.size() + filler);
  }

  String substanceId(String nameNo) {
    Integer i = substanceByName.get(nameNo);
    if (i == null) {
      throw new IllegalStateException("substance " + nameNo + " was not registered in the plan");
    }
    return substances.get(i).id();
  }

  /** Entry id (OppfX/Id) for the n-th entry of a catalog; anchors get ids derived from their payload id. */
  String entryId(int catalogOrdinal, long n, String anchorPayloadId) {
    if (anchorPayloadId != null) {
      return Ids.fromText("entry:" + anchorPayloadId);
    }
    return Ids.of(seed, Ids.Kind.ENTRY, ((long) catalogOrdinal << 40) + n);
  }
}
