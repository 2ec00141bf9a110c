package org.festserver.server.interaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.interaction.SubstanceEquivalence;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.PackInfo;
import org.festserver.model.medicine.SortedRef;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.substance.Substance;
import org.festserver.model.substance.SubstanceStrength;

/**
 * What every brand, pack, substance group and substance of a dataset contains, computed once per dataset so that a
 * check resolves its inputs without decoding records.
 */
final class ContentsIndex {
  /*
   * Implementation notes.
   * - Brand and substance group: its own ATC, and every substance of SortertVirkestoffMedStyrke (through
   *   VirkestoffMedStyrke/RefVirkestoff) and SortertVirkestoffUtenStyrke — all of them, not the first.
   * - Pack: its own ATC plus, for each brand in its Pakningsinfo (combination and start packs have several), that
   *   brand's ATC codes and substances.
   * - Substance (a Virkestoff id, or a VirkestoffMedStyrke id standing for its Virkestoff): no ATC of its own, so it
   *   takes the ATC codes of every brand and substance group whose only substance it is (after salt expansion); a
   *   substance sold under two codes (efedrin C01CA26, R03CA02) gets both. Combination codes are not derived.
   * - Substance ids are expanded with SubstanceEquivalence (therapeutic part ↔ complete substance).
   * Equal contents are shared, which keeps tens of thousands of packs in a few megabytes.
   */
  private final Map<String, ProductContents> brands;
  private final Map<String, ProductContents> packs;
  private final Map<String, List<String>> packsByItemNumber;
  private final Map<String, List<String>> packsByFormerItemNumber;
  private final Map<String, ProductContents> substanceGroups;
  private final Map<String, String> substanceOfStrength;
  private final Set<String> substances;
  private final Map<String, List<String>> completeOf;
  private final Map<String, List<String>> partsOf;
  private final Map<String, Set<String>> atcOfSingleSubstance;

  private ContentsIndex(Builder b) {
    this.brands = b.brands;
    this.packs = b.packs;
    this.packsByItemNumber = b.packsByItemNumber;
    this.packsByFormerItemNumber = b.packsByFormerItemNumber;
    this.substanceGroups = b.substanceGroups;
    this.substanceOfStrength = b.substanceOfStrength;
    this.substances = b.substances;
    this.completeOf = b.completeOf;
    this.partsOf = b.partsOf;
    this.atcOfSingleSubstance = b.atcOfSingleSubstance;
  }

  /** The contents of a dataset's products, built once and kept with the dataset. */
  static ContentsIndex of(Dataset dataset) {
    return dataset.derived(ContentsIndex.class, d -> build(d.store()));
  }

  static ContentsIndex build(EntityStore store) {
    Builder builder = new Builder();
    builder.readSubstances(store);
    builder.readBrands(store);
    builder.readPacks(store);
    builder.packsByItemNumber.putAll(store.lookupPrefix(Lookup.PACK_BY_ITEM_NUMBER, ""));
    builder.packsByFormerItemNumber.putAll(store.lookupPrefix(Lookup.PACK_BY_FORMER_ITEM_NUMBER, ""));
    builder.readSubstanceGroups(store);
    return new ContentsIndex(builder);
  }

  /** A brand by id, or null. */
  ProductContents brand(String id) {
    return brands.get(id);
  }

  /** A pack by id (not by item number), or null. */
  ProductContents pack(String id) {
    return packs.get(id);
  }

  /**
   * The ids of the pack with this item number or, when none has it, of the packs whose utgående varenummer it is
   * the dataset's {@code PACK_BY_ITEM_NUMBER} and {@code PACK_BY_FORMER_ITEM_NUMBER} lookups, held in
   * memory (a MapDB look-up decodes a whole B-tree node). Empty when none.
   */
  List<String> packIds(String itemNumber) {
    List<String> ids = packsByItemNumber.get(itemNumber);
    return ids != null ? ids : packsByFormerItemNumber.getOrDefault(itemNumber, List.of());
  }

  /** Every ATC code a product of the dataset has. */
  Set<String> productCodes() {
    Set<String> codes = new HashSet<>();
    for (Map<String, ProductContents> products : List.of(brands, packs, substanceGroups)) {
      products.values().forEach(p -> codes.addAll(p.atcCodes()));
    }
    return codes;
  }

  ProductContents substanceGroup(String id) {
    return substanceGroups.get(id);
  }

  /** A substance by Virkestoff id or VirkestoffMedStyrke id, or null when it is neither. */
  ProductContents substance(String id) {
    String substanceId = substances.contains(id) ? id : substanceOfStrength.get(id);
    if (substanceId == null) {
      return null;
    }
    Set<String> ids = expand(List.of(substanceId));
    Set<String> codes = new TreeSet<>();
    for (String each : ids) {
      codes.addAll(atcOfSingleSubstance.getOrDefault(each, Set.of()));
    }
    return new ProductContents(codes, ids);
  }

