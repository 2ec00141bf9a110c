package org.festserver.indexer.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.festserver.indexer.search.SearchIndex;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.RecordCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opened, complete dataset: its manifest, store and search index, plus structures derived from it on first use
 * (e.g. an interaction index), which live and die with it. Reference-counted: the manager holds one reference while
 * the dataset is live, each reader one while it works; the last release closes the files.
 */
public final class Dataset {
  private static final Logger LOG = LoggerFactory.getLogger(Dataset.class);

  private final DatasetManifest manifest;
  private final Path directory;
  private final EntityStore store;
  private final SearchIndex search;
  private final ConcurrentHashMap<Object, Object> derived = new ConcurrentHashMap<>();
  private final AtomicInteger references = new AtomicInteger(1);

  private Dataset(DatasetManifest manifest, Path directory, EntityStore store, SearchIndex search) {
    this.manifest = manifest;
    this.directory = directory;
    this.store = store;
    this.search = search;
  }

  /** Opens a complete dataset directory; the caller owns the first reference. */
  static Dataset open(DatasetManifest manifest, Path directory, RecordCodec codec) throws IOException {
    EntityStore store = EntityStore.open(directory, codec);
    try {
      return new Dataset(manifest, directory, store, SearchIndex.open(directory.resolve(SearchContributor.INDEX_DIR)));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public DatasetManifest manifest() {
    return manifest;
  }

  public String id() {
    return manifest.id();
  }

  public Path directory() {
    return directory;
  }

  public EntityStore store() {
    return store;
  }

  public SearchIndex search() {
    return search;
  }

  /**
   * A structure derived from this dataset, computed once on first use and kept until the dataset closes. Keyed by
   * its class; the factory must not ask for other derived structures of the same key. Callers that ask while it is
   * being computed (e.g. two warmers running in parallel) wait for that computation instead of repeating it; when the
   * factory fails, the failure is thrown to every waiting caller and the next call tries again.
   */
  public <T> T derived(Class<T> type, Function<Dataset, T> factory) {
    Object value = derived.get(type);
    if (value == null) {
      FutureTask<T> task = new FutureTask<>(() -> factory.apply(this));
      value = derived.putIfAbsent(type, task);
      if (value == null) {
        value = task;
        task.run();
      }
    }
    if (value instanceof FutureTask) {
      FutureTask<?> task = (FutureTask<?>) value;
      try {
        Object computed = uninterruptibly(task);
        derived.replace(type, task, computed);
        value = computed;
      } catch (ExecutionException e) {
        derived.remove(type, task);
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IllegalStateException("computing " + type.getSimpleName() + " failed", cause);
      }
    }
    return type.cast(value);
  }

  private static Object uninterruptibly(FutureTask<?> task) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Takes a reference unless the dataset is already closed. */
  boolean tryAcquire() {
    while (true) {
      int count = references.get();
      if (count <= 0) {
        return false;
      }
      if (references.compareAndSet(count, count + 1)) {
        return true;
      }
    }
  }

  /** Gives a reference back; the last one closes the files. */
  void release() {
    if (references.decrementAndGet() == 0) {
      try {
        search.close();
      } catch (IOException e) {
        LOG.warn("closing the search index of dataset {} failed", id(), e);
      }
      store.close();
      LOG.info("dataset {} closed", id());
    }
  }
}
