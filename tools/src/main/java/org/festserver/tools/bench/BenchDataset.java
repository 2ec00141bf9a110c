package org.festserver.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.dataset.DatasetLease;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.dataset.DatasetBuilder;

/**
 * A real dataset built from an M30 file into a temporary data directory for a benchmark trial, and a Zipf-like
 * sampler over workload items (rank r drawn with weight 1/(r+1)).
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

  /** Builds and opens a dataset from an M30 file (.xml, .xml.gz or .zip). */
  static BenchDataset load(String festFile) throws Exception {
    Path file = Path.of(festFile);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no M30 file " + file.toAbsolutePath()
          + "; pass one with -p fest=FILE (e.g. from `fest-tools generate --scale 1.0`)");
    }
    Path dir = Files.createTempDirectory("fest-bench");
    DataDirectory data = new DataDirectory(dir);
    DatasetManager manager = DatasetManager.open(data);
    DatasetManifest manifest = new DatasetBuilder(data).buildFull(file, BuildProgress.Listener.NONE);
    manager.activate(manifest.id());
    return new BenchDataset(dir, manager, manager.acquire().orElseThrow());
  }

  /**
   * Builds from {@code fest} when it names a file, else from the {@link SyntheticInteractionCatalog} at this scale
   * and seed (written to a temporary file and deleted after the build).
   */
  static BenchDataset loadOrSynthesize(String fest, double scale, long seed) throws Exception {
    if (fest != null && !fest.isBlank()) {
      return load(fest);
    }
    Path file = Files.createTempFile("fest-synthetic", ".xml");
    try {
      SyntheticInteractionCatalog.generate(SyntheticInteractionCatalog.Sizes.scale(scale), seed).write(file);
      return load(file.toString());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  Dataset dataset() {
    return lease.dataset();
  }

  /** {@code count} items drawn from {@code items} (shuffled with the seed) with Zipf-like weights. */
  static <T> List<T> zipf(List<T> items, int count, long seed) {
    if (items.isEmpty()) {
      throw new IllegalStateException("the dataset gives no workload items");
    }
    List<T> ranked = new ArrayList<>(items);
    Random random = new Random(seed);
    Collections.shuffle(ranked, random);
    double[] cumulative = new double[ranked.size()];
    double sum = 0;
    for (int rank = 0; rank < ranked.size(); rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
    List<T> drawn = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double x = random.nextDouble() * sum;
      int index = java.util.Arrays.binarySearch(cumulative, x);
      drawn.add(ranked.get(index < 0 ? -index - 1 : index));
    }
    return drawn;
  }

  @Override
  public void close() throws IOException {
    lease.close();
    manager.close();
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
