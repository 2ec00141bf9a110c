package org.festserver.model.alert;

import java.util.LinkedHashSet;
import java.util.Set;
import org.festserver.model.entry.EntityKind;

/**
 * Where an alert shows: on a substance group, also on all its brands and all their packs (and the packs it
 * references); on a brand, also on its packs; on a pack, only there. The propagation is computed from the product
 * links, so it holds even when the file leaves the derived references out. An alert on a reimbursement group
 * (class 4) shows on the packs and substance groups that link the group. The class is Referanseelement/Klasse, code
 * system 7486; an unknown class is resolved by looking the id up.
 */
public final class AlertPropagation {
  static final String BRAND = "1";
  static final String PACK = "2";
  static final String SUBSTANCE_GROUP = "3";
  static final String REIMBURSEMENT_GROUP = "4";

  private AlertPropagation() {}

  /** Every product one reference of an alert shows on, the referenced one first. */
  public static Set<AlertTarget> targets(AlertReference reference, ProductGraph graph) {
    Set<AlertTarget> targets = new LinkedHashSet<>();
    String targetClass = reference.targetClass() == null ? null : reference.targetClass().code();
    for (String id : reference.refs()) {
      if (id == null || id.isBlank()) {
        continue;
      }
      EntityKind kind = kindOf(targetClass, id, graph);
      if (kind == null) {
        if (REIMBURSEMENT_GROUP.equals(targetClass)) {
          targets.addAll(graph.productsOfReimbursementGroup(id));
        }
        continue;
      }
      addProduct(kind, id, graph, targets);
    }
    return targets;
  }

  private static EntityKind kindOf(String targetClass, String id, ProductGraph graph) {
    if (BRAND.equals(targetClass)) {
      return EntityKind.BRAND;
    }
    if (PACK.equals(targetClass)) {
      return EntityKind.PACK;
    }
    if (SUBSTANCE_GROUP.equals(targetClass)) {
      return EntityKind.SUBSTANCE_GROUP;
    }
    if (REIMBURSEMENT_GROUP.equals(targetClass)) {
      return null;
    }
    return graph.kindOf(id).orElse(null);
  }

  private static void addProduct(EntityKind kind, String id, ProductGraph graph, Set<AlertTarget> targets) {
    targets.add(new AlertTarget(kind, id));
    if (kind == EntityKind.SUBSTANCE_GROUP) {
      for (String brand : graph.brandsOfSubstanceGroup(id)) {
        addProduct(EntityKind.BRAND, brand, graph, targets);
      }
      for (String pack : graph.packsOfSubstanceGroup(id)) {
        targets.add(new AlertTarget(EntityKind.PACK, pack));
      }
    } else if (kind == EntityKind.BRAND) {
      for (String pack : graph.packsOfBrand(id)) {
        targets.add(new AlertTarget(EntityKind.PACK, pack));
      }
    }
  }
}
