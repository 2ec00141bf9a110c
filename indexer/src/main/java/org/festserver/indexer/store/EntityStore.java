package org.festserver.indexer.store;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;

/**
 * Read-only access to a finished dataset's MapDB file: entities by kind and key, and the lookups. Thread-safe for
 * concurrent readers. Records are decoded on every call; callers that need a record often cache it per dataset.
 */
public final class EntityStore implements Closeable {
  private final DB db;
  private final RecordCodec codec;
  private final Map<EntityKind, HTreeMap<String, byte[]>> entities = new EnumMap<>(EntityKind.class);
  private final Map<Lookup, BTreeMap<String, String>> lookups = new EnumMap<>(Lookup.class);

  private EntityStore(DB db, RecordCodec codec) {
    this.db = db;
    this.codec = codec;
    for (EntityKind kind : EntityKind.values()) {
      entities.put(kind, db.hashMap(StoreFiles.entityMap(kind), Serializer.STRING, Serializer.BYTE_ARRAY).open());
    }
    for (Lookup lookup : Lookup.values()) {
      lookups.put(lookup, db.treeMap(StoreFiles.lookupMap(lookup), Serializer.STRING, Serializer.STRING).open());
    }
  }

  /**
   * Opens the store of a finished dataset directory read-only.
   *
   * @throws org.mapdb.DBException when the file is missing or corrupt
   */
  public static EntityStore open(Path datasetDir, RecordCodec codec) {
    DB db = StoreFiles.openReadOnly(datasetDir);
    try {
      return new EntityStore(db, codec);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The entity of a kind with a key. */
  public Optional<FestEntity> get(EntityKind kind, String key) {
    if (key == null) {
      return Optional.empty();
    }
    byte[] bytes = entities.get(kind).get(key);
    return bytes == null ? Optional.empty() : Optional.of(codec.decode(kind, bytes));
  }

  /** The entity of a kind with a key, as its record type. */
  public <T extends FestEntity> Optional<T> get(EntityKind kind, String key, Class<T> type) {
    if (key == null) {
      return Optional.empty();
    }
    byte[] bytes = entities.get(kind).get(key);
    return bytes == null ? Optional.empty() : Optional.of(codec.decode(type, bytes));
  }

  public Optional<Brand> brand(String id) {
    return get(EntityKind.BRAND, id, Brand.class);
  }

  public Optional<Pack> pack(String id) {
    return get(EntityKind.PACK, id, Pack.class);
  }

  public Optional<SubstanceGroup> substanceGroup(String id) {
    return get(EntityKind.SUBSTANCE_GROUP, id, SubstanceGroup.class);
  }

  public Optional<UnitDose> unitDose(String id) {
    return get(EntityKind.UNIT_DOSE, id, UnitDose.class);
  }

  /** True when an entity of that kind and key exists, without decoding it. */
  public boolean contains(EntityKind kind, String key) {
    return key != null && entities.get(kind).containsKey(key);
  }

  /** The stored bytes of an entity, or null; for copying a dataset without decoding. */
  public byte[] raw(EntityKind kind, String key) {
    return entities.get(kind).get(key);
  }

  public int count(EntityKind kind) {
    return entities.get(kind).size();
  }

  /** Every key of a kind (unordered). */
  public Iterable<String> keys(EntityKind kind) {
    return entities.get(kind).keySet();
  }

  /** Visits every entity of a kind (unordered). */
  public void forEach(EntityKind kind, Consumer<FestEntity> visitor) {
    entities.get(kind).forEach((key, bytes) -> visitor.accept(codec.decode(kind, bytes)));
  }

  /** The entity keys a lookup gives for a key; empty when none. */
  public List<String> lookup(Lookup lookup, String key) {
    return key == null ? List.of() : LookupValues.split(lookups.get(lookup).get(key));
  }

  /** Every lookup key starting with a prefix, in key order, with its entity keys. */
  public Map<String, List<String>> lookupPrefix(Lookup lookup, String prefix) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    SortedMap<String, String> range = lookups.get(lookup).subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    range.forEach((key, joined) -> result.put(key, LookupValues.split(joined)));
    return result;
  }

  /** Every key of a lookup in ascending order, with its entity keys; iterated lazily. */
  public Iterator<Map.Entry<String, List<String>>> lookupEntries(Lookup lookup) {
    return LookupValues.entries(lookups.get(lookup).entryIterator());
  }

  /** Number of keys in a lookup. */
  public int lookupSize(Lookup lookup) {
    return lookups.get(lookup).size();
  }

  public RecordCodec codec() {
    return codec;
  }

  @Override
  public void close() {
    db.close();
  }
}
