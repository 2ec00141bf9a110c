package org.festserver.indexer.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.entry.Entry;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.PackInfo;
import org.festserver.model.medicine.UnitDose;
import org.festserver.model.reimbursement.ReimbursementBasis;
import org.festserver.model.reimbursement.ReimbursementGroup;

/**
 * Collects the secondary lookups ({@link Lookup}) in memory while a dataset is built (a few megabytes at full scale)
 * and writes each as one sorted map at the end. The values of one entry depend on that entry alone, so an update
 * removes the values of an entity's old version and adds those of its new one through a {@link Sink}
 * ({@link DatasetUpdater}); the values of a key are kept sorted, so both ways give the same lookups.
 */
final class LookupContributor implements DatasetContributor {
  /** Receives each lookup value an entry gives: from key {@code from} to entity key {@code to}. */
  @FunctionalInterface
  interface Sink {
    void accept(Lookup lookup, String from, String to);
  }

  private final Map<Lookup, SortedMap<String, List<String>>> values = new EnumMap<>(Lookup.class);
  private final Sink sink;

  LookupContributor() {
    this.sink = this::collect;
  }

  /** Sends the values of each entry to {@code sink} instead of collecting them. */
  LookupContributor(Sink sink) {
    this.sink = sink;
  }

  @Override
  public void accept(Entry entry) {
    FestEntity entity = entry.entity();
    String key = entity.key();
    String entityRef = entityRef(entity);
    add(Lookup.ENTITY_BY_ENTRY_ID, entry.header().entryId(), entityRef);
    add(Lookup.ENTRY_ID_BY_ENTITY, entityRef, entry.header().entryId());
    switch (entity.kind()) {
      case PACK: {
        Pack pack = (Pack) entity;
        add(Lookup.PACK_BY_ITEM_NUMBER, pack.itemNumber(), key);
        if (pack.marketing() != null) {
          add(Lookup.PACK_BY_FORMER_ITEM_NUMBER, pack.marketing().formerItemNumber(), key);
        }
        pack.eans().forEach(ean -> add(Lookup.PACKS_BY_EAN, ean, key));
        if (pack.medicine().interchangeGroup() != null) {
          add(Lookup.PACKS_BY_INTERCHANGE_GROUP, pack.medicine().interchangeGroup().groupRef(), key);
        }
        for (PackInfo info : pack.packInfos()) {
          add(Lookup.PACKS_BY_BRAND, info.brandRef(), key);
        }
        atc(Lookup.PACKS_BY_ATC, pack.medicine(), key);
        reimbursementGroups(Lookup.PACKS_BY_REIMBURSEMENT_GROUP, pack.medicine(), key);
        break;
      }
      case BRAND:
        atc(Lookup.BRANDS_BY_ATC, ((org.festserver.model.medicine.Brand) entity).medicine(), key);
        break;
      case SUBSTANCE_GROUP:
        atc(Lookup.SUBSTANCE_GROUPS_BY_ATC, ((org.festserver.model.medicine.SubstanceGroup) entity).medicine(), key);
        reimbursementGroups(
            Lookup.SUBSTANCE_GROUPS_BY_REIMBURSEMENT_GROUP, ((org.festserver.model.medicine.SubstanceGroup) entity).medicine(), key);
        break;
      case UNIT_DOSE: {
        UnitDose dose = (UnitDose) entity;
        add(Lookup.UNIT_DOSES_BY_BRAND, dose.brandRef(), key);
        dose.packRefs().forEach(pack -> add(Lookup.UNIT_DOSES_BY_PACK, pack, key));
        atc(Lookup.UNIT_DOSES_BY_ATC, dose.medicine(), key);
        break;
      }
      case REIMBURSEMENT:
        for (ReimbursementGroup group : ((ReimbursementBasis) entity).groups()) {
          add(Lookup.REIMBURSEMENT_BASIS_BY_GROUP, group.id(), key);
        }
        break;
      default:
        break;
    }
  }

  /** How lookups name an entity of any kind: {@code KIND:key}. */
  public static String entityRef(FestEntity entity) {
    return entity.kind().name() + ":" + entity.key();
  }

  private void atc(Lookup lookup, MedicineInfo medicine, String key) {
    add(lookup, medicine.atcCode(), key);
  }

  private void reimbursementGroups(Lookup lookup, MedicineInfo medicine, String key) {
    medicine.reimbursements().forEach(link -> link.groupRefs().forEach(group -> add(lookup, group, key)));
  }

  private void add(Lookup lookup, String from, String to) {
    if (from == null || to == null) {
      return;
    }
    sink.accept(lookup, from, to);
  }

  private void collect(Lookup lookup, String from, String to) {
    List<String> keys = values.computeIfAbsent(lookup, l -> new TreeMap<>()).computeIfAbsent(from, f -> new ArrayList<>(1));
    int at = Collections.binarySearch(keys, to);
    if (at < 0) {
      keys.add(-at - 1, to);
    }
  }

  @Override
  public void finish(BuildOutput output) {
    values.forEach(output.store()::writeLookup);
  }
}
