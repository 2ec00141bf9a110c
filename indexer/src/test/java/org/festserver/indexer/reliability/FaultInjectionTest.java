package org.festserver.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetLease;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.FestLoader;
import org.festserver.indexer.testing.DatasetContent;
import org.festserver.indexer.testing.LargeFiles;
import org.festserver.indexer.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 3: faults of the data directory during a load and at start. Whatever breaks, the live dataset keeps
 * serving, or a start falls back to the last complete dataset whose files open; nothing needs a manual repair.
 */
final class FaultInjectionTest {
  private static final String OLD = "2017-04-12T18:26:27.336Z";
  private static final String NEW = "2025-03-04T03:12:45";

  @TempDir
  Path temp;
  Path realSample;
  Path examples;

  @BeforeEach
  void files() {
    realSample = TestFiles.copy(TestFiles.REAL_SAMPLE, temp);
    examples = TestFiles.copy("fest/examples/examples.xml", temp);
  }

  /** A data dir with the real sample (older) and the schema examples (newer, live); returns the live id. */
  private String twoDatasets(Path data) throws Exception {
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      FestLoader.of(manager).loadFull(realSample, false, BuildProgress.Listener.NONE);
      FestLoader.of(manager).loadFull(examples, true, BuildProgress.Listener.NONE);
      return manager.liveManifest().orElseThrow().id();
    }
  }

  private static String liveHentetDato(Path data) throws IOException {
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      try (DatasetLease lease = manager.acquire().orElseThrow()) {
        DatasetContent.of(lease.dataset()).digest(); // every entity, lookup and document readable
        return lease.dataset().manifest().hentetDato();
      }
    }
  }

  private static List<Path> datasetDirs(Path data) throws IOException {
    try (Stream<Path> dirs = Files.list(data.resolve("datasets"))) {
      return dirs.toList();
    }
  }

  @Test
  @DisplayName("disk full during a full load (a 6 MB tmpfs): the load fails with a clear I/O error, the old dataset stays live and nothing is left behind")
  void diskFullDuringAFullLoad() throws Exception {
    Path mount = Files.createDirectories(temp.resolve("small-disk"));
    assumeThat(run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount.toString()))
        .as("mounting a tmpfs needs root; skipped otherwise").isZero();
    try {
      Path data = mount.resolve("data");
      Path big = LargeFiles.replicateRealSample(temp, 40, "2026-11-01T03:10:22");
      try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
        FestLoader loader = FestLoader.of(manager);
        loader.loadFull(realSample, false, BuildProgress.Listener.NONE);
        String live = manager.liveManifest().orElseThrow().id();

        assertThatThrownBy(() -> loader.loadFull(big, false, BuildProgress.Listener.NONE))
            .isInstanceOf(IOException.class)
            .satisfies(e -> assertThat(e.toString() + e.getCause()).containsAnyOf("disk is full", "No space left on device"));

        assertThat(manager.liveManifest().orElseThrow().id()).isEqualTo(live);
        try (DatasetLease lease = manager.acquire().orElseThrow()) {
          assertThat(lease.dataset().store().count(org.festserver.model.entry.EntityKind.PACK)).isEqualTo(107);
        }
        assertThat(datasetDirs(data)).extracting(p -> p.getFileName().toString()).containsExactly(live);
      }
      assertThat(liveHentetDato(data)).isEqualTo(OLD);
    } finally {
      if (run("umount", mount.toString()) != 0) {
        run("umount", "-l", mount.toString()); // a mapping not yet unmapped by the GC keeps it busy
      }
    }
  }

  @Test
  @DisplayName("a read-only data directory (a read-only bind mount): the start serves the dataset, a load fails with an I/O error")
  void readOnlyDataDirectory() throws Exception {
    Path data = temp.resolve("data");
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      FestLoader.of(manager).loadFull(realSample, false, BuildProgress.Listener.NONE);
    }
    Path readOnly = Files.createDirectories(temp.resolve("ro-data"));
    assumeThat(run("mount", "--bind", data.toString(), readOnly.toString()))
        .as("bind mounts need root; skipped otherwise").isZero();
    try {
      assertThat(run("mount", "-o", "remount,bind,ro", readOnly.toString())).isZero();
      assertThatThrownBy(() -> Files.writeString(readOnly.resolve("probe"), "x")).isInstanceOf(IOException.class);
      try (DatasetManager manager = DatasetManager.open(new DataDirectory(readOnly))) {
        assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo(OLD);
        assertThatThrownBy(() -> FestLoader.of(manager).loadFull(examples, true, BuildProgress.Listener.NONE))
            .isInstanceOf(IOException.class).hasMessageContaining("Read-only file system");
        assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo(OLD);
      }
    } finally {
      if (run("umount", readOnly.toString()) != 0) {
        run("umount", "-l", readOnly.toString());
      }
    }
  }

  @Test
  @DisplayName("a file where the datasets directory should be (unwritable layout): opening fails with a clear IOException")
  void aFileWhereTheDatasetsDirectoryShouldBe() throws Exception {
    // tests run as root, where permissions do not bite; a file in the way fails for every user
    Path data = Files.createDirectories(temp.resolve("data"));
    Files.writeString(data.resolve("datasets"), "not a directory");
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      assertThat(manager.liveManifest()).isEmpty();
      assertThatThrownBy(() -> FestLoader.of(manager).loadFull(realSample, false, BuildProgress.Listener.NONE))
          .isInstanceOf(IOException.class).hasMessageContaining("datasets");
    }
  }

  @Test
  @DisplayName("a truncated Lucene segment file of the live dataset: the start falls back to the previous dataset")
  void truncatedLuceneSegmentFallsBack() throws Exception {
    Path data = temp.resolve("data");
    String live = twoDatasets(data);
    Path index = new DataDirectory(data).dataset(live).resolve("index");
    Path largest;
    try (Stream<Path> files = Files.list(index)) {
      largest = files.filter(f -> !f.getFileName().toString().startsWith("segments")
          && !f.getFileName().toString().equals("write.lock"))
          .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
    truncate(largest, Files.size(largest) / 2);
    assertThat(liveHentetDato(data)).isEqualTo(OLD);
    assertThat(new DataDirectory(data).readCurrent()).isPresent().get().isNotEqualTo(live);
  }

  @Test
  @DisplayName("a Lucene commit point (segments_N) that is garbage: the start falls back to the previous dataset")
  void corruptLuceneCommitFallsBack() throws Exception {
    Path data = temp.resolve("data");
    String live = twoDatasets(data);
    try (Stream<Path> files = Files.list(new DataDirectory(data).dataset(live).resolve("index"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(f, new byte[] {0x3f, (byte) 0xd7, 0x6c, 0x17, 1, 2, 3});
      }
    }
    assertThat(liveHentetDato(data)).isEqualTo(OLD);
  }

  @Test
  @DisplayName("a truncated MapDB file of the live dataset: the start falls back to the previous dataset")
  void truncatedMapDbFallsBack() throws Exception {
    Path data = temp.resolve("data");
    String live = twoDatasets(data);
    Path store = new DataDirectory(data).dataset(live).resolve("store.mapdb");
    truncate(store, Files.size(store) / 3);
    assertThat(liveHentetDato(data)).isEqualTo(OLD);
  }

  @Test
  @DisplayName("a manifest that is not JSON: that dataset counts as incomplete and the previous one is served")
  void corruptManifestFallsBack() throws Exception {
    Path data = temp.resolve("data");
    String live = twoDatasets(data);
    Files.writeString(new DataDirectory(data).dataset(live).resolve("manifest.json"), "{\"id\": tru");
    assertThat(liveHentetDato(data)).isEqualTo(OLD);
  }

  @Test
  @DisplayName("regression: a current pointer with a NUL byte made the start fail (InvalidPathException); garbage, a missing id, an empty or escaping pointer: the newest complete dataset is served and the pointer repaired")
  void corruptPointerFallsBackToTheNewestDataset() throws Exception {
    Path data = temp.resolve("data");
    String live = twoDatasets(data);
    for (String pointer : new String[] {"\u0000\u0001garbage", "ds-20990101T000000-0001\n", "", "../../etc\n"}) {
      Files.writeString(data.resolve("current"), pointer);
      assertThat(liveHentetDato(data)).as("pointer %s", pointer).isEqualTo(NEW);
      assertThat(new DataDirectory(data).readCurrent()).contains(live);
    }
  }

  @Test
  @DisplayName("every dataset corrupt: the start serves nothing (no-dataset), and a new load works without repair")
  void everyDatasetCorruptStartsEmptyAndLoadsAgain() throws Exception {
    Path data = temp.resolve("data");
    twoDatasets(data);
    for (Path dir : datasetDirs(data)) {
      Files.write(dir.resolve("store.mapdb"), new byte[] {1, 2, 3});
    }
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      assertThat(manager.liveManifest()).isEmpty();
      FestLoader.of(manager).loadFull(realSample, true, BuildProgress.Listener.NONE);
      assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo(OLD);
    }
  }

  private static void truncate(Path file, long length) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(length);
    }
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
