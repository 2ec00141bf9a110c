package org.festserver.indexer.dataset;

/**
 * A reader's hold on the live dataset: the dataset stays open until the lease is closed, even when another dataset
 * goes live meanwhile. Use with try-with-resources.
 */
public final class DatasetLease implements AutoCloseable {
  private final Dataset dataset;
  private boolean closed;

  DatasetLease(Dataset dataset) {
    this.dataset = dataset;
  }

  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      dataset.release();
    }
  }
}
