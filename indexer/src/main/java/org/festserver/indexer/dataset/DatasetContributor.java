package org.festserver.indexer.dataset;

import java.io.IOException;
import org.festserver.model.entry.Entry;

/**
 * Derives something from the entities of a dataset while it is built: a lookup, the search index, a validation.
 * A dataset's derived data is a function of its entities alone, so a full load and an incremental update feed the
 * same contributors and get the same result: {@link LookupContributor} (values of one entry each) sees entries as
 * they are read and is updated entry by entry by {@link DatasetUpdater}; the contributors of {@link DerivedData}
 * (which join across entities) see every entity of the dataset replayed in {@code KIND:key} order.
 */
public interface DatasetContributor extends AutoCloseable {

  /**
   * Sees one active entry (with its envelope and entity), on one thread: in file order while reading, or in
   * {@code KIND:key} order in a replay, where the envelope has the entry id but no registration time.
   */
  void accept(Entry entry);

  /** Writes what was derived, after the last entry. */
  void finish(BuildOutput output) throws IOException;

  /** Releases resources; after a failed build, discards what was written. */
  @Override
  default void close() throws IOException {}
}
