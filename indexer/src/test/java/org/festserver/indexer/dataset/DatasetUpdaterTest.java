package org.festserver.indexer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.indexer.testing.DatasetContent;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.codesystem.CodeSystem;
import org.festserver.model.codesystem.CodeSystemElement;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.medicine.Pack;
import org.festserver.model.reimbursement.ReimbursementBasis;
import org.festserver.model.reimbursement.ReimbursementCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental updates on hand-written scenarios (fest/increment/README.md), through {@link FestLoader}. */
final class DatasetUpdaterTest {
  /** The search index field holding the entity key (search package docs). */
  private static final String ID_FIELD = "id";
  private static final String DIR = "fest/increment/";
  private static final String PACK = "ID_5D6E7F80-9A1B-4C2D-8E3F-405162738495";
  private static final String PACK_ENTRY = "ID_1A2B3C4D-5E6F-4708-9A1B-2C3D4E5F6071";
  private static final String PACK_NEW_ENTRY = "ID_6D7E8F90-A1B2-4C34-9E9F-0A1B2C3D4E56";
  private static final String ALERT_ENTRY = "ID_C2D3E4F5-0617-4283-9F9A-0B1C2D3E4F50";
  private static final String INTERACTION = "ID_3A4B5C6D-7E8F-4901-8B6C-7D8E9F0A1B23";
  private static final String BASIS_ENTRY = "ID_8F9A0B1C-2D3E-4F40-9B5C-6D7E8F9A0B1C";
  private static final String GROUP = "ID_0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0";
  private static final String ATC_OID = "2.16.578.1.12.4.1.1.7180";

  @TempDir
  Path temp;

  private DatasetManager manager;
  private FestLoader loader;

  @BeforeEach
  void loadBase() throws Exception {
    manager = DatasetManager.open(new DataDirectory(temp.resolve("data")));
    loader = FestLoader.of(manager);
    loader.loadFull(file("base.xml"), false, BuildProgress.Listener.NONE);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    manager.close();
  }

  private Path file(String name) {
    return TestFiles.copy(DIR + name, temp);
  }

  private IncrementResult apply(String name) throws Exception {
    return loader.applyIncrement(file(name), BuildProgress.Listener.NONE);
  }

  private <T> T live(java.util.function.Function<Dataset, T> read) {
    try (DatasetLease lease = manager.acquire().orElseThrow()) {
      return read.apply(lease.dataset());
    }
  }

