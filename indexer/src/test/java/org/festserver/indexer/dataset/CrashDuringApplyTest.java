package org.festserver.indexer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.festserver.indexer.testing.DatasetContent;
import org.festserver.indexer.testing.M30Text;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.indexer.testing.TestSeeds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during an apply, then a restart: the live dataset is exactly the old or exactly the new one, by content,
 * and no partial dataset remains. A child JVM applies a 2% increment (or a full file) to a copy of a prepared data
 * directory and is killed at a random moment of the apply. Randomized: {@code -Dtests.seed=N} repeats a run.
 */
final class CrashDuringApplyTest {
  private static final int ROUNDS = 6;
  private static final int COPIES = 20;

  @TempDir
  Path temp;

  @Test
  @DisplayName("R-13.1: after kill -9 during an incremental or full apply, the restarted data dir serves the old or the new dataset, whole")
  void aKilledApplyRecoversToTheOldOrTheNewDataset() throws Exception {
    M30Text base = M30Text.resource(TestFiles.REAL_SAMPLE).scaled(COPIES);
    Path baseData = temp.resolve("base-data");
    Path baseFile = base.write(temp.resolve("base.xml"));
    String oldDigest;
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(baseData))) {
      FestLoader.of(manager).loadFull(baseFile, false, BuildProgress.Listener.NONE);
      oldDigest = digest(manager);
    }
    TestSeeds.run(random -> {
      M30Text.Change change = base.randomIncrement(random, "2017-04-20T03:00:00", 0.015, 0.0025, base.entries() / 400);
      Path increment = change.increment().write(temp.resolve("increment.xml"));
      Path full = change.merged().write(temp.resolve("merged.xml"));
      String newDigest = newDigest(baseData, increment);
      assertThat(newDigest).isNotEqualTo(oldDigest);

      long incrementMillis = calibrate(baseData, increment, "INCREMENTAL", newDigest);
      long fullMillis = calibrate(baseData, full, "FULL", fullDigest(full));
      List<String> outcomes = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        Path data = copyTree(baseData, temp.resolve("round-" + round));
        boolean incremental = round % 3 != 2;
        long killAfter = (long) (random.nextDouble() * 1.1 * (incremental ? incrementMillis : fullMillis));
        long finished = runAndKill(data, incremental ? increment : full, incremental ? "INCREMENTAL" : "FULL", killAfter);

        try (DatasetManager restarted = DatasetManager.open(new DataDirectory(data))) {
          String live = digest(restarted);
          String expectedNew = incremental ? newDigest : fullDigest(full);
          assertThat(live).as("round %d (%s, killed after %d ms)", round, incremental ? "increment" : "full", killAfter)
              .isIn(oldDigest, expectedNew);
          assertThat(incomplete(restarted.data())).as("partial datasets after restart").isEmpty();
          outcomes.add((incremental ? "increment" : "full") + " killed at " + killAfter + " ms → "
              + (live.equals(oldDigest) ? "old" : "new") + (finished > 0 ? " (had finished)" : ""));
        }
      }
      System.out.println("CrashDuringApplyTest: an unkilled child applies the increment in " + incrementMillis
          + " ms and the full file in " + fullMillis + " ms; outcomes: " + outcomes);
    });
  }

  private String fullDigestCache;

  /** Runs the child to the end once; returns how long its apply took and checks it produced the new dataset. */
  private long calibrate(Path baseData, Path file, String mode, String expected) throws Exception {
    Path data = copyTree(baseData, temp.resolve("calibrate-" + mode));
    long millis = runAndKill(data, file, mode, -1);
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      assertThat(digest(manager)).as("an unkilled %s apply", mode).isEqualTo(expected);
    }
    return millis;
  }

  private String fullDigest(Path full) throws Exception {
    if (fullDigestCache == null) {
      try (DatasetManager manager = DatasetManager.open(new DataDirectory(temp.resolve("full-reference")))) {
        FestLoader.of(manager).loadFull(full, true, BuildProgress.Listener.NONE);
        fullDigestCache = digest(manager);
      }
    }
    return fullDigestCache;
  }

  private String newDigest(Path baseData, Path increment) throws Exception {
    Path data = copyTree(baseData, temp.resolve("reference"));
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      FestLoader.of(manager).applyIncrement(increment, BuildProgress.Listener.NONE);
      return digest(manager);
    }
  }

  /**
   * Starts the child and kills it {@code killAfter} ms after it starts applying (never when negative); returns how
   * long the apply ran until the child exited (0 when it was killed before).
   */
  private static long runAndKill(Path data, Path file, String mode, long killAfter) throws Exception {
    String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(javaBinary, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        ApplyInChildProcess.class.getName(), data.toString(), file.toString(), mode)
        .redirectErrorStream(true)
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.contains("applying")) {
        // logging before the apply starts
      }
      assertThat(line).as("the child started applying").isNotNull();
      long started = System.nanoTime();
      if (killAfter < 0) {
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("exit code of an unkilled apply").isZero();
        return (System.nanoTime() - started) / 1_000_000;
      }
      Thread.sleep(killAfter);
      long finished = !child.isAlive() && child.exitValue() == 0 ? (System.nanoTime() - started) / 1_000_000 : 0;
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      Thread drain = new Thread(() -> {
        try {
          out.transferTo(java.io.Writer.nullWriter());
        } catch (IOException e) {
          // the child is gone
        }
      });
      drain.start();
      drain.join(5000);
      return finished;
    }
  }

  private static String digest(DatasetManager manager) {
    try (DatasetLease lease = manager.acquire().orElseThrow()) {
      return DatasetContent.of(lease.dataset()).digest();
    }
  }

  private static List<Path> incomplete(DataDirectory data) throws IOException {
    try (Stream<Path> dirs = Files.list(data.datasets())) {
      return dirs.filter(d -> !Files.exists(d.resolve(DataDirectory.MANIFEST))).toList();
    }
  }

  private static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }
}
