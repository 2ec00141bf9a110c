package org.festserver.server.alert;

import java.util.ArrayList;
import java.util.List;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.alert.AlertFilter;
import org.festserver.model.entry.EntityKind;

/**
 * The alerts that show on a pack, brand or substance group (R-9.x): its own and those propagated from its brands
 * and substance groups, filtered by date, audience and type, newest first.
 */
public final class AlertService {

  /** Builds the per-dataset alert index before the dataset goes live. */
  public static void warm(Dataset dataset) {
    AlertIndex.of(dataset);
  }

  /**
   * The alerts of a product; empty for an unknown product.
   *
   * @param kind {@link EntityKind#PACK}, {@link EntityKind#BRAND} or {@link EntityKind#SUBSTANCE_GROUP}
   * @param id the product's id (for a pack its Id, not its varenummer)
   */
  public List<AlertView> alertsFor(Dataset dataset, EntityKind kind, String id, AlertQuery query) {
    List<AlertView> views = new ArrayList<>();
    for (AlertIndex.Hit hit : AlertIndex.of(dataset).hits(kind, id)) {
      if (AlertFilter.visible(hit.alert(), query.date(), query.audiences(), query.types())) {
        views.add(hit.view());
      }
    }
    return views;
  }
}
