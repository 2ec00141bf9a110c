package org.festserver.indexer.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.ingest.IncrementScan;
import org.festserver.indexer.ingest.IngestLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes M30 files live: a full file through {@link DatasetBuilder} and {@link LoadPolicy}, an increment through
 * {@link DatasetUpdater} on top of the live dataset; either way the result goes live through
 * {@link DatasetManager#activate(String)}. Not thread-safe: one writer (the server's job runner, or the
 * {@code load} command) calls it at a time.
 */
public final class FestLoader {
  private static final Logger LOG = LoggerFactory.getLogger(FestLoader.class);

  private final DatasetManager manager;
  private final DatasetBuilder builder;
  private final DatasetUpdater updater;

  public FestLoader(DatasetManager manager, DatasetBuilder builder, DatasetUpdater updater) {
    this.manager = manager;
    this.builder = builder;
    this.updater = updater;
  }

  /** A loader with default builder and updater on the manager's data directory. */
  public static FestLoader of(DatasetManager manager) {
    return new FestLoader(manager, new DatasetBuilder(manager.data()), new DatasetUpdater(manager.data()));
  }

  /** How an M30 file changes the live dataset. */
  public enum Mode {
    /** A complete extract that replaces the live dataset. */
    FULL,
    /** Changes since an earlier extract, applied on top of the live dataset. */
    INCREMENTAL;

    /**
     * Tells the mode from the content: a file with any expired entry (status U) is an increment, others are full.
     * An increment that only adds entries looks like a full file; loaded as one, it is refused as
     * {@code catalog-shrunk} by {@link LoadPolicy}, so say the mode explicitly for those.
     *
     * @throws FestFormatException when the file is not well-formed
     */
    public static Mode detect(Path file) throws IOException, FestFormatException {
      return IncrementScan.hasExpiredEntries(file, IngestLimits.DEFAULT) ? INCREMENTAL : FULL;
    }
  }

  /**
   * Builds a dataset from a full file and makes it live.
   *
   * @param force skip the {@link LoadPolicy} checks (older HentetDato, a catalog shrunk below 80%)
   * @return the manifest of the dataset now live
   * @throws FestFormatException when the file is not a readable M30 message
   * @throws DatasetRejectedException when it is not a valid dataset or the policy refuses it
   * @throws IOException when the data directory cannot be written or the switch fails; the live dataset stays
   */
  public DatasetManifest loadFull(Path file, boolean force, BuildProgress.Listener progress)
      throws FestFormatException, DatasetRejectedException, IOException {
    DatasetManifest manifest;
    try {
      manifest = builder.buildFull(file, progress, LoadPolicy.against(manager.liveManifest(), force));
    } catch (InternalError e) {
      throw mappedWriteFailed(e);
    }
    activate(manifest, progress);
    return manifest;
  }

  /**
   * Applies an increment to the live dataset and makes the result live.
   *
   * @return the manifest of the dataset now live and what changed
   * @throws FestFormatException when the file is not a readable M30 message
   * @throws DatasetRejectedException {@code no-base-dataset} without a live dataset, {@code stale-extract} when
   *     the increment is not newer than the live dataset, {@code entry-errors} when entries are unusable
   * @throws IOException when the data directory cannot be written or the switch fails; the live dataset stays
   */
  public IncrementResult applyIncrement(Path file, BuildProgress.Listener progress)
      throws FestFormatException, DatasetRejectedException, IOException {
    Optional<DatasetLease> lease = manager.acquire();
    if (lease.isEmpty()) {
      throw new DatasetRejectedException("no-base-dataset",
          "an increment applies to the live dataset, and there is none yet; load a full file first", List.of());
    }
    try (DatasetLease base = lease.get()) {
      IncrementResult result;
      try {
        result = updater.applyIncrement(base.dataset(), file, progress);
      } catch (InternalError e) {
        throw mappedWriteFailed(e);
      }
      activate(result.manifest(), progress);
      return result;
    }
  }

  /** Loads a file in the given mode. */
  public DatasetManifest load(Path file, Mode mode, boolean force, BuildProgress.Listener progress)
      throws FestFormatException, DatasetRejectedException, IOException {
    return mode == Mode.INCREMENTAL ? applyIncrement(file, progress).manifest() : loadFull(file, force, progress);
  }

  /**
   * A write to a memory-mapped file of a new dataset faulted — the JVM reports SIGBUS, typically the disk filling
   * up, as this InternalError. Only the new dataset's files were being written (its directory is already removed);
   * the live dataset is untouched, so this is an I/O failure of the load, not of the process.
   */
  static IOException mappedWriteFailed(InternalError e) {
    if (e.getMessage() == null || !e.getMessage().contains("unsafe memory access")) {
      throw e;
    }
    return new IOException("writing the new dataset failed: the data directory's disk is full or failed"
        + " (a memory-mapped write faulted); the live dataset is unchanged", e);
  }

  private void activate(DatasetManifest manifest, BuildProgress.Listener progress) throws IOException {
    progress.onProgress(new BuildProgress("switching", manifest.sourceSize(), manifest.sourceSize(),
        manifest.totalEntities(), manifest.counts(), 0));
    try {
      manager.activate(manifest.id());
    } catch (IOException | RuntimeException e) {
      if (!manager.data().readCurrent().map(manifest.id()::equals).orElse(false)) {
        LOG.warn("dataset {} could not go live ({}); deleting it", manifest.id(), e.toString());
        DataDirectory.deleteTree(manager.data().dataset(manifest.id()));
      }
      throw e;
    }
  }
}