  private static int searchHits(Dataset dataset, String field, String value) {
    try {
      return dataset.search().searcher().count(new TermQuery(new Term(field, value)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- add

  @Test
  @DisplayName("R-13.1: status A for unknown entities adds them, with lookups and search; references may point outside the increment")
  void addingEntitiesMakesThemFindableEverywhere() throws Exception {
    IncrementResult result = apply("add.xml");

    assertThat(result.added()).isEqualTo(2);
    assertThat(result.replaced()).isZero();
    assertThat(result.expired()).isZero();
    assertThat(result.manifest().mode()).isEqualTo("incremental");
    assertThat(result.manifest().hentetDato()).isEqualTo("2025-03-18T03:10:22");
    live(dataset -> {
      EntityStore store = dataset.store();
      assertThat(dataset.manifest().basedOn()).isEqualTo(result.manifest().basedOn()).isNotNull();
      assertThat(store.lookup(Lookup.PACK_BY_ITEM_NUMBER, "052999")).containsExactly("ID_AA000002-0000-4000-8000-000000000002");
      assertThat(store.lookup(Lookup.PACKS_BY_BRAND, "ID_8B2D4F61-0A3C-4E95-8D17-6F1B2C3D4E50")).as("sorted")
          .containsExactly(PACK, "ID_AA000002-0000-4000-8000-000000000002");
      assertThat(store.lookup(Lookup.PACKS_BY_EAN, "7046260529991")).containsExactly("ID_AA000002-0000-4000-8000-000000000002");
      assertThat(store.lookup(Lookup.ENTITY_BY_ENTRY_ID, "ID_AA000003-0000-4000-8000-000000000003"))
          .containsExactly("ALERT:ID_AA000003-0000-4000-8000-000000000003");
      assertThat(store.count(EntityKind.PACK)).isEqualTo(2);
      assertThat(store.count(EntityKind.ALERT)).isEqualTo(2);
      assertThat(searchHits(dataset, ID_FIELD, "ID_AA000002-0000-4000-8000-000000000002")).isEqualTo(1);
      assertThat(dataset.manifest().counts()).containsEntry("Legemiddelpakning", 2).containsEntry("VarselSlv", 2);
      return null;
    });
  }

  // ---------------------------------------------------------------- change

  @Test
  @DisplayName("R-13.1: a new version replaces the entity under the same key and its entry id; the A before its U (the agency's example)")
  void changingAPackWithTheNewVersionFirstReplacesItWhole() throws Exception {
    IncrementResult result = apply("change-pack-a-before-u.xml");

    assertThat(result.replaced()).isEqualTo(1);
    assertThat(result.added()).isZero();
    assertThat(result.expired()).isZero();
    live(dataset -> {
      EntityStore store = dataset.store();
      Pack pack = store.pack(PACK).orElseThrow();
      assertThat(pack.eans()).as("the new version has no EAN: the entity is replaced, not merged").isEmpty();
      assertThat(pack.prices()).isEmpty();
      assertThat(store.lookup(Lookup.PACKS_BY_EAN, "7046260527348")).isEmpty();
      assertThat(store.lookup(Lookup.PACK_BY_ITEM_NUMBER, "052734")).containsExactly(PACK);
      assertThat(store.lookup(Lookup.ENTITY_BY_ENTRY_ID, PACK_ENTRY)).isEmpty();
      assertThat(store.lookup(Lookup.ENTITY_BY_ENTRY_ID, PACK_NEW_ENTRY)).containsExactly("PACK:" + PACK);
      assertThat(store.lookup(Lookup.ENTRY_ID_BY_ENTITY, "PACK:" + PACK)).containsExactly(PACK_NEW_ENTRY);
      assertThat(store.count(EntityKind.PACK)).isEqualTo(1);
      return null;
    });
  }

  @Test
  @DisplayName("R-13.1: the order of A and U inside the file does not matter")
  void theUBeforeItsAGivesTheSameDatasetAsTheABeforeItsU() throws Exception {
    apply("change-pack-a-before-u.xml");
    DatasetContent aFirst = live(DatasetContent::of);

    try (DatasetManager other = DatasetManager.open(new DataDirectory(temp.resolve("other")))) {
      FestLoader otherLoader = FestLoader.of(other);
      otherLoader.loadFull(file("base.xml"), false, BuildProgress.Listener.NONE);
      otherLoader.applyIncrement(file("change-pack-u-before-a.xml"), BuildProgress.Listener.NONE);
      try (DatasetLease lease = other.acquire().orElseThrow()) {
        assertThat(DatasetContent.of(lease.dataset())).isEqualTo(aFirst);
      }
    }
  }

  @Test
  @DisplayName("R-13.1: a changed reimbursement basis (keyed by entry id) drops the removed code; the old basis is gone")
  void changingAReimbursementBasisRemovesTheWithdrawnCode() throws Exception {
    IncrementResult result = apply("change-reimbursement-code.xml");

    assertThat(result.added()).as("a basis is keyed by its entry id").isEqualTo(1);
    assertThat(result.expired()).isEqualTo(1);
    live(dataset -> {
      EntityStore store = dataset.store();
      assertThat(store.contains(EntityKind.REIMBURSEMENT, BASIS_ENTRY)).isFalse();
      assertThat(store.lookup(Lookup.REIMBURSEMENT_BASIS_BY_GROUP, GROUP)).containsExactly("ID_AA000010-0000-4000-8000-000000000010");
      ReimbursementBasis basis = store.get(EntityKind.REIMBURSEMENT, "ID_AA000010-0000-4000-8000-000000000010",
          ReimbursementBasis.class).orElseThrow();
      assertThat(basis.groups().get(0).codes()).extracting(ReimbursementCode::code).extracting(c -> c.code())
          .containsExactly("T93");
      return null;
    });
  }

  @Test
  @DisplayName("R-13.1: a code system (one Kodeverk entry) is replaced whole, never merged element by element")
  void aNewCodeSystemEntryReplacesTheWholeCodeSystem() throws Exception {
    IncrementResult result = apply("replace-code-system.xml");

    assertThat(result.replaced()).isEqualTo(1);
    live(dataset -> {
      CodeSystem atc = dataset.store().get(EntityKind.CODE_SYSTEM, ATC_OID, CodeSystem.class).orElseThrow();
      assertThat(atc.elements()).extracting(CodeSystemElement::code).containsExactly("J01FA09", "C10AA05");
      assertThat(dataset.store().count(EntityKind.CODE_SYSTEM)).isEqualTo(1);
      return null;
    });
  }

  // ---------------------------------------------------------------- expire

  @Test
  @DisplayName("R-13.1, R-9.5: status U expires alerts, packs, interactions and reimbursement bases with their lookups and search documents")
  void expiringEntriesRemovesTheirEntities() throws Exception {
    IncrementResult result = apply("expire.xml");

    assertThat(result.expired()).isEqualTo(4);
    assertThat(result.unmatchedExpirations()).isZero();
    live(dataset -> {
      EntityStore store = dataset.store();
      assertThat(store.count(EntityKind.ALERT)).isZero();
      assertThat(store.contains(EntityKind.PACK, PACK)).isFalse();
      assertThat(store.contains(EntityKind.INTERACTION, INTERACTION)).isFalse();
      assertThat(store.contains(EntityKind.REIMBURSEMENT, BASIS_ENTRY)).isFalse();
      assertThat(store.count(EntityKind.INTERACTION_NOT_ASSESSED)).as("the other entry of KatInteraksjon stays").isEqualTo(1);
      assertThat(store.lookup(Lookup.PACK_BY_ITEM_NUMBER, "052734")).isEmpty();
      assertThat(store.lookup(Lookup.PACK_BY_FORMER_ITEM_NUMBER, "052711")).isEmpty();
      assertThat(store.lookup(Lookup.REIMBURSEMENT_BASIS_BY_GROUP, GROUP)).isEmpty();
      assertThat(store.lookup(Lookup.PACKS_BY_ATC, "C10AA01")).isEmpty();
      assertThat(store.lookup(Lookup.ENTITY_BY_ENTRY_ID, ALERT_ENTRY)).isEmpty();
      assertThat(searchHits(dataset, ID_FIELD, PACK)).isZero();
      assertThat(dataset.manifest().counts()).containsEntry("Legemiddelpakning", 0).containsEntry("VarselSlv", 0)
          .containsEntry("Interaksjon", 0).containsEntry("Refusjonshjemmel", 1);
      assertThat(dataset.manifest().unresolvedReferences()).as("the substance group and unit dose still name the pack")
          .isGreaterThan(0);
      assertThat(dataset.manifest().referenceProblems()).anySatisfy(p -> assertThat(p).contains("RefPakning").contains(PACK));
      return null;
    });
  }

  @Test
  @DisplayName("R-13.1: a U that is not the current entry of anything is ignored and reported")
  void anUnmatchedExpiryIsReportedAndChangesNothingElse() throws Exception {
    DatasetContent before = live(DatasetContent::of);

    IncrementResult result = apply("unmatched-expiry.xml");

    assertThat(result.unmatchedExpirations()).isEqualTo(1);
    assertThat(result.warnings()).singleElement().asString().contains("ID_FFFFFFFF-0000-4000-8000-00000000DEAD");
    DatasetContent after = live(DatasetContent::of);
    assertThat(after.entities()).isEqualTo(before.entities());
    assertThat(after.hentetDato()).isEqualTo("2025-03-18T03:10:22");
  }

  // ---------------------------------------------------------------- refused increments

  @Test
  @DisplayName("R-13.3: re-applying an increment is refused as stale and changes nothing")
  void reapplyingAnIncrementIsRefusedAndChangesNothing() throws Exception {
    apply("add.xml");
    String liveId = manager.liveManifest().orElseThrow().id();
    DatasetContent before = live(DatasetContent::of);

    assertThatThrownBy(() -> apply("add.xml"))
        .isInstanceOfSatisfying(DatasetRejectedException.class, e -> {
          assertThat(e.code()).isEqualTo("stale-extract");
          assertThat(e.getMessage()).contains("2025-03-18T03:10:22").contains("not newer");
        });

    assertThat(manager.liveManifest().orElseThrow().id()).isEqualTo(liveId);
    assertThat(live(DatasetContent::of)).isEqualTo(before);
    assertThat(incompleteDatasets()).isEmpty();
  }

  @Test
  @DisplayName("R-13.3: an increment older than the live dataset is refused")
  void anOlderIncrementIsRefused() {
    String liveId = manager.liveManifest().orElseThrow().id();

    assertThatThrownBy(() -> apply("stale.xml"))
        .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.code()).isEqualTo("stale-extract"));
    assertThat(manager.liveManifest().orElseThrow().id()).isEqualTo(liveId);
  }

  @Test
  @DisplayName("R-13.1: two new versions of one entity in one increment are refused")
  void twoVersionsOfOneEntityAreRefused() {
    assertThatThrownBy(() -> apply("duplicate-entity.xml"))
        .isInstanceOfSatisfying(DatasetRejectedException.class, e -> {
          assertThat(e.code()).isEqualTo("entry-errors");
          assertThat(e.problems()).singleElement().asString().contains(PACK).contains("more than once");
        });
  }

  @Test
  @DisplayName("R-13.1: an entry id that is both active and expired in one increment is refused")
  void anEntryThatIsBothActiveAndExpiredIsRefused() throws IOException {
    assertThatThrownBy(() -> apply("active-and-expired.xml"))
        .isInstanceOfSatisfying(DatasetRejectedException.class, e -> {
          assertThat(e.code()).isEqualTo("entry-errors");
          assertThat(e.problems()).singleElement().asString().contains("both active (A) and expired (U)");
        });
    assertThat(incompleteDatasets()).isEmpty();
  }

  @Test
  @DisplayName("An increment needs a live dataset")
  void anIncrementWithoutALiveDatasetIsRefused() throws Exception {
    try (DatasetManager empty = DatasetManager.open(new DataDirectory(temp.resolve("empty")))) {
      assertThatThrownBy(() -> FestLoader.of(empty).applyIncrement(file("add.xml"), BuildProgress.Listener.NONE))
          .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.code()).isEqualTo("no-base-dataset"));
    }
  }

