package org.festserver.indexer.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.festserver.indexer.store.StoreWriter;

/** Where contributors write: the dataset directory, its store, and the build report. */
public final class BuildOutput {
  private final Path directory;
  private final StoreWriter store;
  private final List<String> referenceProblems = new ArrayList<>();
  private int unresolvedReferences;
  private int luceneDocuments;

  BuildOutput(Path directory, StoreWriter store) {
    this.directory = directory;
    this.store = store;
  }

  public Path directory() {
    return directory;
  }

  public StoreWriter store() {
    return store;
  }

  /** Reports references of one kind that point at nothing in the dataset (a warning, R-3.x). */
  public void reportUnresolved(String summary, int count) {
    referenceProblems.add(summary);
    unresolvedReferences += count;
  }

  public void reportLuceneDocuments(int count) {
    luceneDocuments += count;
  }

  List<String> referenceProblems() {
    return referenceProblems;
  }

  int unresolvedReferences() {
    return unresolvedReferences;
  }

  int luceneDocuments() {
    return luceneDocuments;
  }
}
