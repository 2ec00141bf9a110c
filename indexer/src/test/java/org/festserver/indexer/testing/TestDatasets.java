package org.festserver.indexer.testing;

import java.nio.file.Path;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;

/** Builds real datasets (MapDB + Lucene on a temp dir) from M30 files for tests. */
public final class TestDatasets {
  private TestDatasets() {}

  /**
   * Loads a full M30 file into a new data directory under {@code dataDir} and returns the open manager with it live.
   * The caller closes the manager.
   */
  public static DatasetManager load(Path file, Path dataDir) {
    try {
      DataDirectory data = new DataDirectory(dataDir);
      DatasetManager manager = DatasetManager.open(data);
      DatasetManifest manifest = new DatasetBuilder(data).buildFull(file, BuildProgress.Listener.NONE);
      manager.activate(manifest.id());
      return manager;
    } catch (Exception e) {
      throw new IllegalStateException("cannot load test dataset " + file, e);
    }
  }
}
