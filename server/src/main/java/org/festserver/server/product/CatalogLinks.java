package org.festserver.server.product;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.catalog.SubstanceGroupMatch;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;

/**
 * The mapping between the medicine catalogs, read from the store: substance group → brands →
 * packs → unit doses and back. A group lists its brands and packs directly in 2.5.1; without those
 * references its brands are those of the same ATC code that match by, and its packs are theirs, leaving out
 * start and combination packs, which belong to no group.
 */
final class CatalogLinks {
  private final EntityStore store;

  CatalogLinks(EntityStore store) {
    this.store = store;
  }

  List<Brand> brandsOf(SubstanceGroup group) {
    if (!group.brandRefs().isEmpty()) {
      return load(group.brandRefs(), store::brand);
    }
    List<Brand> brands = new ArrayList<>();
    for (String id : store.lookup(Lookup.BRANDS_BY_ATC, group.medicine().atcCode())) {
      store.brand(id).filter(brand -> SubstanceGroupMatch.matchesBySubstances(group, brand)).ifPresent(brands::add);
    }
    return brands;
  }

  List<Pack> packsOf(SubstanceGroup group, List<Brand> brands) {
    if (!group.packRefs().isEmpty()) {
      return load(group.packRefs(), store::pack);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Brand brand : brands) {
      ids.addAll(store.lookup(Lookup.PACKS_BY_BRAND, brand.id()));
    }
    List<Pack> packs = new ArrayList<>();
    for (Pack pack : load(ids, store::pack)) {
      if (!isStartOrCombination(pack)) {
        packs.add(pack);
      }
    }
    return packs;
  }

  List<UnitDose> unitDosesOf(List<Brand> brands) {
    Set<String> ids = new LinkedHashSet<>();
    for (Brand brand : brands) {
      ids.addAll(store.lookup(Lookup.UNIT_DOSES_BY_BRAND, brand.id()));
    }
    return load(ids, store::unitDose);
  }

  /** The groups a brand belongs to: groups of its ATC code that reference it or, without references, match it. */
  List<SubstanceGroup> groupsOf(Brand brand) {
    List<SubstanceGroup> groups = new ArrayList<>();
    for (String id : store.lookup(Lookup.SUBSTANCE_GROUPS_BY_ATC, brand.medicine().atcCode())) {
      store.substanceGroup(id).filter(group -> SubstanceGroupMatch.belongs(group, brand)).ifPresent(groups::add);
    }
    return groups;
  }

  List<Pack> packsOf(Brand brand) {
    return load(store.lookup(Lookup.PACKS_BY_BRAND, brand.id()), store::pack);
  }

  List<UnitDose> unitDosesOf(Brand brand) {
    return load(store.lookup(Lookup.UNIT_DOSES_BY_BRAND, brand.id()), store::unitDose);
  }

  List<UnitDose> unitDosesOf(Pack pack) {
    return load(store.lookup(Lookup.UNIT_DOSES_BY_PACK, pack.id()), store::unitDose);
  }

  List<Brand> brandsOf(Pack pack) {
    Set<String> ids = new LinkedHashSet<>();
    pack.packInfos().forEach(info -> ids.add(info.brandRef()));
    return load(ids, store::brand);
  }

  /** A start or combination pack: one pack of several brands. */
  static boolean isStartOrCombination(Pack pack) {
    return pack.packInfos().stream().map(info -> info.brandRef()).distinct().count() > 1;
  }

  private static <T> List<T> load(Iterable<String> ids, java.util.function.Function<String, java.util.Optional<T>> get) {
    List<T> result = new ArrayList<>();
    for (String id : ids) {
      get.apply(id).ifPresent(result::add);
    }
    return result;
  }
}
