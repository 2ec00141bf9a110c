package org.festserver.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetLease;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.server.interaction.InteractionIndex;

/**
 * A live dataset in a temporary directory for benchmarks, built by the real {@link DatasetBuilder} from an M30 file
 * (the synthetic catalog, or a given file), with the interaction index warmed as the server does.
 */
final class BenchDataset implements AutoCloseable {
  private final Path dir;
  private final DatasetManager manager;
  private final DatasetLease lease;

  private BenchDataset(Path dir, DatasetManager manager, DatasetLease lease) {
    this.dir = dir;
    this.manager = manager;
    this.lease = lease;
  }

  /** Builds from {@code fest} when it names a file, else from the synthetic catalog at this scale and seed. */
  static BenchDataset open(String fest, double scale, long seed) throws Exception {
    Path dir = Files.createTempDirectory("fest-bench");
    Path file;
    if (fest == null || fest.isBlank()) {
      file = dir.resolve("synthetic.xml");
      SyntheticInteractionCatalog.generate(SyntheticInteractionCatalog.Sizes.scale(scale), seed).write(file);
    } else {
      file = Path.of(fest);
    }
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    DatasetManager manager = DatasetManager.open(data);
    DatasetManifest manifest = new DatasetBuilder(data).buildFull(file, BuildProgress.Listener.NONE);
    manager.addWarmer(InteractionIndex::warm);
    manager.activate(manifest.id());
    return new BenchDataset(dir, manager, manager.acquire().orElseThrow());
  }

  Dataset dataset() {
    return lease.dataset();
  }

  @Override
  public void close() throws IOException {
    lease.close();
    manager.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