  // ---------------------------------------------------------------- full reloads

  @Test
  @DisplayName("A full file with a catalog below 80% of the live counts is refused unless forced")
  void aTruncatedFullFileIsRefusedUnlessForced() throws Exception {
    String liveId = manager.liveManifest().orElseThrow().id();

    assertThatThrownBy(() -> loader.loadFull(file("truncated-full.xml"), false, BuildProgress.Listener.NONE))
        .isInstanceOfSatisfying(DatasetRejectedException.class, e -> {
          assertThat(e.code()).isEqualTo("catalog-shrunk");
          assertThat(e.problems()).containsExactly(
              "Legemiddelpakning: 0 in the file, 1 live (0%)",
              "Interaksjon: 0 in the file, 1 live (0%)",
              "InteraksjonIkkeVurdert: 0 in the file, 1 live (0%)");
        });
    assertThat(manager.liveManifest().orElseThrow().id()).isEqualTo(liveId);
    assertThat(completeDatasets()).containsExactly(liveId);

    DatasetManifest forced = loader.loadFull(file("truncated-full.xml"), true, BuildProgress.Listener.NONE);
    assertThat(manager.liveManifest().orElseThrow().id()).isEqualTo(forced.id());
    assertThat(forced.counts()).containsEntry("Legemiddelpakning", 0);
  }

