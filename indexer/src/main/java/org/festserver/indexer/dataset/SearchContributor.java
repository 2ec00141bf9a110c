package org.festserver.indexer.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.festserver.indexer.search.SearchIndexWriter;
import org.festserver.model.entry.Entry;

/** Feeds the search index writer of a dataset under construction. */
final class SearchContributor implements DatasetContributor {
  static final String INDEX_DIR = "index";

  private final SearchIndexWriter writer;

  SearchContributor(Path datasetDir) throws IOException {
    this.writer = SearchIndexWriter.create(datasetDir.resolve(INDEX_DIR));
  }

  /** For an update: the index starts from the base dataset's and re-indexes only documents that changed. */
  SearchContributor(Path datasetDir, Path baseDatasetDir) throws IOException {
    this.writer = SearchIndexWriter.update(baseDatasetDir.resolve(INDEX_DIR), datasetDir.resolve(INDEX_DIR));
  }

  @Override
  public void accept(Entry entry) {
    try {
      writer.add(entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(BuildOutput output) throws IOException {
    output.reportLuceneDocuments(writer.finish());
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
