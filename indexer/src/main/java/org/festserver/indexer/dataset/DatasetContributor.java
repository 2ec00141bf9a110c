package org.festserver.indexer.dataset;

import java.io.IOException;
import org.festserver.model.entry.Entry;

/**
 * Derives something from the entities of a dataset while it is built: a lookup, the search index, a validation.
 * A dataset's derived data is a function of its entities alone, so a full load and an incremental update feed the
 * same contributors and get the same result.
 */
public interface DatasetContributor extends AutoCloseable {

  /** Sees one active entry (with its envelope and entity). Called in file order, on one thread. */
  void accept(Entry entry);

  /** Writes what was derived, after the last entry. */
  void finish(BuildOutput output) throws IOException;

  /** Releases resources; after a failed build, discards what was written. */
  @Override
  default void close() throws IOException {}
}
