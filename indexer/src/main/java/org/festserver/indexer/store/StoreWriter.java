package org.festserver.indexer.store;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;

/**
 * Writes the MapDB file of a dataset under construction: entities by kind and key, then the lookups in one sorted
 * bulk load each. Single-threaded; {@link #close()} makes the file complete.
 */
public final class StoreWriter implements Closeable {
  private final DB db;
  private final RecordCodec codec;
  private final Map<EntityKind, HTreeMap<String, byte[]>> entities = new EnumMap<>(EntityKind.class);
  private final java.util.Set<Lookup> written = java.util.EnumSet.noneOf(Lookup.class);

  private StoreWriter(DB db, RecordCodec codec) {
    this.db = db;
    this.codec = codec;
  }

  /** Creates a new store file in a dataset directory. */
  public static StoreWriter create(Path datasetDir, RecordCodec codec) {
    return new StoreWriter(StoreFiles.create(datasetDir), codec);
  }

  private HTreeMap<String, byte[]> map(EntityKind kind) {
    return entities.computeIfAbsent(
        kind,
        k -> db.hashMap(StoreFiles.entityMap(k), Serializer.STRING, Serializer.BYTE_ARRAY).counterEnable().createOrOpen());
  }

  /** Stores an entity under its key; returns false, storing nothing, when the key is already taken. */
  public boolean putIfAbsent(FestEntity entity) {
    return map(entity.kind()).putIfAbsent(entity.key(), codec.encode(entity)) == null;
  }

  /** As {@link #putIfAbsent(FestEntity)} for an entity already encoded with {@link RecordCodec}. */
  public boolean putIfAbsent(FestEntity entity, byte[] encoded) {
    return map(entity.kind()).putIfAbsent(entity.key(), encoded) == null;
  }

  /** Stores an entity already encoded with {@link RecordCodec}. */
  public void putRaw(EntityKind kind, String key, byte[] encoded) {
    map(kind).put(key, encoded);
  }

  /**
   * Writes a whole lookup in one sorted bulk load (linear, unlike one put per key). Each lookup is written once per
   * dataset.
   */
  public void writeLookup(Lookup lookup, SortedMap<String, List<String>> values) {
    DB.TreeMapSink<String, String> sink = db.treeMap(StoreFiles.lookupMap(lookup), Serializer.STRING, Serializer.STRING)
        .counterEnable()
        .createFromSink();
    values.forEach((key, keys) -> sink.put(key, LookupValues.join(keys)));
    sink.create();
    written.add(lookup);
  }

  /** Entities stored of a kind so far. */
  public int count(EntityKind kind) {
    HTreeMap<String, byte[]> map = entities.get(kind);
    return map == null ? 0 : map.size();
  }

  @Override
  public void close() {
    for (EntityKind kind : EntityKind.values()) {
      map(kind); // every kind has its map, empty or not, so that readers need no special case
    }
    for (Lookup lookup : Lookup.values()) {
      if (!written.contains(lookup)) {
        db.treeMap(StoreFiles.lookupMap(lookup), Serializer.STRING, Serializer.STRING).counterEnable().create();
      }
    }
    db.commit();
    db.close();
  }
}
