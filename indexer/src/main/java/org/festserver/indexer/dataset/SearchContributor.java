package org.festserver.indexer.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.festserver.indexer.search.SearchIndexWriter;
import org.festserver.model.entry.Entry;

/**
 * Feeds the search index writer of a dataset under construction, on a thread of its own: the building thread hands
 * entries over in batches through a small bounded queue, so that analysis and indexing run beside storing and the
 * lookups (the building thread was the busiest of the load). Entries reach the writer in file order.
 */
final class SearchContributor implements DatasetContributor {
  static final String INDEX_DIR = "index";
  private static final int BATCH = 256;
  private static final List<Entry> END = List.of();

  private final SearchIndexWriter writer;
  private final BlockingQueue<List<Entry>> queue = new ArrayBlockingQueue<>(16);
  private final Thread thread;
  private List<Entry> batch = new ArrayList<>(BATCH);
  private volatile Throwable failure;
  private volatile boolean closed;

  SearchContributor(Path datasetDir) throws IOException {
    this(SearchIndexWriter.create(datasetDir.resolve(INDEX_DIR)));
  }

  /** For an update: the index starts from the base dataset's and re-indexes only documents that changed. */
  SearchContributor(Path datasetDir, Path baseDatasetDir) throws IOException {
    this(SearchIndexWriter.update(baseDatasetDir.resolve(INDEX_DIR), datasetDir.resolve(INDEX_DIR)));
  }

  private SearchContributor(SearchIndexWriter writer) {
    this.writer = writer;
    this.thread = new Thread(this::index, "fest-search-feed");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void index() {
    try {
      while (!closed) {
        List<Entry> entries = queue.poll(100, TimeUnit.MILLISECONDS);
        if (entries == END) {
          return;
        }
        if (entries != null && failure == null) {
          for (Entry entry : entries) {
            writer.add(entry);
          }
        }
      }
    } catch (Throwable t) {
      failure = t;
      queue.clear();
    }
  }

  @Override
  public void accept(Entry entry) {
    batch.add(entry);
    if (batch.size() == BATCH) {
      hand(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  private void hand(List<Entry> entries) {
    try {
      while (!queue.offer(entries, 100, TimeUnit.MILLISECONDS)) {
        rethrow();
        if (!thread.isAlive()) {
          throw new IllegalStateException("the search indexing thread has stopped");
        }
      }
      rethrow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    }
  }

  private void rethrow() {
    Throwable t = failure;
    if (t instanceof IOException) {
      throw new UncheckedIOException((IOException) t);
    } else if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    } else if (t instanceof Error) {
      throw (Error) t;
    } else if (t != null) {
      throw new IllegalStateException("indexing failed", t);
    }
  }

  @Override
  public void finish(BuildOutput output) throws IOException {
    if (!batch.isEmpty()) {
      hand(batch);
      batch = new ArrayList<>(0);
    }
    hand(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    }
    rethrow();
    output.reportLuceneDocuments(writer.finish());
  }

  @Override
  public void close() throws IOException {
    closed = true;
    queue.clear();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writer.close();
  }
}
