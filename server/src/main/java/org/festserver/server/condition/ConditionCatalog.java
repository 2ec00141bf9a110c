package org.festserver.server.condition;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.condition.Condition;
import org.festserver.model.entry.EntityKind;

/** Every condition of a dataset by id, decoded once per dataset (a few thousand at full scale). */
public final class ConditionCatalog {
  private final Map<String, Condition> byId;

  private ConditionCatalog(Map<String, Condition> byId) {
    this.byId = byId;
  }

  /** The catalog of a dataset, built on first use and kept with the dataset. */
  public static ConditionCatalog of(Dataset dataset) {
    return dataset.derived(ConditionCatalog.class, ConditionCatalog::build);
  }

  private static ConditionCatalog build(Dataset dataset) {
    Map<String, Condition> byId = new HashMap<>();
    dataset.store().forEach(EntityKind.CONDITION, entity -> byId.put(entity.key(), (Condition) entity));
    return new ConditionCatalog(Map.copyOf(byId));
  }

  /** The condition with this id, or empty (a dangling reference). */
  public Optional<Condition> get(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }
}
