package org.festserver.indexer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.festserver.indexer.testing.DatasetContent;
import org.festserver.indexer.testing.M30Text;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.indexer.testing.TestSeeds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental update gives exactly the dataset a full load of the merged data gives: same entities,
 * lookups, search documents (in order) and reference report. Randomized: {@code -Dtests.seed=N} repeats a run.
 */
final class IncrementEquivalenceTest {
  @TempDir
  Path temp;

  @Test
  @DisplayName("R-13.1: full(base) + random increments == full(merged), for a chain of three increments")
  void chainedRandomIncrementsEqualFullLoadsOfTheMergedFiles() throws Exception {
    TestSeeds.run(random -> {
      M30Text base = M30Text.resource(TestFiles.REAL_SAMPLE);
      try (DatasetManager updated = DatasetManager.open(new DataDirectory(temp.resolve("updated")))) {
        FestLoader loader = FestLoader.of(updated);
        loader.loadFull(base.write(temp.resolve("base.xml")), false, BuildProgress.Listener.NONE);
        M30Text current = base;
        for (int round = 1; round <= 3; round++) {
          String hentetDato = "2017-04-1" + (2 + round) + "T03:00:00";
          M30Text.Change change = current.randomIncrement(random, hentetDato, 0.05, 0.03, 6);
          Path incrementFile = change.increment().write(temp.resolve("increment-" + round + ".xml"));
          IncrementResult result = loader.applyIncrement(incrementFile, BuildProgress.Listener.NONE);

          // a changed entity keyed by its entry id (alerts, reimbursement bases, ...) is a new entity plus an expired one
          assertThat(result.replaced() + result.added()).as("A entries").isEqualTo(change.changed() + change.added());
          assertThat(result.replaced() + result.expired()).as("matched U entries").isEqualTo(change.changed() + change.expired());
          assertThat(result.unmatchedExpirations()).as("unmatched").isEqualTo(change.unmatched());
          assertThat(result.manifest().mode()).isEqualTo("incremental");

          DatasetContent incremental = contentOfLive(updated);
          DatasetContent full = fullLoadContent(change.merged().write(temp.resolve("merged-" + round + ".xml")),
              temp.resolve("full-" + round));
          assertThat(incremental).isEqualTo(full);
          current = change.merged();
        }
      }
    });
  }

  static DatasetContent contentOfLive(DatasetManager manager) {
    try (DatasetLease lease = manager.acquire().orElseThrow()) {
      return DatasetContent.of(lease.dataset());
    }
  }

  static DatasetContent fullLoadContent(Path file, Path dataDir) throws Exception {
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(dataDir))) {
      FestLoader.of(manager).loadFull(file, true, BuildProgress.Listener.NONE);
      return contentOfLive(manager);
    }
  }
}
