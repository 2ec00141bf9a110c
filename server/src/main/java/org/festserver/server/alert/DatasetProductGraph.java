package org.festserver.server.alert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.alert.AlertTarget;
import org.festserver.model.alert.ProductGraph;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.medicine.SubstanceGroup;

/** The product links of a dataset's store, for alert propagation; remembers the substance groups it decodes. */
final class DatasetProductGraph implements ProductGraph {
  private final EntityStore store;
  private final Map<String, Optional<SubstanceGroup>> groups = new HashMap<>();

  DatasetProductGraph(EntityStore store) {
    this.store = store;
  }

  private Optional<SubstanceGroup> group(String id) {
    return groups.computeIfAbsent(id, store::substanceGroup);
  }

  @Override
  public List<String> brandsOfSubstanceGroup(String id) {
    return group(id).map(SubstanceGroup::brandRefs).orElse(List.of());
  }

  @Override
  public List<String> packsOfSubstanceGroup(String id) {
    return group(id).map(SubstanceGroup::packRefs).orElse(List.of());
  }

  @Override
  public List<String> packsOfBrand(String id) {
    return store.lookup(Lookup.PACKS_BY_BRAND, id);
  }

  @Override
  public List<AlertTarget> productsOfReimbursementGroup(String id) {
    List<AlertTarget> targets = new ArrayList<>();
    store.lookup(Lookup.PACKS_BY_REIMBURSEMENT_GROUP, id).forEach(pack -> targets.add(new AlertTarget(EntityKind.PACK, pack)));
    store.lookup(Lookup.SUBSTANCE_GROUPS_BY_REIMBURSEMENT_GROUP, id)
        .forEach(group -> targets.add(new AlertTarget(EntityKind.SUBSTANCE_GROUP, group)));
    return targets;
  }

  @Override
  public Optional<EntityKind> kindOf(String id) {
    for (EntityKind kind : List.of(EntityKind.PACK, EntityKind.BRAND, EntityKind.SUBSTANCE_GROUP)) {
      if (store.contains(kind, id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
