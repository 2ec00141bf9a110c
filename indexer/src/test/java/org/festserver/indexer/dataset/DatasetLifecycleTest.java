package org.festserver.indexer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.entry.EntityKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Building, validating, switching and reopening datasets on a real data directory. */
final class DatasetLifecycleTest {
  @TempDir Path dir;
  Path dataDir;
  Path realSample;
  Path examples;

  @BeforeEach
  void files() {
    dataDir = dir.resolve("data");
    realSample = TestFiles.copy(TestFiles.REAL_SAMPLE, dir);
    examples = TestFiles.copy("fest/examples/examples.xml", dir);
  }

  private DatasetManifest build(Path file, FailurePoint.Injector failures) throws Exception {
    return new DatasetBuilder(new DataDirectory(dataDir), new org.festserver.indexer.store.RecordCodec(),
        org.festserver.indexer.ingest.IngestLimits.DEFAULT, failures, java.time.Clock.systemUTC())
        .buildFull(file, BuildProgress.Listener.NONE);
  }

  private DatasetManager openManager(FailurePoint.Injector failures) throws IOException {
    return DatasetManager.open(new DataDirectory(dataDir), new org.festserver.indexer.store.RecordCodec(), failures);
  }

  private String liveHentetDato(DatasetManager manager) {
    return manager.liveManifest().orElseThrow().hentetDato();
  }

  @Test
  @DisplayName("a full load builds a validated dataset with counts, lookups and search index, then goes live")
  void fullLoadBuildsAValidatedDatasetThatGoesLive() throws Exception {
    try (DatasetManager manager = openManager(FailurePoint.Injector.NONE)) {
      assertThat(manager.acquire()).isEmpty();
      DatasetManifest manifest = build(realSample, FailurePoint.Injector.NONE);
      assertThat(manager.acquire()).isEmpty(); // built is not live
      manager.activate(manifest.id());

      assertThat(manifest.hentetDato()).isEqualTo("2017-04-12T18:26:27.336Z");
      assertThat(manifest.counts()).containsEntry("Legemiddelpakning", 107).containsEntry("LegemiddelMerkevare", 75)
          .containsEntry("Interaksjon", 25);
      assertThat(manifest.totalEntities()).isEqualTo(403);
      try (DatasetLease lease = manager.acquire().orElseThrow()) {
        EntityStore store = lease.dataset().store();
        assertThat(store.count(EntityKind.PACK)).isEqualTo(107);
        String certican = store.lookup(Lookup.PACK_BY_ITEM_NUMBER, "014884").get(0);
        assertThat(store.pack(certican).orElseThrow().medicine().nameFormStrength()).isEqualTo("Certican Disperg tab 0,1 mg");
        assertThat(store.lookup(Lookup.PACKS_BY_EAN, "7046260148840")).containsExactly(certican);
        assertThat(store.lookup(Lookup.PACKS_BY_BRAND, "ID_F2CEF840-A295-4A7A-9CCD-5873D846C3BD")).contains(certican);
        assertThat(store.lookupPrefix(Lookup.PACKS_BY_ATC, "L04")).containsKey("L04AA18");
        assertThat(store.lookup(Lookup.ENTITY_BY_ENTRY_ID, "ID_7B25F318-5F0E-4D95-BAD3-5722F6528424"))
            .containsExactly("PACK:" + certican);
        assertThat(store.lookup(Lookup.ENTRY_ID_BY_ENTITY, "PACK:" + certican))
            .containsExactly("ID_7B25F318-5F0E-4D95-BAD3-5722F6528424");
        assertThat(lease.dataset().search().documents()).isEqualTo(manifest.luceneDocuments()).isPositive();
      }
    }
  }

  @Test
  void restartServesTheLiveDatasetWithoutReingesting() throws Exception {
    String id;
    try (DatasetManager manager = openManager(FailurePoint.Injector.NONE)) {
      id = build(realSample, FailurePoint.Injector.NONE).id();
      manager.activate(id);
    }
    try (DatasetManager restarted = openManager(FailurePoint.Injector.NONE)) {
      assertThat(restarted.liveManifest().orElseThrow().id()).isEqualTo(id);
      assertThat(new DataDirectory(dataDir).completeDatasets()).containsExactly(id);
    }
  }

