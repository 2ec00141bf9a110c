package org.festserver.indexer.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;

/**
 * Writes the MapDB file of a dataset under construction: entities by kind and key, then the lookups in one sorted
 * bulk load each. An update starts from a copy of a finished store ({@link #copyOf}) and changes single entities and
 * lookup values. Single-threaded; {@link #close()} makes the file complete.
 */
public final class StoreWriter implements Closeable {
  private final DB db;
  private final RecordCodec codec;
  private final Map<EntityKind, HTreeMap<String, byte[]>> entities = new EnumMap<>(EntityKind.class);
  private final java.util.Set<Lookup> written = java.util.EnumSet.noneOf(Lookup.class);
  private final Map<Lookup, BTreeMap<String, String>> lookups = new EnumMap<>(Lookup.class);

  private StoreWriter(DB db, RecordCodec codec) {
    this.db = db;
    this.codec = codec;
  }

  /** Creates a new store file in a dataset directory. */
  public static StoreWriter create(Path datasetDir, RecordCodec codec) {
    return new StoreWriter(StoreFiles.create(datasetDir), codec);
  }

  /**
   * Copies the store file of a finished dataset into a new dataset directory and opens the copy for changes. The
   * finished file is only read.
   *
   * @throws IOException when the file cannot be copied
   */
  public static StoreWriter copyOf(Path finishedDatasetDir, Path datasetDir, RecordCodec codec) throws IOException {
    Files.copy(finishedDatasetDir.resolve(StoreFiles.FILE_NAME), datasetDir.resolve(StoreFiles.FILE_NAME));
    StoreWriter copy = new StoreWriter(StoreFiles.create(datasetDir), codec);
    copy.written.addAll(java.util.EnumSet.allOf(Lookup.class));
    return copy;
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

  /** The stored bytes of an entity, or null. */
  public byte[] raw(EntityKind kind, String key) {
    return map(kind).get(key);
  }

  /** Removes an entity; true when it was there. */
  public boolean remove(EntityKind kind, String key) {
    return map(kind).remove(key) != null;
  }

  /**
   * Changes the values of one key of a lookup already written: removes {@code removed}, then adds {@code added},
   * keeping them sorted; the key goes when no value is left. One read and one write, however many values change.
   */
  public void changeLookup(Lookup lookup, String from, Collection<String> removed, Collection<String> added) {
    BTreeMap<String, String> map = lookupMap(lookup);
    String before = map.get(from);
    List<String> keys = new ArrayList<>(LookupValues.split(before));
    keys.sort(null); // values of datasets built before they were kept sorted
    keys.removeAll(removed);
    for (String key : added) {
      LookupValues.insertSorted(keys, key);
    }
    if (keys.isEmpty()) {
      if (before != null) {
        map.remove(from);
      }
    } else {
      String after = LookupValues.join(keys);
      if (!after.equals(before)) {
        map.put(from, after);
      }
    }
  }

  /** Every key of a lookup already written, in ascending order, with its entity keys; iterated lazily. */
  public Iterator<Map.Entry<String, List<String>>> lookupEntries(Lookup lookup) {
    return LookupValues.entries(lookupMap(lookup).entryIterator());
  }

  private BTreeMap<String, String> lookupMap(Lookup lookup) {
    return lookups.computeIfAbsent(lookup,
        l -> db.treeMap(StoreFiles.lookupMap(l), Serializer.STRING, Serializer.STRING).counterEnable().open());
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
