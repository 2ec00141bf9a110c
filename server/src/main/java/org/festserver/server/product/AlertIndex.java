package org.festserver.server.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.alert.Alert;
import org.festserver.model.alert.AlertReference;
import org.festserver.model.entry.EntityKind;

/**
 * Alerts by the id of the product they reference, built once per dataset. Only live entries are in a
 * dataset, so an expired alert is never here.
 */
final class AlertIndex {
  /** The summary shown with a product. */
  record View(String id, ProductViews.Code type, String headline, LocalDate fromDate) {}

  private final Map<String, List<View>> byRef = new HashMap<>();

  static AlertIndex build(Dataset dataset) {
    AlertIndex index = new AlertIndex();
    dataset.store().forEach(EntityKind.ALERT, entity -> {
      Alert alert = (Alert) entity;
      View view = new View(alert.entryId(), ProductViews.Code.of(alert.type()), alert.headline(), alert.fromDate());
      for (AlertReference reference : alert.references()) {
        for (String ref : reference.refs()) {
          index.byRef.computeIfAbsent(ref, r -> new ArrayList<>()).add(view);
        }
      }
    });
    return index;
  }

  /** The alerts on any of the ids, each once, in the order of the ids. */
  List<View> on(List<String> ids) {
    List<View> views = new ArrayList<>();
    for (String id : ids) {
      for (View view : byRef.getOrDefault(id, List.of())) {
        if (!views.contains(view)) {
          views.add(view);
        }
      }
    }
    return views;
  }
}
