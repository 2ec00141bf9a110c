package org.festserver.indexer.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.festserver.model.catalog.MarketingRules;
import org.festserver.model.common.Coded;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.PackInfo;
import org.festserver.model.medicine.SortedRef;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;
import org.festserver.model.substance.Substance;
import org.festserver.model.substance.SubstanceStrength;

/**
 * What the search index needs to join across catalogs, collected while a dataset is read and resolved at the end:
 * the names of a brand's substances (which come later in the file than the brand), the brands of a substance group
 * (R-3.3.2 references, else matching), and how long each product can still be sold (from its packs, R-6.1.x).
 * Holds only names, ids and dates: a few megabytes at full scale.
 */
final class CatalogGraph {
  /** Epoch day meaning "no last sale day". */
  static final long UNLIMITED = Long.MAX_VALUE;

  record BrandNode(String id, String name, String tradeName, String atc, String matchKey, List<String> strengthRefs,
      List<String> substanceRefs) {}

  record PackNode(String id, String name, String atc, String itemNumber, String formerItemNumber, List<String> eans,
      String packSize, LocalDate marketedFrom, LocalDate deregistered, LocalDate withdrawn, long lastSaleDay) {}

  record GroupNode(String id, String name, String atc, String matchKey, List<String> strengthRefs,
      List<String> substanceRefs, List<String> brandRefs, List<String> packRefs) {}

  record DoseNode(String id, String name, String atc, String lmrNumber, String brandRef, List<String> packRefs) {}

  final List<BrandNode> brands = new ArrayList<>();
  final List<GroupNode> groups = new ArrayList<>();
  final List<DoseNode> doses = new ArrayList<>();
  private final Map<String, String> strengthToSubstance = new HashMap<>();
  private final Map<String, String[]> substanceNames = new HashMap<>();
  private final Map<String, Long> brandLastSaleDay = new HashMap<>();
  private final Map<String, Long> packLastSaleDay = new HashMap<>();

  void brand(Brand brand) {
    brands.add(new BrandNode(brand.id(), brand.medicine().nameFormStrength(), brand.tradeName(), brand.medicine().atcCode(),
        matchKey(brand.medicine().atcCode(), brand.medicine().formShort(), brand.substancesWithStrength()),
        refs(brand.substancesWithStrength()), refs(brand.substancesWithoutStrength())));
  }

  /** Records a pack's last sale day (for its brands, groups and doses) and returns its node, which is not kept. */
  PackNode pack(Pack pack) {
    LocalDate lastSale = MarketingRules.lastSaleDay(pack.marketing());
    long lastSaleDay = lastSale == null ? UNLIMITED : lastSale.toEpochDay();
    String size = null;
    for (PackInfo info : pack.packInfos()) {
      brandLastSaleDay.merge(info.brandRef(), lastSaleDay, Math::max);
      if (size == null && info.packSize() != null) {
        String unit = info.packUnit() == null ? null : info.packUnit().code();
        size = unit == null ? info.packSize() : info.packSize() + " " + unit;
      }
    }
    packLastSaleDay.put(pack.id(), lastSaleDay);
    var marketing = pack.marketing();
    return new PackNode(pack.id(), pack.medicine().nameFormStrength(), pack.medicine().atcCode(), pack.itemNumber(),
        marketing == null ? null : marketing.formerItemNumber(), pack.eans(), size,
        marketing == null ? null : marketing.marketedFrom(), marketing == null ? null : marketing.deregistered(),
        marketing == null ? null : marketing.temporarilyWithdrawn(), lastSaleDay);
  }

  void substance(Substance substance) {
    substanceNames.put(substance.id(), new String[] {substance.name(), substance.nameEnglish()});
  }

  void strength(SubstanceStrength strength) {
    strengthToSubstance.put(strength.id(), strength.substanceRef());
  }

  void group(SubstanceGroup group) {
    groups.add(new GroupNode(group.id(), group.medicine().nameFormStrength(), group.medicine().atcCode(),
        matchKey(group.medicine().atcCode(), group.medicine().formShort(), group.substancesWithStrength()),
        refs(group.substancesWithStrength()), refs(group.substancesWithoutStrength()), group.brandRefs(), group.packRefs()));
  }

  void dose(UnitDose dose) {
    doses.add(new DoseNode(dose.id(), dose.medicine().nameFormStrength(), dose.medicine().atcCode(), dose.lmrNumber(),
        dose.brandRef(), dose.packRefs()));
  }

  /** Norwegian and English names of the substances behind strength and plain substance references. */
  List<String> substanceNames(List<String> strengthRefs, List<String> substanceRefs) {
    List<String> names = new ArrayList<>();
    for (String ref : strengthRefs) {
      addNames(names, strengthToSubstance.get(ref));
    }
    for (String ref : substanceRefs) {
      addNames(names, ref);
    }
    return names;
  }

  private void addNames(List<String> names, String substanceId) {
    String[] pair = substanceId == null ? null : substanceNames.get(substanceId);
    if (pair != null) {
      for (String name : pair) {
        if (name != null && !names.contains(name)) {
          names.add(name);
        }
      }
    }
  }

  /** Brands of every group: references when the group has them, else matching. */
  Map<String, List<BrandNode>> brandsByGroup() {
    Map<String, BrandNode> byId = new HashMap<>();
    Map<String, List<BrandNode>> byMatchKey = new HashMap<>();
    for (BrandNode brand : brands) {
      byId.put(brand.id(), brand);
      if (brand.matchKey() != null) {
        byMatchKey.computeIfAbsent(brand.matchKey(), k -> new ArrayList<>()).add(brand);
      }
    }
    Map<String, List<BrandNode>> result = new HashMap<>();
    for (GroupNode group : groups) {
      List<BrandNode> members = new ArrayList<>();
      if (!group.brandRefs().isEmpty()) {
        for (String ref : group.brandRefs()) {
          BrandNode brand = byId.get(ref);
          if (brand != null) {
            members.add(brand);
          }
        }
      } else if (group.matchKey() != null) {
        members.addAll(byMatchKey.getOrDefault(group.matchKey(), List.of()));
      }
      result.put(group.id(), members);
    }
    return result;
  }

  /** The last sale day of a brand: the latest of its packs; unlimited when it has none. */
  long brandLastSaleDay(String brandId) {
    return brandLastSaleDay.getOrDefault(brandId, UNLIMITED);
  }

  /** The last sale day over packs; unlimited when none is known. */
  long packsLastSaleDay(List<String> packIds) {
    long latest = Long.MIN_VALUE;
    for (String id : packIds) {
      latest = Math.max(latest, packLastSaleDay.getOrDefault(id, UNLIMITED));
    }
    return latest == Long.MIN_VALUE ? UNLIMITED : latest;
  }

  /** identity: ATC, form code and the set of substance-with-strength references; null without substances. */
  static String matchKey(String atc, Coded form, List<SortedRef> strengths) {
    TreeSet<String> refs = new TreeSet<>(refs(strengths));
    if (refs.isEmpty()) {
      return null;
    }
    return atc + "|" + Coded.codeOf(form) + "|" + String.join(",", refs);
  }

  private static List<String> refs(List<SortedRef> sorted) {
    List<String> refs = new ArrayList<>(sorted.size());
    for (SortedRef ref : sorted) {
      if (ref.ref() != null) {
        refs.add(ref.ref());
      }
    }
    return refs;
  }
}