  @Test
  @DisplayName("R-13.3: a full file that is not newer than the live dataset is refused unless forced")
  void anOlderFullFileIsRefusedUnlessForced() throws Exception {
    apply("add.xml");

    assertThatThrownBy(() -> loader.loadFull(file("base.xml"), false, BuildProgress.Listener.NONE))
        .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.code()).isEqualTo("stale-extract"));
    assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo("2025-03-18T03:10:22");

    loader.loadFull(file("base.xml"), true, BuildProgress.Listener.NONE);
    assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo("2025-03-04T03:12:45");
  }

  // ---------------------------------------------------------------- mode and switch

  @Test
  @DisplayName("R-13.1: a file with an expired entry is an increment, one without is a full file")
  void theModeIsToldFromExpiredEntries() throws Exception {
    assertThat(FestLoader.Mode.detect(file("change-pack-a-before-u.xml"))).isEqualTo(FestLoader.Mode.INCREMENTAL);
    assertThat(FestLoader.Mode.detect(file("expire.xml"))).isEqualTo(FestLoader.Mode.INCREMENTAL);
    assertThat(FestLoader.Mode.detect(file("base.xml"))).isEqualTo(FestLoader.Mode.FULL);
    assertThat(FestLoader.Mode.detect(TestFiles.copy(TestFiles.REAL_SAMPLE, temp))).isEqualTo(FestLoader.Mode.FULL);
  }

  @Test
  @DisplayName("Switch listeners hear of every dataset that goes live, incremental ones included")
  void switchListenersRunOnEverySwitch() throws Exception {
    List<String> heard = new ArrayList<>();
    manager.addSwitchListener(m -> heard.add(m.mode() + " " + m.hentetDato()));

    apply("add.xml");
    loader.loadFull(file("base.xml"), true, BuildProgress.Listener.NONE);

    assertThat(heard).containsExactly("incremental 2025-03-18T03:10:22", "full 2025-03-04T03:12:45");
  }

  private List<String> completeDatasets() throws IOException {
    return manager.data().completeDatasets();
  }

  private List<Path> incompleteDatasets() throws IOException {
    try (Stream<Path> dirs = Files.list(manager.data().datasets())) {
      return dirs.filter(d -> !Files.exists(d.resolve(DataDirectory.MANIFEST))).toList();
    }
  }
}
