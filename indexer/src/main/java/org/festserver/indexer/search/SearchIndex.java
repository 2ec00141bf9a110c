package org.festserver.indexer.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/** A finished dataset's search index, opened read-only; one searcher serves all threads. */
public final class SearchIndex implements Closeable {
  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private SearchIndex(FSDirectory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens the index in a directory.
   *
   * @throws IOException when it is missing or corrupt
   */
  public static SearchIndex open(Path indexDir) throws IOException {
    FSDirectory directory = FSDirectory.open(indexDir);
    try {
      return new SearchIndex(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public int documents() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
