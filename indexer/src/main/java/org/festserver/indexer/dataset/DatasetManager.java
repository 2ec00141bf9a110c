package org.festserver.indexer.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.festserver.indexer.store.RecordCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the live dataset and switches it atomically.
 */
public final class DatasetManager implements Closeable {
  /*
   * Implementation notes. States of a dataset directory: building (no manifest), complete (manifest written last,
   * synced), live (named by the `current` pointer), retired (no longer live, closed when its last reader leaves).
   * Invariant: readers never see a partly written dataset — a dataset is opened only when complete, and going live is
   * one atomic rename of the pointer plus one AtomicReference swap. After a crash at any moment, `current` names the
   * old or the new complete dataset; an incomplete directory is deleted at the next start. When the pointer names a
   * dataset that cannot be opened (corrupt file), the newest other complete dataset is served instead and the pointer
   * is repaired.
   */
  private static final Logger LOG = LoggerFactory.getLogger(DatasetManager.class);
  /** Warmers run on one daemon thread per core: they are independent, and a restart waits for all of them. */
  private static final ExecutorService WARMING = Executors.newFixedThreadPool(
      Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
        Thread thread = new Thread(runnable, "fest-warmer");
        thread.setDaemon(true);
        return thread;
      });
  /** Complete datasets kept on disk: the live one and the one before it (for rollback). */
  private static final int KEEP = 2;

  private final DataDirectory data;
  private final RecordCodec codec;
  private final FailurePoint.Injector failures;
  private final AtomicReference<Dataset> live = new AtomicReference<>();
  private final List<Consumer<Dataset>> preparers = new CopyOnWriteArrayList<>();
  private final List<Consumer<Dataset>> warmers = new CopyOnWriteArrayList<>();
  private final List<CompletableFuture<Void>> pendingWarmers = new CopyOnWriteArrayList<>();
  private final List<Consumer<DatasetManifest>> switchListeners = new CopyOnWriteArrayList<>();

  private DatasetManager(DataDirectory data, RecordCodec codec, FailurePoint.Injector failures) {
    this.data = data;
    this.codec = codec;
    this.failures = failures;
  }

  /**
   * Opens the data directory and the dataset that was live when the process stopped, if any.
   *
   * @throws IOException when the data directory cannot be read or created
   */
  public static DatasetManager open(DataDirectory data, RecordCodec codec, FailurePoint.Injector failures) throws IOException {
    DatasetManager manager = new DatasetManager(data, codec, failures);
    manager.openLastLive();
    return manager;
  }

  public static DatasetManager open(DataDirectory data) throws IOException {
    return open(data, new RecordCodec(), FailurePoint.Injector.NONE);
  }

  private void openLastLive() throws IOException {
    List<String> candidates = new ArrayList<>();
    Optional<String> current = data.readCurrent();
    current.ifPresent(candidates::add);
    for (String id : data.completeDatasets()) {
      if (!candidates.contains(id)) {
        candidates.add(id);
      }
    }
    for (String id : candidates) {
      Optional<DatasetManifest> manifest = data.readManifest(id);
      if (manifest.isEmpty()) {
        LOG.warn("dataset {} named by the current pointer is incomplete; ignoring it", id);
        continue;
      }
      try {
        Dataset dataset = Dataset.open(manifest.get(), data.dataset(id), codec);
        live.set(dataset);
        if (current.isEmpty() || !current.get().equals(id)) {
          LOG.warn("serving dataset {} instead of {}; repairing the current pointer", id, current.orElse("(none)"));
          data.writeCurrent(id);
        }
        LOG.info("serving dataset {} (HentetDato {})", id, manifest.get().hentetDato());
        break;
      } catch (IOException | RuntimeException e) {
        LOG.error("dataset {} cannot be opened ({}); trying an older one", id, e.toString());
      }
    }
    Dataset opened = live.get();
    data.cleanUp(KEEP, opened == null ? List.of() : List.of(opened.id()), true);
  }

  /**
   * Runs on every dataset before its warmers start, on the calling thread: cheap set-up the warmers rely on (e.g.
   * where the caches they create count their hits). On the dataset already live it runs at once. Add preparers
   * before warmers.
   */
  public void addPreparer(Consumer<Dataset> preparer) {
    preparers.add(preparer);
    Dataset current = live.get();
    if (current != null) {
      preparer.accept(current);
    }
  }

  /**
   * Runs on every dataset before it goes live, e.g. to precompute an index; failures abort the switch. On the dataset
   * already live it runs at once, in the background alongside the other warmers added so (so that a restart uses
   * both cores); {@link #awaitWarmers()} waits for them.
   */
  public void addWarmer(Consumer<Dataset> warmer) {
    warmers.add(warmer);
    Dataset current = live.get();
    if (current != null) {
      pendingWarmers.add(CompletableFuture.runAsync(() -> warmer.accept(current), WARMING));
    }
  }

  /**
   * Waits for the warmers started by {@link #addWarmer} on the live dataset.
   *
   * @throws RuntimeException the first warmer's failure
   */
  public void awaitWarmers() {
    List<CompletableFuture<Void>> pending = new ArrayList<>(pendingWarmers);
    pendingWarmers.removeAll(pending);
    join(pending);
  }

  /** Runs the preparers, then every warmer on a dataset in parallel, and waits for all of them. */
  private void warm(Dataset dataset) {
    preparers.forEach(preparer -> preparer.accept(dataset));
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (Consumer<Dataset> warmer : warmers) {
      running.add(CompletableFuture.runAsync(() -> warmer.accept(dataset), WARMING));
    }
    join(running);
  }

  private static void join(List<CompletableFuture<Void>> futures) {
    RuntimeException first = null;
    for (CompletableFuture<Void> future : futures) {
      try {
        future.join();
      } catch (CompletionException e) {
        if (first == null) {
          first = e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Runs after every switch with the manifest of the dataset now live, e.g. to empty a response cache that is not
   * kept on the dataset itself. A failing listener is logged; the switch stands.
   */
  public void addSwitchListener(Consumer<DatasetManifest> listener) {
    switchListeners.add(listener);
  }

  /** A hold on the live dataset, or empty when there is none yet. Close it when done. */
  public Optional<DatasetLease> acquire() {
    while (true) {
      Dataset dataset = live.get();
      if (dataset == null) {
        return Optional.empty();
      }
      if (dataset.tryAcquire()) {
        return Optional.of(new DatasetLease(dataset));
      }
      // retired between get and acquire: the next read sees its successor
    }
  }

  /** The manifest of the live dataset, if any. */
  public Optional<DatasetManifest> liveManifest() {
    Dataset dataset = live.get();
    return dataset == null ? Optional.empty() : Optional.of(dataset.manifest());
  }

  /**
   * Makes a complete dataset live: opens and warms it, points {@code current} at it, swaps it in, and retires the
   * previous one (closed when its last reader leaves).
   *
   * @throws IOException when the dataset cannot be opened or the pointer cannot be written; the old one stays live
   */
  public synchronized void activate(String id) throws IOException {
    DatasetManifest manifest = data.readManifest(id)
        .orElseThrow(() -> new IOException("dataset " + id + " is not complete"));
    Dataset next = Dataset.open(manifest, data.dataset(id), codec);
    try {
      warm(next);
      failures.at(FailurePoint.SWITCH);
      data.writeCurrent(id);
    } catch (IOException | RuntimeException e) {
      next.release();
      throw e;
    }
    Dataset previous = live.getAndSet(next);
    if (previous != null) {
      previous.release();
    }
    LOG.info("dataset {} is live (HentetDato {}){}", id, manifest.hentetDato(),
        previous == null ? "" : ", replacing " + previous.id());
    for (Consumer<DatasetManifest> listener : switchListeners) {
      try {
        listener.accept(manifest);
      } catch (RuntimeException e) {
        LOG.error("a switch listener failed after dataset {} went live", id, e);
      }
    }
    try {
      data.cleanUp(KEEP, List.of(id), false);
    } catch (IOException e) {
      LOG.warn("cleaning up old datasets failed", e);
    }
  }

  public DataDirectory data() {
    return data;
  }

  @Override
  public void close() {
    Dataset dataset = live.getAndSet(null);
    if (dataset != null) {
      dataset.release();
    }
  }
}
