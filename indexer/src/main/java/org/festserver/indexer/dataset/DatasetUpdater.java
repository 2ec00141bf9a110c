package org.festserver.indexer.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.ingest.FestReader;
import org.festserver.indexer.ingest.IngestLimits;
import org.festserver.indexer.ingest.IngestStats;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.indexer.store.RecordCodec;
import org.festserver.indexer.store.StoreWriter;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.Entry;
import org.festserver.model.entry.EntryHeader;
import org.festserver.model.entry.EntryStatus;
import org.festserver.model.entry.ExtractTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new dataset from a live one plus an incremental M30 file. The live dataset is only read; the
 * result is a complete dataset of its own, made live by {@link DatasetManager#activate(String)} like a full load.
 */
public final class DatasetUpdater {
  /*
   * Implementation notes
   *
   * Rules. Every entry carries an entry id; a change expires the old entry id (status U, no
   * content) and adds a new active entry (status A) with the entity's full content under the same entity key.
   * - An increment whose HentetDato is not newer than the base's is refused (stale-extract): re-applying one changes
   *   nothing.
   * - The whole increment is read before anything is applied, so the order of entries in the file does not matter
   *   (the agency's own example lists the new A before the U it replaces).
   * - A upserts by entity key (KIND:key) and records its entry id. A code system (one Kodeverk entry, keyed by its
   *   OID) is therefore replaced whole, never merged element by element.
   * - U removes the entity whose *current* entry id in the base equals the U's id, unless an A of the same increment
   *   gives that entity a new version. A U that matches nothing is ignored and reported (a warning).
   * - References may point outside the increment (the loose XSD); the reference report covers the merged dataset.
   * - Two A entries for one entity, an entry id that is both A and U, or an A whose entry id is the current entry of
   *   another entity are entry errors: the increment is refused.
   *
   * Steps. (1) Workers copy the base's MapDB file into the new dataset directory and open the new search index on
   * the base's (IndexDelta: hard links, then only changed documents are indexed) while the increment is read.
   * (2) The changes are planned against the base: an overlay KIND:key → new entry, or null for removed. (3) The
   * worker applies the overlay to the copy: entities by their raw bytes, and the lookups by removing the values of
   * each old version and adding those of the new one (LookupContributor, whose values depend on one entry alone).
   * Meanwhile this thread replays base + overlay in canonical order through DerivedData (search index, reference
   * report), exactly as a full load of the merged entities does. (4) Counts are verified against base + changes, and
   * the manifest is written last. A crash at any point leaves an incomplete directory that is deleted on restart.
   */
  private static final Logger LOG = LoggerFactory.getLogger(DatasetUpdater.class);
  private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;
  private static final int MAX_WARNINGS = IngestStats.MAX_KEPT;

  private final DataDirectory data;
  private final RecordCodec codec;
  private final IngestLimits limits;
  private final FailurePoint.Injector failures;
  private final Clock clock;

  public DatasetUpdater(DataDirectory data, RecordCodec codec, IngestLimits limits, FailurePoint.Injector failures, Clock clock) {
    this.data = data;
    this.codec = codec;
    this.limits = limits;
    this.failures = failures;
    this.clock = clock;
  }

  public DatasetUpdater(DataDirectory data) {
    this(data, new RecordCodec(), IngestLimits.DEFAULT, FailurePoint.Injector.NONE, Clock.systemUTC());
  }

  /** The changes an increment makes to a base. */
  private record Plan(NavigableMap<String, Entry> overlay, Map<EntityKind, Integer> expectedCounts, int added,
      int replaced, int expired, int unmatched, List<String> warnings) {}

  /**
   * Builds a new complete dataset from {@code base} (which the caller keeps open, e.g. with a lease) and an
   * incremental file.
   *
   * @return the new dataset's manifest and what changed (not yet live)
   * @throws FestFormatException when the file is not a readable M30 message
   * @throws DatasetRejectedException {@code stale-extract} when its HentetDato is not newer than the base's;
   *     {@code entry-errors} when entries cannot be used or contradict each other
   * @throws IOException when the data directory cannot be written
   */
  public IncrementResult applyIncrement(Dataset base, Path file, BuildProgress.Listener progress)
      throws FestFormatException, DatasetRejectedException, IOException {
    long started = System.nanoTime();
    try (FestReader reader = FestReader.open(file, limits)) {
      refuseUnlessNewer(reader, base.manifest());
      Path dir = data.createDatasetDirectory();
      String id = dir.getFileName().toString();
      LOG.info("building dataset {} from {} (HentetDato {}) on top of {} (HentetDato {})", id, reader.name(),
          reader.hentetDato(), base.id(), base.manifest().hentetDato());
      boolean complete = false;
      ExecutorService worker = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "fest-update-worker");
        thread.setDaemon(true);
        return thread;
      });
      Future<StoreWriter> copying = worker.submit(() -> StoreWriter.copyOf(base.directory(), dir, codec));
      Future<DerivedData> opening = worker.submit(() -> new DerivedData(dir, base.directory()));
      Future<Void> applying = null;
      StoreWriter store = null;
      boolean storeClosed = false;
      StringBuilder timings = new StringBuilder();
      long[] mark = {started};
      java.util.function.Consumer<String> lap = step -> {
        long now = System.nanoTime();
        timings.append(step).append(' ').append((now - mark[0]) / 1_000_000).append(" ms, ");
        mark[0] = now;
      };
      long[] applyMillis = new long[1];
      try {
        Plan plan = plan(read(reader, progress, started), reader, base.store());
        lap.accept("read");
        store = EntityReplay.await(copying);
        lap.accept("copy wait");
        StoreWriter target = store;
        applying = worker.submit(() -> {
          long applyStarted = System.nanoTime();
          failures.at(FailurePoint.WRITE_LOOKUPS);
          apply(plan, base.store(), target);
          applyMillis[0] = (System.nanoTime() - applyStarted) / 1_000_000;
          return null;
        });
        BuildOutput output = new BuildOutput(dir, store);
        try (DerivedData derived = EntityReplay.await(opening)) {
          report(progress, "indexing", reader, started, 0);
          derived.replay(EntityReplay.Source.of(base.store()), plan.overlay(), codec,
              fed -> report(progress, "indexing", reader, started, fed));
          lap.accept("replay");
          EntityReplay.await(applying);
          lap.accept("apply wait (apply " + applyMillis[0] + " ms)");
          derived.finish(output, failures);
          lap.accept("index");
        }
        storeClosed = true;
        store.close();
        lap.accept("store close");
        Map<String, Integer> counts = DatasetBuilder.verifyCounts(dir, plan.expectedCounts(), codec);
        IngestStats stats = reader.stats();
        DatasetManifest manifest = new DatasetManifest(
            DatasetManifest.FORMAT_VERSION,
            id,
            reader.hentetDato(),
            reader.version().label(),
            "incremental",
            base.id(),
            reader.name(),
            reader.size(),
            Instant.now(clock),
            (System.nanoTime() - started) / 1_000_000,
            counts,
            output.luceneDocuments(),
            stats.unknownElements(),
            DatasetBuilder.festNames(stats.skippedEntries()),
            output.unresolvedReferences(),
            output.referenceProblems());
        report(progress, "validated", reader, started, manifest.totalEntities());
        failures.at(FailurePoint.WRITE_MANIFEST);
        data.writeManifest(dir, manifest);
        lap.accept("verify and manifest");
        complete = true;
        LOG.info("dataset {} complete: {} added, {} replaced, {} expired, {} unmatched expirations; {} entities, {} ms ({})",
            id, plan.added(), plan.replaced(), plan.expired(), plan.unmatched(), manifest.totalEntities(),
            manifest.buildMillis(), timings.substring(0, Math.max(0, timings.length() - 2)));
        return new IncrementResult(manifest, plan.added(), plan.replaced(), plan.expired(), plan.unmatched(), plan.warnings());
      } finally {
        if (!complete && !storeClosed) {
          closeQuietly(store, copying, applying);
        }
        if (!complete) {
          closeQuietly(opening);
        }
        worker.shutdownNow();
        if (!complete) {
          DataDirectory.deleteTree(dir);
        }
      }
    }
  }

  private static void refuseUnlessNewer(FestReader reader, DatasetManifest base) throws DatasetRejectedException {
    String candidate = reader.hentetDato();
    boolean newer;
    try {
      newer = ExtractTime.isNewer(candidate, base.hentetDato());
    } catch (IllegalArgumentException e) {
      throw new DatasetRejectedException("entry-errors", reader.name() + ": " + e.getMessage(), List.of());
    }
    if (!newer) {
      throw new DatasetRejectedException("stale-extract", "increment " + reader.name() + " has HentetDato " + candidate
          + ", which is not newer than the live dataset's " + base.hentetDato() + " (" + base.id()
          + "): it was applied already or is older than the live data; nothing was changed (R-13.3)", List.of());
    }
  }

  /** Every entry of the increment: active ones by entity, expired ones in file order. */
  private record Read(NavigableMap<String, Entry> upserts, List<Entry> expirations) {}

  private Read read(FestReader reader, BuildProgress.Listener progress, long started)
      throws FestFormatException, DatasetRejectedException, IOException {
    IngestStats stats = reader.stats();
    NavigableMap<String, Entry> upserts = new TreeMap<>();
    List<Entry> expirations = new ArrayList<>();
    long lastReport = System.nanoTime();
    report(progress, "reading", reader, started, 0);
    Entry entry;
    while ((entry = reader.next()) != null) {
      failures.at(FailurePoint.PARSE);
      if (entry.active()) {
        Entry previous = upserts.putIfAbsent(LookupContributor.entityRef(entry.entity()), entry);
        if (previous != null) {
          stats.addError(entry.entity().kind().festName() + " " + entry.entity().key() + " appears more than once in the"
              + " increment (entries " + previous.header().entryId() + " and " + entry.header().entryId() + ")");
        }
      } else {
        expirations.add(entry);
      }
      long now = System.nanoTime();
      if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
        lastReport = now;
        report(progress, "reading", reader, started, stats.entries());
      }
    }
    if (stats.errorCount() > 0) {
      throw new DatasetRejectedException("entry-errors", reader.name() + ": " + stats.errorCount()
          + " entries could not be used; the increment was not applied", stats.errors());
    }
    return new Read(upserts, expirations);
  }

  private static Plan plan(Read read, FestReader reader, EntityStore base) throws DatasetRejectedException {
    NavigableMap<String, Entry> overlay = new TreeMap<>(read.upserts());
    Map<EntityKind, Integer> counts = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      counts.put(kind, base.count(kind));
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<String> activeEntryIds = new HashSet<>();
    int added = 0;
    int replaced = 0;
    for (Map.Entry<String, Entry> upsert : read.upserts().entrySet()) {
      Entry entry = upsert.getValue();
      String entryId = entry.header().entryId();
      activeEntryIds.add(entryId);
      for (String owner : base.lookup(Lookup.ENTITY_BY_ENTRY_ID, entryId)) {
        if (!owner.equals(upsert.getKey())) {
          errors.add(entry.catalog().entryElement() + " " + entryId + " carries " + upsert.getKey()
              + " but is the current entry of " + owner + " in the live dataset");
        }
      }
      EntityKind kind = entry.entity().kind();
      if (base.contains(kind, entry.entity().key())) {
        replaced++;
      } else {
        added++;
        counts.merge(kind, 1, Integer::sum);
      }
    }
    int expired = 0;
    int unmatched = 0;
    for (Entry expiration : read.expirations()) {
      String entryId = expiration.header().entryId();
      String where = expiration.catalog().entryElement() + " " + entryId;
      if (activeEntryIds.contains(entryId)) {
        errors.add(where + " is both active (A) and expired (U) in the increment");
        continue;
      }
      List<String> owners = base.lookup(Lookup.ENTITY_BY_ENTRY_ID, entryId);
      if (owners.isEmpty()) {
        unmatched++;
        warn(warnings, where + ": status U, but it is not the current entry of anything in the live dataset; ignored");
      }
      for (String owner : owners) {
        EntityKind kind = kindOf(owner);
        if (kind.catalog() != expiration.catalog()) {
          unmatched++;
          warn(warnings, where + ": status U in " + expiration.catalog().element() + ", but it is the entry of " + owner
              + " in " + kind.catalog().element() + "; ignored");
        } else if (!overlay.containsKey(owner)) {
          overlay.put(owner, null);
          expired++;
          counts.merge(kind, -1, Integer::sum);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new DatasetRejectedException("entry-errors", reader.name() + ": " + errors.size()
          + " entries contradict each other or the live dataset; the increment was not applied",
          errors.subList(0, Math.min(errors.size(), IngestStats.MAX_KEPT)));
    }
    return new Plan(overlay, counts, added, replaced, expired, unmatched, warnings);
  }

  /**
   * Applies the overlay to the copy of the base store: entities by their bytes, and the lookups by removing the
   * values of each old version and adding those of the new one, collected first so that each lookup key is
   * rewritten once (a key such as an ATC code may hold hundreds of entities).
   */
  private void apply(Plan plan, EntityStore base, StoreWriter store) {
    Map<Lookup, NavigableMap<String, LookupChange>> changes = new EnumMap<>(Lookup.class);
    LookupContributor removeValues = new LookupContributor(
        (lookup, from, to) -> change(changes, lookup, from).removed().add(to));
    LookupContributor addValues = new LookupContributor(
        (lookup, from, to) -> change(changes, lookup, from).added().add(to));
    for (Map.Entry<String, Entry> change : plan.overlay().entrySet()) {
      String entityRef = change.getKey();
      EntityKind kind = kindOf(entityRef);
      String key = entityRef.substring(kind.name().length() + 1);
      byte[] old = base.raw(kind, key);
      if (old != null) {
        List<String> entryIds = base.lookup(Lookup.ENTRY_ID_BY_ENTITY, entityRef);
        String oldEntryId = entryIds.isEmpty() ? null : entryIds.get(0);
        removeValues.accept(new Entry(new EntryHeader(oldEntryId, null, EntryStatus.ACTIVE), kind.catalog(),
            codec.decode(kind, old)));
      }
      Entry entry = change.getValue();
      if (entry == null) {
        store.remove(kind, key);
      } else {
        store.putRaw(kind, key, codec.encode(entry.entity()));
        addValues.accept(entry);
      }
    }
    changes.forEach((lookup, byKey) -> byKey.forEach(
        (from, change) -> store.changeLookup(lookup, from, change.removed(), change.added())));
  }

  /** The values one lookup key loses and gains. */
  private record LookupChange(Set<String> removed, Set<String> added) {}

  private static LookupChange change(Map<Lookup, NavigableMap<String, LookupChange>> changes, Lookup lookup, String from) {
    return changes.computeIfAbsent(lookup, l -> new TreeMap<>())
        .computeIfAbsent(from, f -> new LookupChange(new HashSet<>(), new HashSet<>()));
  }

  private static EntityKind kindOf(String entityRef) {
    return EntityKind.valueOf(entityRef.substring(0, entityRef.indexOf(':')));
  }

  private static void warn(List<String> warnings, String warning) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(warning);
    }
  }

  private static void report(BuildProgress.Listener progress, String phase, FestReader reader, long started, int entries) {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    progress.onProgress(new BuildProgress(phase, reader.bytesRead(), reader.size(), entries,
        DatasetBuilder.festNames(reader.stats().active()), entries / seconds));
  }

  /** After a failure: closes the derived data if it was opened and not handed over (closing twice is harmless). */
  private static void closeQuietly(Future<DerivedData> opening) {
    try {
      opening.get().close();
    } catch (ExecutionException | IOException | RuntimeException e) {
      // the failure that matters is already being thrown
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** After a failure: lets the worker finish with the copy, then closes it so that its directory can be deleted. */
  private static void closeQuietly(StoreWriter store, Future<StoreWriter> copying, Future<Void> applying) {
    StoreWriter open = store;
    try {
      if (applying != null) {
        applying.get();
      }
    } catch (ExecutionException | RuntimeException e) {
      // the failure that matters is already being thrown
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (open == null) {
      try {
        open = copying.get();
      } catch (ExecutionException | RuntimeException e) {
        open = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        open = null;
      }
    }
    if (open != null) {
      try {
        open.close();
      } catch (RuntimeException e) {
        LOG.debug("closing the store of a failed update", e);
      }
    }
  }
}
