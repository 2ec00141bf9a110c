package org.festserver.server.reimbursement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.store.EntityStore;
import org.festserver.model.condition.Condition;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.ReimbursementLink;
import org.festserver.model.reimbursement.ReimbursementResolver;
import org.festserver.model.reimbursement.ResolvedCode;
import org.festserver.model.reimbursement.ResolvedGroup;
import org.festserver.model.reimbursement.ValidityWindow;
import org.festserver.server.condition.ConditionCatalog;
import org.festserver.server.condition.ConditionQuery;
import org.festserver.server.condition.ConditionService;
import org.festserver.server.condition.ConditionView;
import org.festserver.server.json.CodedJson;

/**
 * The reimbursement of a pack, brand or substance group on a date for a role (R-6.4.x): every legal basis and group
 * that applies, with the codes and conditions valid on both the code and the product's link.
 */
public final class ReimbursementService {
  /*
   * Implementation notes. Where a product's reimbursement comes from (docs/reimbursement.md):
   *  1. its own Refusjon links, in file order — packs and substance groups carry them; a
   *     substance group's links are the groups common to its packs, each pack has its own;
   *  2. for a pack, the links of its brands for groups the pack does not link itself (the schema allows Refusjon on
   *     a brand; the agency's files put none there);
   *  3. magistral groups by ATC, most specific ATC first, for groups not linked already.
   * A pack does not inherit its substance group's links: the pack's own link carries the pack's dates,
   * and a group link could outlive a pack's. A group linked twice (e.g. an ending and a renewed link) is shown once,
   * through the first link valid on the date.
   */

  /** Builds the per-dataset indexes before the dataset goes live. */
  public static void warm(Dataset dataset) {
    ReimbursementIndex.of(dataset);
    ConditionCatalog.of(dataset);
  }

  /**
   * The reimbursement entries of a product; empty when the product is unknown or has none.
   *
   * @param kind {@link EntityKind#PACK}, {@link EntityKind#BRAND} or {@link EntityKind#SUBSTANCE_GROUP}
   * @param id the product's id (for a pack its Id, not its varenummer)
   */
  public List<ReimbursementEntry> entriesFor(Dataset dataset, EntityKind kind, String id, ReimbursementQuery query) {
    if (kind != EntityKind.PACK && kind != EntityKind.BRAND && kind != EntityKind.SUBSTANCE_GROUP) {
      throw new IllegalArgumentException("expected a pack, brand or substance group, got " + kind);
    }
    List<ResolvedGroup> groups = resolve(dataset, kind, id, query);
    ConditionCatalog conditions = ConditionCatalog.of(dataset);
    ConditionQuery conditionQuery = new ConditionQuery(query.role(), query.patient());
    List<ReimbursementEntry> entries = new ArrayList<>(groups.size());
    for (ResolvedGroup group : groups) {
      entries.add(entry(group, conditions, conditionQuery));
    }
    return entries;
  }

  /** The groups that apply, as the model resolves them. */
  List<ResolvedGroup> resolve(Dataset dataset, EntityKind kind, String id, ReimbursementQuery query) {
    EntityStore store = dataset.store();
    ReimbursementIndex index = ReimbursementIndex.of(dataset);
    Optional<Pack> pack = kind == EntityKind.PACK ? store.pack(id) : Optional.empty();
    Optional<MedicineInfo> medicine = pack.isPresent() ? pack.map(Pack::medicine) : medicineOf(store, kind, id);
    if (medicine.isEmpty()) {
      return List.of();
    }
    Set<String> reached = new HashSet<>();
    List<ResolvedGroup> resolved = new ArrayList<>();
    addLinks(index, medicine.get().reimbursements(), ResolvedGroup.Reach.LINK, query, reached, resolved);
    if (pack.isPresent()) {
      List<ReimbursementLink> brandLinks = new ArrayList<>();
      for (String brandId : ConditionService.brandIds(pack.get())) {
        store.brand(brandId).ifPresent(brand -> brandLinks.addAll(brand.medicine().reimbursements()));
      }
      addLinks(index, brandLinks, ResolvedGroup.Reach.BRAND_LINK, query, reached, resolved);
    }
    for (ReimbursementIndex.GroupEntry entry : index.magistralFor(medicine.get().atcCode())) {
      if (reached.add(entry.group().id())) {
        ReimbursementResolver.resolve(
                entry.basis(), entry.group(), ResolvedGroup.Reach.ATC, ValidityWindow.OPEN, query.date(), query.role())
            .ifPresent(resolved::add);
      }
    }
    return resolved;
  }

