package org.festserver.indexer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.festserver.indexer.ingest.IngestLimits;
import org.festserver.indexer.store.RecordCodec;
import org.festserver.indexer.testing.DatasetContent;
import org.festserver.indexer.testing.TestFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whatever fails during an incremental update, the live dataset keeps serving unchanged (style rule 16). */
final class UpdateFailureTest {
  @TempDir
  Path temp;

  @ParameterizedTest
  @EnumSource(FailurePoint.class)
  @DisplayName("A failure at any point of an update leaves the old dataset live and no partial directory behind")
  void aFailedUpdateLeavesTheLiveDatasetUnchanged(FailurePoint point) throws Exception {
    AtomicBoolean armed = new AtomicBoolean();
    FailurePoint.Injector failAtPoint = at -> {
      if (armed.get() && at == point) {
        throw new IOException("injected failure at " + at);
      }
    };
    DataDirectory data = new DataDirectory(temp.resolve("data"));
    try (DatasetManager manager = DatasetManager.open(data, new RecordCodec(), failAtPoint)) {
      new FestLoader(manager, new DatasetBuilder(data), new DatasetUpdater(data)).loadFull(
          TestFiles.copy("fest/increment/base.xml", temp), false, BuildProgress.Listener.NONE);
      String liveId = manager.liveManifest().orElseThrow().id();
      DatasetContent before = content(manager);
      armed.set(true);
      FestLoader failing = new FestLoader(manager, new DatasetBuilder(data), new DatasetUpdater(data, new RecordCodec(),
          IngestLimits.DEFAULT, failAtPoint, Clock.systemUTC()));

      assertThatThrownBy(() -> failing.applyIncrement(TestFiles.copy("fest/increment/change-pack-a-before-u.xml", temp),
          BuildProgress.Listener.NONE)).hasMessageContaining("injected failure at " + point);

      assertThat(manager.liveManifest().orElseThrow().id()).isEqualTo(liveId);
      assertThat(data.readCurrent()).contains(liveId);
      assertThat(content(manager)).isEqualTo(before);
      try (Stream<Path> dirs = Files.list(data.datasets())) {
        assertThat(dirs.map(d -> d.getFileName().toString())).containsExactly(liveId);
      }
    }
    try (DatasetManager reopened = DatasetManager.open(data)) {
      FestLoader.of(reopened).applyIncrement(TestFiles.copy("fest/increment/change-pack-a-before-u.xml", temp),
          BuildProgress.Listener.NONE);
      assertThat(reopened.liveManifest().orElseThrow().hentetDato()).isEqualTo("2025-03-18T03:10:22");
    }
  }

  private static DatasetContent content(DatasetManager manager) {
    try (DatasetLease lease = manager.acquire().orElseThrow()) {
      return DatasetContent.of(lease.dataset());
    }
  }
}
