package org.festserver.indexer.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NavigableMap;
import org.festserver.indexer.store.RecordCodec;
import org.festserver.model.entry.Entry;

/**
 * What a dataset derives from all of its entities at once — the search index and the reference report — built by
 * replaying every entity in canonical order ({@link EntityReplay}). Full loads and incremental updates both use it,
 * so their derived data is the same for the same entities. A new contributor that needs the whole dataset belongs
 * here; one whose values depend on each entity alone can instead be updated entry by entry, like
 * {@link LookupContributor}.
 */
final class DerivedData implements Closeable {
  private final List<DatasetContributor> contributors;

  /** For a full build. */
  DerivedData(Path datasetDir) throws IOException {
    this.contributors = List.of(new ReferenceCheck(), new SearchContributor(datasetDir));
  }

  /** For an update of {@code baseDatasetDir}: the search index re-indexes only the documents that changed. */
  DerivedData(Path datasetDir, Path baseDatasetDir) throws IOException {
    this.contributors = List.of(new ReferenceCheck(), new SearchContributor(datasetDir, baseDatasetDir));
  }

  /** Feeds every entity of {@code source} as changed by {@code overlay}; returns how many. */
  int replay(EntityReplay.Source source, NavigableMap<String, Entry> overlay, RecordCodec codec,
      EntityReplay.Progress progress) throws IOException {
    return EntityReplay.run(source, overlay, codec, contributors, progress);
  }

  /** Writes what was derived into the dataset directory and the build report. */
  void finish(BuildOutput output, FailurePoint.Injector failures) throws IOException {
    for (DatasetContributor contributor : contributors) {
      if (contributor instanceof SearchContributor) {
        failures.at(FailurePoint.WRITE_INDEX);
      }
      contributor.finish(output);
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (DatasetContributor contributor : contributors) {
      try {
        contributor.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
