package org.festserver.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetRejectedException;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.ingest.FestReader;
import org.festserver.indexer.ingest.IngestStats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions for what {@link GarbageInputTest} found: six kinds of garbage filled a 64 MB heap before the fixes
 * (an endless element name, a flood of distinct unknown element names, endless expired entries in a full file,
 * endless broken entries, endless text or CDATA inside an entry). Each is now refused early; these run in-process on small inputs.
 */
final class GarbageRegressionTest {
  @TempDir
  Path temp;

  private Path write(Garbage kind, long bytes) throws Exception {
    Path file = temp.resolve(kind.name() + ".xml");
    try (InputStream in = kind.stream(bytes)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  @DisplayName("regression (garbage ENDLESS_NAME): an element name of more than 1 MB is refused, not read into the heap")
  void endlessElementNameIsRefused() throws Exception {
    FestFormatException refused = readAllEntries(write(Garbage.ENDLESS_NAME, 3L << 20));
    assertThat(refused.code()).isEqualTo("input-refused");
    assertThat(refused.getMessage()).contains("without whitespace or markup");
  }

  @Test
  @DisplayName("regression (garbage DISTINCT_UNKNOWN_ELEMENTS): more than 1000 distinct unknown element names are refused")
  void floodOfDistinctUnknownElementNamesIsRefused() throws Exception {
    FestFormatException refused = readAllEntries(write(Garbage.DISTINCT_UNKNOWN_ELEMENTS, 1L << 20));
    assertThat(refused.code()).isEqualTo("too-many-unknown-elements");
  }

  @Test
  @DisplayName("regression (garbage BROKEN_ENTRIES): reading stops after more than 100 entries that cannot be read")
  void manyBrokenEntriesStopTheRead() throws Exception {
    FestFormatException refused = readAllEntries(write(Garbage.BROKEN_ENTRIES, 8L << 20));
    assertThat(refused.code()).isEqualTo("too-many-entry-errors");
    assertThat(refused.getMessage()).contains("more than " + IngestStats.MAX_KEPT).contains("entry without Id");
  }

  @Test
  @DisplayName("regression (garbage EXPIRED_ENTRIES): a full load stops after more than 100 unusable entries")
  void aFullLoadStopsAfterTooManyExpiredEntries() throws Exception {
    Path file = write(Garbage.EXPIRED_ENTRIES, 8L << 20);
    DataDirectory data = new DataDirectory(temp.resolve("data"));
    assertThatThrownBy(() -> new DatasetBuilder(data).buildFull(file, BuildProgress.Listener.NONE))
        .isInstanceOf(DatasetRejectedException.class)
        .hasMessageContaining("more than 100 entries could not be used")
        .satisfies(e -> assertThat(((DatasetRejectedException) e).problems()).hasSize(100)
            .allSatisfy(p -> assertThat(p).contains("status U")));
    assertThat(data.completeDatasets()).isEmpty();
  }

  @Test
  @DisplayName("regression (garbage ENDLESS_CDATA, ENDLESS_ENTRY_TEXT): text inside an entry is bounded like any text")
  void endlessTextInsideAnEntryIsRefused() throws Exception {
    for (Garbage kind : new Garbage[] {Garbage.ENDLESS_CDATA, Garbage.ENDLESS_ENTRY_TEXT}) {
      FestFormatException refused = readAllEntries(write(kind, 3L << 20));
      assertThat(refused.getMessage()).as(kind.name()).contains("Text size limit (1048576) exceeded");
    }
  }

  @Test
  @DisplayName("unknown element names are kept up to 1000 distinct ones; a real file has none")
  void unknownElementNamesAreBounded() {
    IngestStats stats = new IngestStats();
    for (int i = 0; i < IngestStats.MAX_UNKNOWN_NAMES + 50; i++) {
      stats.countUnknownElement("U" + i);
    }
    assertThat(stats.unknownElements()).hasSize(IngestStats.MAX_UNKNOWN_NAMES + 1)
        .containsEntry(IngestStats.OTHER_UNKNOWN, 50);
    assertThat(stats.unknownElementTotal()).isEqualTo(IngestStats.MAX_UNKNOWN_NAMES + 50);
  }

  private static FestFormatException readAllEntries(Path file) throws Exception {
    try (FestReader reader = FestReader.open(file)) {
      while (reader.next() != null) {
        // to the end or the refusal
      }
    } catch (FestFormatException e) {
      return e;
    }
    throw new AssertionError(file + " was read to the end without a refusal");
  }
}