  @ParameterizedTest
  @EnumSource(FailurePoint.class)
  @DisplayName("a failure at any point of a load leaves the previous dataset live, now and after a restart")
  void failureAtAnyPointLeavesThePreviousDatasetLive(FailurePoint point) throws Exception {
    java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
    FailurePoint.Injector failAtPoint = p -> {
      if (p == point && armed.get()) {
        throw new IOException("injected failure at " + p);
      }
    };
    try (DatasetManager manager = openManager(failAtPoint)) {
      manager.activate(build(realSample, FailurePoint.Injector.NONE).id());
      armed.set(true);
      assertThatThrownBy(() -> manager.activate(build(examples, failAtPoint).id()))
          .isInstanceOf(IOException.class).hasMessageContaining("injected failure at " + point);
      assertThat(liveHentetDato(manager)).isEqualTo("2017-04-12T18:26:27.336Z");
      try (DatasetLease lease = manager.acquire().orElseThrow()) {
        assertThat(lease.dataset().store().count(EntityKind.PACK)).isEqualTo(107);
      }
    }
    try (DatasetManager restarted = openManager(FailurePoint.Injector.NONE)) {
      assertThat(liveHentetDato(restarted)).isEqualTo("2017-04-12T18:26:27.336Z");
    }
  }

  @Test
  void readersKeepTheirDatasetAcrossASwitch() throws Exception {
    try (DatasetManager manager = openManager(FailurePoint.Injector.NONE)) {
      manager.activate(build(realSample, FailurePoint.Injector.NONE).id());
      try (DatasetLease old = manager.acquire().orElseThrow()) {
        manager.activate(build(examples, FailurePoint.Injector.NONE).id());
        assertThat(liveHentetDato(manager)).isEqualTo("2025-03-04T03:12:45");
        // the old dataset stays open for its reader until released
        assertThat(old.dataset().store().count(EntityKind.PACK)).isEqualTo(107);
      }
    }
  }

  @Test
  @DisplayName("preparers run before any warmer, on the live dataset and on every dataset switched to")
  void preparersRunBeforeAnyWarmerOnTheLiveDatasetAndOnEverySwitch() throws Exception {
    DatasetManifest first = build(realSample, FailurePoint.Injector.NONE);
    try (DatasetManager manager = openManager(FailurePoint.Injector.NONE)) {
      manager.activate(first.id());
    }
    try (DatasetManager manager = openManager(FailurePoint.Injector.NONE)) {
      java.util.Set<Dataset> prepared = java.util.concurrent.ConcurrentHashMap.newKeySet();
      java.util.List<String> unprepared = new java.util.concurrent.CopyOnWriteArrayList<>();
      manager.addPreparer(prepared::add);
      for (int i = 0; i < 4; i++) { // several warmers, run in parallel: none may see a dataset not yet prepared
        manager.addWarmer(d -> {
          if (!prepared.contains(d)) {
            unprepared.add(d.id());
          }
        });
      }
      manager.awaitWarmers();
      manager.activate(build(examples, FailurePoint.Injector.NONE).id());

      assertThat(prepared).hasSize(2);
      assertThat(unprepared).isEmpty();
    }
  }

