package org.festserver.server.alert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.alert.Alert;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.alert.AlertFilter;
import org.festserver.model.alert.AlertPropagation;
import org.festserver.model.alert.AlertReference;
import org.festserver.model.alert.AlertTarget;
import org.festserver.model.common.Coded;
import org.festserver.model.entry.EntityKind;
import org.festserver.server.json.CodedJson;
import org.festserver.server.param.ProductKinds;

/**
 * The alerts of a dataset by the product they show on, with the propagation of worked out once per dataset:
 * each product's list holds every alert on it, on its brands and on its substance groups, newest first. Only active
 * alerts are stored, so an alert expired by an increment is absent from the next dataset and its index.
 */
final class AlertIndex {
  private static final String REIMBURSEMENT_GROUP_CLASS = "4";

  private final Map<AlertTarget, List<Hit>> byTarget;

  /** An alert as shown on one product. */
  record Hit(Alert alert, AlertView view) {}

  private AlertIndex(Map<AlertTarget, List<Hit>> byTarget) {
    this.byTarget = byTarget;
  }

  static AlertIndex of(Dataset dataset) {
    return dataset.derived(AlertIndex.class, AlertIndex::build);
  }

  private static AlertIndex build(Dataset dataset) {
    DatasetProductGraph graph = new DatasetProductGraph(dataset.store());
    Map<AlertTarget, Map<String, List<AlertView.Attachment>>> attachments = new HashMap<>();
    Map<String, Alert> alerts = new HashMap<>();
    dataset.store().forEach(EntityKind.ALERT, entity -> {
      Alert alert = (Alert) entity;
      alerts.put(alert.entryId(), alert);
      for (AlertReference reference : alert.references()) {
        for (String id : reference.refs()) {
          Set<AlertTarget> targets = AlertPropagation.targets(new AlertReference(reference.targetClass(), List.of(id)), graph);
          AlertView.Attachment via = attachment(reference.targetClass(), id, targets);
          for (AlertTarget target : targets) {
            List<AlertView.Attachment> vias = attachments
                .computeIfAbsent(target, t -> new LinkedHashMap<>())
                .computeIfAbsent(alert.entryId(), a -> new ArrayList<>());
            if (!vias.contains(via)) {
              vias.add(via);
            }
          }
        }
      }
    });
    Map<AlertTarget, List<Hit>> byTarget = new HashMap<>();
    attachments.forEach((target, byAlert) -> {
      List<Hit> hits = new ArrayList<>(byAlert.size());
      byAlert.forEach((alertId, vias) -> {
        Alert alert = alerts.get(alertId);
        hits.add(new Hit(alert, view(alert, vias)));
      });
      hits.sort((a, b) -> AlertFilter.NEWEST_FIRST.compare(a.alert(), b.alert()));
      byTarget.put(target, List.copyOf(hits));
    });
    return new AlertIndex(Map.copyOf(byTarget));
  }

  /** Every alert that shows on the product, newest first. */
  List<Hit> hits(EntityKind kind, String id) {
    return byTarget.getOrDefault(new AlertTarget(kind, id), List.of());
  }

  private static AlertView.Attachment attachment(Coded targetClass, String id, Set<AlertTarget> targets) {
    if (targetClass != null && REIMBURSEMENT_GROUP_CLASS.equals(targetClass.code())) {
      return new AlertView.Attachment("reimbursement-group", id);
    }
    AlertTarget referenced = targets.isEmpty() ? null : targets.iterator().next();
    return referenced == null ? new AlertView.Attachment(null, id) : new AlertView.Attachment(ProductKinds.name(referenced.kind()), id);
  }

  private static AlertView view(Alert alert, List<AlertView.Attachment> vias) {
    List<AlertView.Audience> audience = new ArrayList<>(alert.audience().size());
    for (Coded rule : alert.audience()) {
      audience.add(new AlertView.Audience(rule.code(), rule.text(), AlertAudience.of(rule).map(AlertAudience::parameter).orElse(null)));
    }
    AlertView.Link link = null;
    if (alert.link() != null && alert.link().url() != null) {
      String description = alert.link().description();
      link = new AlertView.Link(description == null || description.isBlank() ? alert.link().url() : description, alert.link().url());
    }
    return new AlertView(
        alert.entryId(),
        CodedJson.of(alert.type()),
        alert.headline(),
        alert.text(),
        alert.fromDate(),
        List.copyOf(audience),
        link,
        List.copyOf(vias));
  }
}