  /** Substance ids expanded through RefVirkestoff (see {@link SubstanceEquivalence}). */
  Set<String> expand(List<String> ids) {
    return SubstanceEquivalence.expand(ids, id -> completeOf.getOrDefault(id, List.of()),
        id -> partsOf.getOrDefault(id, List.of()));
  }

  /** The ATC codes derived for a substance id through single-substance products (not expanded). */
  Set<String> atcOfSubstance(String substanceId) {
    return atcOfSingleSubstance.getOrDefault(substanceId, Set.of());
  }

  int productCount() {
    return brands.size() + packs.size() + substanceGroups.size();
  }

  private static final class Builder {
    final Map<String, ProductContents> brands = new HashMap<>();
    final Map<String, ProductContents> packs = new HashMap<>();
    final Map<String, List<String>> packsByItemNumber = new HashMap<>();
    final Map<String, List<String>> packsByFormerItemNumber = new HashMap<>();
    final Map<String, ProductContents> substanceGroups = new HashMap<>();
    final Map<String, String> substanceOfStrength = new HashMap<>();
    final Set<String> substances = new HashSet<>();
    final Map<String, List<String>> completeOf = new HashMap<>();
    final Map<String, List<String>> partsOf = new HashMap<>();
    final Map<String, Set<String>> atcOfSingleSubstance = new HashMap<>();
    final Map<ProductContents, ProductContents> shared = new HashMap<>();

    void readSubstances(EntityStore store) {
      store.forEach(EntityKind.SUBSTANCE, entity -> {
        Substance substance = (Substance) entity;
        substances.add(substance.id());
        for (String complete : substance.substanceRefs()) {
          completeOf.computeIfAbsent(substance.id(), k -> new ArrayList<>(1)).add(complete);
          partsOf.computeIfAbsent(complete, k -> new ArrayList<>(1)).add(substance.id());
        }
      });
      store.forEach(EntityKind.SUBSTANCE_STRENGTH, entity -> {
        SubstanceStrength strength = (SubstanceStrength) entity;
        if (strength.substanceRef() != null) {
          substanceOfStrength.put(strength.id(), strength.substanceRef());
        }
      });
    }

    void readBrands(EntityStore store) {
      store.forEach(EntityKind.BRAND, entity -> {
        Brand brand = (Brand) entity;
        brands.put(brand.id(), product(brand.medicine(), brand.substancesWithStrength(), brand.substancesWithoutStrength()));
      });
    }

    void readSubstanceGroups(EntityStore store) {
      store.forEach(EntityKind.SUBSTANCE_GROUP, entity -> {
        SubstanceGroup group = (SubstanceGroup) entity;
        substanceGroups.put(group.id(),
            product(group.medicine(), group.substancesWithStrength(), group.substancesWithoutStrength()));
      });
    }

    void readPacks(EntityStore store) {
      store.forEach(EntityKind.PACK, entity -> {
        Pack pack = (Pack) entity;
        Set<String> codes = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        addAtc(codes, pack.medicine());
        for (PackInfo info : pack.packInfos()) {
          ProductContents brand = brands.get(info.brandRef());
          if (brand != null) {
            codes.addAll(brand.atcCodes());
            ids.addAll(brand.substanceIds());
          }
        }
        packs.put(pack.id(), share(new ProductContents(codes, ids)));
      });
    }

    private ProductContents product(MedicineInfo medicine, List<SortedRef> withStrength, List<SortedRef> withoutStrength) {
      Set<String> direct = new LinkedHashSet<>();
      for (SortedRef ref : withStrength) {
        String substance = substanceOfStrength.get(ref.ref());
        if (substance != null) {
          direct.add(substance);
        }
      }
      for (SortedRef ref : withoutStrength) {
        if (ref.ref() != null) {
          direct.add(ref.ref());
        }
      }
      Set<String> codes = new TreeSet<>();
      addAtc(codes, medicine);
      if (direct.size() == 1 && !codes.isEmpty()) {
        atcOfSingleSubstance.computeIfAbsent(direct.iterator().next(), k -> new TreeSet<>()).addAll(codes);
      }
      Set<String> expanded = SubstanceEquivalence.expand(direct, id -> completeOf.getOrDefault(id, List.of()),
          id -> partsOf.getOrDefault(id, List.of()));
      return share(new ProductContents(codes, new TreeSet<>(expanded)));
    }

    private static void addAtc(Set<String> codes, MedicineInfo medicine) {
      String code = medicine == null ? null : medicine.atcCode();
      if (code != null && !code.isBlank()) {
        codes.add(code.trim());
      }
    }

    private ProductContents share(ProductContents contents) {
      ProductContents existing = shared.putIfAbsent(contents, contents);
      return existing != null ? existing : contents;
    }
  }
}