  @Test
  @DisplayName("R-13.1: a full file may not contain expired entries")
  void fullFileWithExpiredEntriesIsRejected() throws Exception {
    Path increment = TestFiles.copy("fest/examples/incr.xml", dir);
    assertThatThrownBy(() -> build(increment, FailurePoint.Injector.NONE))
        .isInstanceOf(DatasetRejectedException.class)
        .satisfies(e -> {
          DatasetRejectedException rejected = (DatasetRejectedException) e;
          assertThat(rejected.code()).isEqualTo("entry-errors");
          assertThat(rejected.problems()).singleElement().asString().contains("status U");
        });
    assertThat(new DataDirectory(dataDir).completeDatasets()).isEmpty();
    try (Stream<Path> left = Files.list(dataDir.resolve("datasets"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void duplicateEntityKeysAreRejected() throws Exception {
    String entry = "<OppfByttegruppe><Id>ID_%s</Id><Tidspunkt>2025-01-01T00:00:00</Tidspunkt><Status V=\"A\"/>"
        + "<Byttegruppe><Id>ID_SAME</Id><Kode V=\"1\"/><MerknadTilByttbarhet>false</MerknadTilByttbarhet></Byttegruppe></OppfByttegruppe>";
    Path file = TestFiles.write(dir, "dup.xml", "<FEST xmlns=\"http://www.kith.no/xmlstds/eresept/m30/2014-12-01\">"
        + "<HentetDato>2025-01-01T00:00:00</HentetDato><KatByttegruppe>" + String.format(entry, "1") + String.format(entry, "2")
        + "</KatByttegruppe></FEST>");
    assertThatThrownBy(() -> build(file, FailurePoint.Injector.NONE))
        .isInstanceOf(DatasetRejectedException.class)
        .satisfies(e -> assertThat(((DatasetRejectedException) e).problems()).singleElement().asString()
            .contains("ID_SAME").contains("more than once"));
  }

  @Test
  void unreadableFileLeavesNoDatasetBehind() throws Exception {
    Path file = TestFiles.write(dir, "bad.xml", "<FEST xmlns=\"urn:x\"/>");
    assertThatThrownBy(() -> build(file, FailurePoint.Injector.NONE)).isInstanceOf(FestFormatException.class);
    try (Stream<Path> left = Files.list(dataDir.resolve("datasets"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  @DisplayName("references that point at nothing are reported in the manifest, not fatal")
  void unresolvedReferencesAreReported() throws Exception {
    String xml = Files.readString(examples).replace(
        "<RefLegemiddelMerkevare>ID_8B2D4F61-0A3C-4E95-8D17-6F1B2C3D4E50</RefLegemiddelMerkevare>\n          <Pakningsstr>",
        "<RefLegemiddelMerkevare>ID_MISSING</RefLegemiddelMerkevare>\n          <Pakningsstr>");
    assertThat(xml).contains("ID_MISSING");
    DatasetManifest manifest = build(TestFiles.write(dir, "dangling.xml", xml), FailurePoint.Injector.NONE);
    assertThat(manifest.unresolvedReferences()).isPositive();
    assertThat(manifest.referenceProblems()).anySatisfy(p -> assertThat(p)
        .contains("Legemiddelpakning/Pakningsinfo/RefLegemiddelMerkevare → LegemiddelMerkevare").contains("ID_MISSING"));
  }

  @Test
  void schemaExamplesHaveNoUnresolvedReferences() throws Exception {
    DatasetManifest manifest = build(examples, FailurePoint.Injector.NONE);
    assertThat(manifest.referenceProblems()).isEmpty();
  }

  @Test
  @DisplayName("a corrupt live dataset at start falls back to the previous complete one and repairs the pointer")
  void corruptLiveDatasetFallsBackToThePreviousOne() throws Exception {
    String older;
    String newer;
    try (DatasetManager manager = openManager(FailurePoint.Injector.NONE)) {
      older = build(realSample, FailurePoint.Injector.NONE).id();
      manager.activate(older);
      newer = build(examples, FailurePoint.Injector.NONE).id();
      manager.activate(newer);
    }
    Path store = new DataDirectory(dataDir).dataset(newer).resolve("store.mapdb");
    Files.write(store, new byte[] {1, 2, 3});
    try (DatasetManager restarted = openManager(FailurePoint.Injector.NONE)) {
      assertThat(restarted.liveManifest().orElseThrow().id()).isEqualTo(older);
      assertThat(new DataDirectory(dataDir).readCurrent()).contains(older);
    }
  }

  @Test
  void incompleteBuildsAreRemovedAtStart() throws Exception {
    Path unfinished = new DataDirectory(dataDir).createDatasetDirectory();
    Files.writeString(unfinished.resolve("store.mapdb"), "half");
    try (DatasetManager manager = openManager(FailurePoint.Injector.NONE)) {
      assertThat(manager.liveManifest()).isEmpty();
    }
    assertThat(unfinished).doesNotExist();
  }
}
