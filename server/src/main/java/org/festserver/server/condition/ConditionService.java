package org.festserver.server.condition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.store.EntityStore;
import org.festserver.model.condition.Condition;
import org.festserver.model.condition.ConditionAudience;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.PackInfo;
import org.festserver.model.medicine.SubstanceGroup;

/**
 * Product conditions: the conditions a pack, brand or substance group references itself — dispensing rules
 * (group 4), antibiotics (5), medication review (6), driving licence (7), vilkår 34 on unregistered medicines
 * 40 and 41 on institution packs. A pack also carries the conditions of its brands, where the
 * file puts most of them (and where a substance group's conditions are repeated, R-5.7). Reimbursement conditions are
 * part of {@code ReimbursementService}.
 */
public final class ConditionService {

  /** Builds the per-dataset condition catalog before the dataset goes live. */
  public static void warm(Dataset dataset) {
    ConditionCatalog.of(dataset);
  }

  /**
   * The conditions of a product, its own first, each once, as the role may see them, evaluated for the patient.
   * Unknown products and dangling references give nothing.
   *
   * @param kind {@link EntityKind#PACK}, {@link EntityKind#BRAND} or {@link EntityKind#SUBSTANCE_GROUP}
   * @param id the product's id (for a pack its Id, not its varenummer)
   */
  public List<ConditionView> productConditions(Dataset dataset, EntityKind kind, String id, ConditionQuery query) {
    Set<String> refs = new LinkedHashSet<>();
    EntityStore store = dataset.store();
    switch (kind) {
      case PACK:
        store.pack(id).ifPresent(pack -> {
          refs.addAll(pack.medicine().conditionRefs());
          for (String brandId : brandIds(pack)) {
            store.brand(brandId).ifPresent(brand -> refs.addAll(brand.medicine().conditionRefs()));
          }
        });
        break;
      case BRAND:
        store.brand(id).map(Brand::medicine).ifPresent(medicine -> refs.addAll(medicine.conditionRefs()));
        break;
      case SUBSTANCE_GROUP:
        store.substanceGroup(id).map(SubstanceGroup::medicine).ifPresent(medicine -> refs.addAll(medicine.conditionRefs()));
        break;
      default:
        throw new IllegalArgumentException("expected a pack, brand or substance group, got " + kind);
    }
    return views(ConditionCatalog.of(dataset), refs, query);
  }

  /** The views of the referenced conditions the query's role may see, in order. */
  public static List<ConditionView> views(ConditionCatalog catalog, Iterable<String> refs, ConditionQuery query) {
    List<ConditionView> views = new ArrayList<>();
    for (String ref : refs) {
      catalog.get(ref).filter(condition -> visible(condition, query)).ifPresent(
          condition -> views.add(ConditionView.of(condition, query.patient())));
    }
    return views;
  }

  /** True when the query's role may see the condition (GjelderFor), or no role is asked for. */
  public static boolean visible(Condition condition, ConditionQuery query) {
    return query.role() == null || ConditionAudience.appliesTo(condition, query.role());
  }

  /** The distinct brands a pack belongs to, from its Pakningsinfo. */
  public static List<String> brandIds(Pack pack) {
    List<String> ids = new ArrayList<>(pack.packInfos().size());
    for (PackInfo info : pack.packInfos()) {
      if (info.brandRef() != null && !ids.contains(info.brandRef())) {
        ids.add(info.brandRef());
      }
    }
    return ids;
  }
}