  private static void addLinks(
      ReimbursementIndex index,
      List<ReimbursementLink> links,
      ResolvedGroup.Reach reach,
      ReimbursementQuery query,
      Set<String> reached,
      List<ResolvedGroup> resolved) {
    Set<String> linkedHere = new HashSet<>();
    Set<String> shown = new HashSet<>();
    for (ReimbursementLink link : links) {
      for (String groupId : link.groupRefs()) {
        ReimbursementIndex.GroupEntry entry = index.group(groupId);
        if (entry == null || reached.contains(groupId) || shown.contains(groupId)) {
          continue;
        }
        linkedHere.add(groupId);
        ReimbursementResolver.resolve(entry.basis(), entry.group(), reach, ValidityWindow.of(link), query.date(), query.role())
            .ifPresent(group -> {
              shown.add(groupId);
              resolved.add(group);
            });
      }
    }
    reached.addAll(linkedHere);
  }

  private static Optional<MedicineInfo> medicineOf(EntityStore store, EntityKind kind, String id) {
    switch (kind) {
      case BRAND:
        return store.brand(id).map(brand -> brand.medicine());
      case SUBSTANCE_GROUP:
        return store.substanceGroup(id).map(group -> group.medicine());
      default:
        return Optional.empty();
    }
  }

  private static ReimbursementEntry entry(ResolvedGroup group, ConditionCatalog catalog, ConditionQuery query) {
    Map<String, ConditionView> visible = new LinkedHashMap<>();
    for (String ref : group.conditionRefs()) {
      Optional<Condition> condition = catalog.get(ref).filter(c -> ConditionService.visible(c, query));
      condition.ifPresent(c -> visible.put(ref, ConditionView.of(c, query.patient())));
    }
    List<ReimbursementEntry.Code> codes = new ArrayList<>(group.codes().size());
    for (ResolvedCode code : group.codes()) {
      List<String> conditionIds = new ArrayList<>();
      for (String ref : code.conditionRefs()) {
        if (visible.containsKey(ref)) {
          conditionIds.add(ref);
        }
      }
      codes.add(new ReimbursementEntry.Code(
          code.code().code() == null ? null : code.code().code().code(),
          code.code().code() == null ? null : code.code().code().system(),
          code.text(),
          code.diagnosisText(),
          code.window().validFrom(),
          code.window().prescribeUntil(),
          code.window().dispenseUntil(),
          List.copyOf(conditionIds)));
    }
    ValidityWindow link = group.linkWindow();
    return new ReimbursementEntry(
        CodedJson.of(group.basis().basis()),
        group.group().id(),
        group.group().groupNumber() == null ? null : group.group().groupNumber().code(),
        group.group().groupNumber() == null ? null : group.group().groupNumber().text(),
        group.group().requiresCode(),
        group.basis().requiresDecision(),
        group.group().eligibleUse(),
        reachName(group.reach()),
        group.group().atc() == null ? null : group.group().atc().code(),
        group.reach() == ResolvedGroup.Reach.ATC
            ? null
            : new ReimbursementEntry.Window(link.validFrom(), link.prescribeUntil(), link.dispenseUntil()),
        List.copyOf(codes),
        List.copyOf(visible.values()));
  }

  private static String reachName(ResolvedGroup.Reach reach) {
    return reach == ResolvedGroup.Reach.BRAND_LINK ? "brand" : reach.name().toLowerCase(Locale.ROOT);
  }
}
