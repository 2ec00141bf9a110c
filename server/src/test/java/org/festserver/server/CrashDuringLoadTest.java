package org.festserver.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.testing.LargeFiles;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real server process (kill -9) while it loads a new full file, then restarts on the same data directory:
 * the restart serves a complete dataset — the previous one, or the new one if the load had finished — never a mix,
 * never nothing, and without re-ingesting.
 */
final class CrashDuringLoadTest {
  private static final String OLD = "2017-04-12T18:26:27.336Z";
  private static final String NEW = "2026-11-01T03:10:22";

  @TempDir Path dir;

  @Test
  void killDuringALoadRestartsServingTheOldOrTheNewDatasetComplete() throws Exception {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    Path data = dir.resolve("data");
    Path big = LargeFiles.replicateRealSample(dir, 40, NEW);
    assertThat(Main.commandLine(java.util.Map.of()).execute("load", "--data-dir", data.toString(),
        TestFiles.copy(TestFiles.REAL_SAMPLE, dir).toString())).isZero();

    List<String> outcomes = new ArrayList<>();
    for (int trial = 0; trial < 3; trial++) {
      Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "--data-dir", data.toString(), "load", big.toString())
          .redirectErrorStream(true)
          .start();
      BufferedReader output = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = output.readLine()) != null && !line.startsWith("reading")) {
        // wait until the load has started reading entries
      }
      Thread.sleep(random.nextInt(1500));
      load.destroyForcibly(); // SIGKILL
      assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();

      try (TestServer server = TestServer.startOn(DatasetManager.open(new DataDirectory(data)), ServerConfig.forTests(data))) {
        String hentetDato = server.get("/api/v1/status").json().get("dataset").get("hentetDato").asText();
        int packs = server.get("/api/v1/status").json().get("dataset").get("counts").get("Legemiddelpakning").asInt();
        assertThat(hentetDato).as("seed %d trial %d", seed, trial).isIn(OLD, NEW);
        assertThat(packs).as("seed %d trial %d", seed, trial).isEqualTo(hentetDato.equals(OLD) ? 107 : 107 * 40);
        outcomes.add(hentetDato);
      }
      assertThat(new DataDirectory(data).completeDatasets()).isNotEmpty();
    }
    assertThat(outcomes).as("seed %d", seed).hasSize(3);
    System.err.println("CrashDuringLoadTest seed " + seed + " outcomes " + outcomes);
  }
}
