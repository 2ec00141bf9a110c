package org.festserver.indexer.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.ingest.EntryPipeline;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.ingest.FestReader;
import org.festserver.indexer.ingest.IngestLimits;
import org.festserver.indexer.ingest.IngestStats;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.indexer.store.RecordCodec;
import org.festserver.indexer.store.StoreWriter;
import org.festserver.model.entry.Catalog;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new dataset directory from a full M30 file: streams the entries into the store and through the
 * contributors (lookups, search index, reference check), validates, and writes the manifest that completes it. The
 * live dataset is not touched; {@link DatasetManager#activate(String)} switches to the result.
 */
public final class DatasetBuilder {
  /*
   * Implementation notes. Reading (StAX + binding + mapping) runs on its own thread (EntryPipeline) and hands over
   * batches of entries; storing, lookups and indexing run on the calling thread, so the two overlap on two cores.
   * The reader's statistics are read only after its thread has ended. Validation: entry errors, expired entries in a
   * full file and duplicate keys reject the file; unresolved references are reported in the manifest.
   */
  private static final Logger LOG = LoggerFactory.getLogger(DatasetBuilder.class);
  private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;
  /** Problems (expired or duplicate entries) after which a full load stops reading: the file is refused anyway. */
  static final int MAX_PROBLEMS = 100;

  private final DataDirectory data;
  private final RecordCodec codec;
  private final IngestLimits limits;
  private final FailurePoint.Injector failures;
  private final Clock clock;

  public DatasetBuilder(DataDirectory data, RecordCodec codec, IngestLimits limits, FailurePoint.Injector failures, Clock clock) {
    this.data = data;
    this.codec = codec;
    this.limits = limits;
    this.failures = failures;
    this.clock = clock;
  }

  public DatasetBuilder(DataDirectory data) {
    this(data, new RecordCodec(), IngestLimits.DEFAULT, FailurePoint.Injector.NONE, Clock.systemUTC());
  }

  /**
   * Builds a complete dataset from a full M30 file.
   *
   * @return the manifest of the new dataset (not yet live)
   * @throws FestFormatException when the file is not a readable M30 message
   * @throws DatasetRejectedException when it is readable but not a valid full dataset
   * @throws IOException when the data directory cannot be written
   */
  public DatasetManifest buildFull(Path file, BuildProgress.Listener progress)
      throws FestFormatException, DatasetRejectedException, IOException {
    return buildFull(file, progress, BuildCheck.NONE);
  }

  /**
   * Builds a complete dataset from a full M30 file unless {@code check} refuses it. Entities and lookups are written
   * as the file is read; the search index and the reference report are then derived by replaying the stored
   * entities in canonical order ({@link DerivedData}), exactly as {@link DatasetUpdater} derives them.
   *
   * @return the manifest of the new dataset (not yet live)
   * @throws FestFormatException when the file is not a readable M30 message
   * @throws DatasetRejectedException when it is readable but not a valid full dataset, or {@code check} refused it
   * @throws IOException when the data directory cannot be written
   */
  public DatasetManifest buildFull(Path file, BuildProgress.Listener progress, BuildCheck check)
      throws FestFormatException, DatasetRejectedException, IOException {
    long started = System.nanoTime();
    Path dir = data.createDatasetDirectory();
    String id = dir.getFileName().toString();
    boolean complete = false;
    try (FestReader reader = FestReader.open(file, limits)) {
      LOG.info("building dataset {} from {} (HentetDato {}, FEST {})", id, reader.name(), reader.hentetDato(),
          reader.version().label());
      check.header(reader.hentetDato());
      Build build = new Build(reader, progress, started);
      StoreWriter store = StoreWriter.create(dir, codec);
      BuildOutput output = new BuildOutput(dir, store);
      try (DerivedData derived = new DerivedData(dir)) {
        LookupContributor lookups = new LookupContributor();
        build.readAll(store, List.of(lookups));
        IngestStats stats = reader.stats();
        List<String> problems = new ArrayList<>(stats.errors());
        problems.addAll(build.problems);
        int problemCount = stats.errorCount() + build.problems.size();
        if (problemCount > 0) {
          throw new DatasetRejectedException("entry-errors", reader.name() + ": " + problemCount
              + " entries could not be used; the dataset was not loaded", problems.subList(0, Math.min(problems.size(), 100)));
        }
        if (build.entries == 0) {
          throw new DatasetRejectedException("no-entries", reader.name() + " has no entries", List.of());
        }
        build.report("indexing");
        long indexing = System.nanoTime();
        failures.at(FailurePoint.WRITE_LOOKUPS);
        lookups.finish(output);
        derived.replay(EntityReplay.Source.of(store), Collections.emptyNavigableMap(), codec, EntityReplay.Progress.NONE);
        derived.finish(output, failures);
        LOG.info("dataset {}: read and stored in {} ms, indexed in {} ms", id, (indexing - started) / 1_000_000,
            (System.nanoTime() - indexing) / 1_000_000);
      } finally {
        store.close();
      }
      Map<String, Integer> counts = verifyCounts(dir, build.counts, codec);
      DatasetManifest manifest = new DatasetManifest(
          DatasetManifest.FORMAT_VERSION,
          id,
          reader.hentetDato(),
          reader.version().label(),
          "full",
          null,
          reader.name(),
          reader.size(),
          Instant.now(clock),
          (System.nanoTime() - started) / 1_000_000,
          counts,
          output.luceneDocuments(),
          reader.stats().unknownElements(),
          festNames(reader.stats().skippedEntries()),
          output.unresolvedReferences(),
          output.referenceProblems());
      build.report("validated");
      check.complete(manifest);
      failures.at(FailurePoint.WRITE_MANIFEST);
      data.writeManifest(dir, manifest);
      complete = true;
      LOG.info("dataset {} complete: {} entities, {} unknown elements, {} unresolved references, {} ms", id,
          manifest.totalEntities(), reader.stats().unknownElementTotal(), manifest.unresolvedReferences(), manifest.buildMillis());
      return manifest;
    } finally {
      if (!complete) {
        DataDirectory.deleteTree(dir);
      }
    }
  }

  /** The consuming side of one build: stores entries, feeds contributors, counts and reports progress. */
  private final class Build {
    final FestReader reader;
    final BuildProgress.Listener progress;
    final long started;
    final Map<EntityKind, Integer> counts = new EnumMap<>(EntityKind.class);
    final List<String> problems = new ArrayList<>();
    int entries;

    Build(FestReader reader, BuildProgress.Listener progress, long started) {
      this.reader = reader;
      this.progress = progress;
      this.started = started;
    }

    void readAll(StoreWriter store, List<DatasetContributor> contributors)
        throws FestFormatException, DatasetRejectedException, IOException {
      long lastReport = System.nanoTime();
      report("reading");
      // Records are encoded on the reading thread, which has time to spare, so that the two cores share the work.
      try (EntryPipeline pipeline = new EntryPipeline(reader, e -> e.active() ? codec.encode(e.entity()) : null)) {
        EntryPipeline.Prepared prepared;
        while ((prepared = pipeline.next()) != null) {
          failures.at(FailurePoint.PARSE);
          entries++;
          accept(prepared.entry(), prepared.encoded(), store, contributors);
          if (problems.size() > MAX_PROBLEMS) {
            // the file is refused anyway; stop instead of reading (and keeping) problems to its end
            throw new DatasetRejectedException("entry-errors", reader.name() + ": more than " + MAX_PROBLEMS
                + " entries could not be used (stopped reading after " + entries + " entries); the dataset was not loaded",
                problems.subList(0, MAX_PROBLEMS));
          }
          long now = System.nanoTime();
          if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
            lastReport = now;
            report("reading");
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while loading " + reader.name(), e);
      }
    }

    private void accept(Entry entry, byte[] encoded, StoreWriter store, List<DatasetContributor> contributors) {
      if (!entry.active()) {
        problems.add(entry.catalog().entryElement() + " " + entry.header().entryId()
            + ": status U (expired) in a full file; expired entries come only in increments");
        return;
      }
      if (!store.putIfAbsent(entry.entity(), encoded)) {
        problems.add(entry.entity().kind().festName() + " " + entry.entity().key() + " (entry "
            + entry.header().entryId() + ") appears more than once");
        return;
      }
      counts.merge(entry.entity().kind(), 1, Integer::sum);
      for (DatasetContributor contributor : contributors) {
        contributor.accept(entry);
      }
    }

    void report(String phase) {
      double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
      progress.onProgress(new BuildProgress(phase, reader.bytesRead(), reader.size(), entries, festNames(counts),
          entries / seconds));
    }
  }

  /**
   * Re-reads the finished store and checks it holds exactly the expected entities per kind, each with its entry id;
   * returns the counts by FEST name.
   */
  static Map<String, Integer> verifyCounts(Path dir, Map<EntityKind, Integer> expected, RecordCodec codec)
      throws DatasetRejectedException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> mismatches = new ArrayList<>();
    int total = 0;
    try (EntityStore store = EntityStore.open(dir, codec)) {
      for (EntityKind kind : EntityKind.values()) {
        int stored = store.count(kind);
        int wanted = expected.getOrDefault(kind, 0);
        if (stored != wanted) {
          mismatches.add(kind.festName() + ": expected " + wanted + ", stored " + stored);
        }
        counts.put(kind.festName(), stored);
        total += stored;
      }
      int withEntryIds = store.lookupSize(Lookup.ENTRY_ID_BY_ENTITY);
      if (withEntryIds != total) {
        mismatches.add(total + " entities stored but " + withEntryIds + " with an entry id");
      }
    }
    if (!mismatches.isEmpty()) {
      throw new DatasetRejectedException("count-mismatch", "the stored dataset does not match its source", mismatches);
    }
    return counts;
  }

  static <K extends Enum<K>> Map<String, Integer> festNames(Map<K, Integer> byKind) {
    Map<String, Integer> names = new LinkedHashMap<>();
    byKind.forEach((key, count) -> names.put(
        key instanceof EntityKind ? ((EntityKind) key).festName() : ((Catalog) key).element(), count));
    return names;
  }
}
