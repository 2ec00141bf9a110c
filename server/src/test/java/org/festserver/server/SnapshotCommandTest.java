package org.festserver.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot export} on a builder and {@code snapshot import} on a replica, through the real command line. */
final class SnapshotCommandTest {
  @TempDir Path dir;

  private static int run(String... args) {
    return Main.commandLine(Map.of()).execute(args);
  }

  private static String liveHentetDato(Path dataDir) throws Exception {
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(dataDir))) {
      return manager.liveManifest().orElseThrow().hentetDato();
    }
  }

  /** Loads the real sample on a builder data directory and exports it to {@code snapshot} through the command line. */
  private Path builtAndExported(Path snapshot) throws Exception {
    Path builder = dir.resolve("builder");
    assertThat(run("load", "--data-dir", builder.toString(), TestFiles.copy(TestFiles.REAL_SAMPLE, dir).toString())).isZero();
    assertThat(run("snapshot", "export", "--data-dir", builder.toString(), "--out", snapshot.toString())).isZero();
    return builder;
  }

  @Test
  void exportOnTheBuilderThenImportOnAReplicaMakesTheSameDatasetLive() throws Exception {
    Path replica = dir.resolve("replica");
    Path snapshot = dir.resolve("shipped/fest.zip");
    Path builder = builtAndExported(snapshot);
    assertThat(snapshot).isRegularFile();
    assertThat(snapshot.resolveSibling("fest.zip.sha256")).isRegularFile();

    assertThat(run("snapshot", "import", "--data-dir", replica.toString(), snapshot.toString())).isZero();
    assertThat(liveHentetDato(replica)).isEqualTo("2017-04-12T18:26:27.336Z");
    assertThat(new DataDirectory(replica).readCurrent()).isEqualTo(new DataDirectory(builder).readCurrent());
  }

  @Test
  void importOfADirectoryTakesItsNewestSnapshot() throws Exception {
    Path snapshots = dir.resolve("snapshots");
    builtAndExported(snapshots.resolve("a.zip"));

    assertThat(run("snapshot", "import", "--data-dir", dir.resolve("replica").toString(), snapshots.toString())).isZero();
    assertThat(liveHentetDato(dir.resolve("replica"))).isEqualTo("2017-04-12T18:26:27.336Z");
  }

  @Test
  void aRefusedSnapshotExitsOneAndLeavesTheReplicasLiveDatasetUntouched() throws Exception {
    Path replica = dir.resolve("replica");
    assertThat(run("load", "--data-dir", replica.toString(), TestFiles.copy(TestFiles.REAL_SAMPLE, dir).toString())).isZero();
    Path notASnapshot = Files.writeString(dir.resolve("x.zip"), "garbage");

    assertThat(run("snapshot", "import", "--data-dir", replica.toString(), notASnapshot.toString())).isEqualTo(1);
    assertThat(liveHentetDato(replica)).isEqualTo("2017-04-12T18:26:27.336Z");
  }

  @Test
  void exportWithoutALiveDatasetExitsOne() {
    assertThat(run("snapshot", "export", "--data-dir", dir.resolve("empty").toString(), "--out",
        dir.resolve("x.zip").toString())).isEqualTo(1);
    assertThat(dir.resolve("x.zip")).doesNotExist();
  }

  @Test
  void importIsRefusedWhileAnotherProcessHoldsTheDataDirectory() throws Exception {
    Path replica = dir.resolve("replica");
    Path snapshot = dir.resolve("fest.zip");
    builtAndExported(snapshot);
    try (java.io.Closeable serverLock = new DataDirectory(replica).lockForWriting()) {
      assertThat(run("snapshot", "import", "--data-dir", replica.toString(), snapshot.toString())).isEqualTo(1);
    }
    assertThat(new DataDirectory(replica).readCurrent()).isEmpty();
  }
}
