package org.festserver.server.reimbursement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.reimbursement.MagistralRule;
import org.festserver.model.reimbursement.ReimbursementBasis;
import org.festserver.model.reimbursement.ReimbursementGroup;

/**
 * Every reimbursement group of a dataset by id with its legal basis, and the magistral groups by ATC,
 * decoded once per dataset (the reimbursement catalog has a few thousand groups at full scale).
 */
public final class ReimbursementIndex {
  private final Map<String, GroupEntry> groups;
  private final Map<String, List<GroupEntry>> magistralByAtc;

  /** A group and the legal basis it belongs to. */
  public record GroupEntry(ReimbursementBasis basis, ReimbursementGroup group) {}

  private ReimbursementIndex(Map<String, GroupEntry> groups, Map<String, List<GroupEntry>> magistralByAtc) {
    this.groups = groups;
    this.magistralByAtc = magistralByAtc;
  }

  /** The index of a dataset, built on first use and kept with the dataset. */
  public static ReimbursementIndex of(Dataset dataset) {
    return dataset.derived(ReimbursementIndex.class, ReimbursementIndex::build);
  }

  private static ReimbursementIndex build(Dataset dataset) {
    Map<String, GroupEntry> groups = new HashMap<>();
    Map<String, List<GroupEntry>> magistral = new HashMap<>();
    dataset.store().forEach(EntityKind.REIMBURSEMENT, entity -> {
      ReimbursementBasis basis = (ReimbursementBasis) entity;
      for (ReimbursementGroup group : basis.groups()) {
        GroupEntry entry = new GroupEntry(basis, group);
        if (group.id() != null) {
          groups.putIfAbsent(group.id(), entry);
        }
        if (MagistralRule.isReachedByAtc(basis, group)) {
          magistral.computeIfAbsent(MagistralRule.atcOf(group), atc -> new ArrayList<>()).add(entry);
        }
      }
    });
    magistral.replaceAll((atc, entries) -> List.copyOf(entries));
    return new ReimbursementIndex(Map.copyOf(groups), Map.copyOf(magistral));
  }

  /** The group with this id and its basis, or null. */
  public GroupEntry group(String id) {
    return id == null ? null : groups.get(id);
  }

  /** Every group with its basis (unordered). */
  public Collection<GroupEntry> groups() {
    return groups.values();
  }

  /** The magistral groups whose ATC covers this one, the most specific ATC first. */
  public List<GroupEntry> magistralFor(String atc) {
    if (atc == null || atc.isEmpty() || magistralByAtc.isEmpty()) {
      return List.of();
    }
    List<GroupEntry> found = new ArrayList<>();
    for (int length = atc.length(); length > 0; length--) {
      List<GroupEntry> entries = magistralByAtc.get(atc.substring(0, length));
      if (entries != null) {
        found.addAll(entries);
      }
    }
    return found;
  }
}
