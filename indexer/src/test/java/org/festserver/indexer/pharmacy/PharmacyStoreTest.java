package org.festserver.indexer.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.festserver.indexer.pharmacy.PharmacyListFiles.gln;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.festserver.model.pharmacy.Pharmacy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing pharmacy lists (issue: "the newest export timestamp wins (an older file is refused)"; API.md
 * {@code POST /admin/pharmacies}, {@code /status pharmacies.exportedAt}) with a real store directory.
 */
final class PharmacyStoreTest {
  private static final String NOV_20 = "apotekslista_js_djur_2026-11-20_06_00_00.txt";
  private static final String NOV_21 = "apotekslista_js_djur_2026_11_21_06_00_00.txt";
  private static final String NOV_22 = "apotekslista_js_djur_2026-11-22_06_00_00.txt";

  @TempDir Path incoming;
  @TempDir Path storeDir;

  private Path list(String fileName, String... names) throws IOException {
    PharmacyListFiles file = PharmacyListFiles.withHeader();
    for (int i = 0; i < names.length; i++) {
      file.row(gln(i + 1), names[i]);
    }
    return file.writeTo(incoming, fileName);
  }

  // ---- install ----

  @Test
  void newStoreServesNothing() throws Exception {
    assertThat(PharmacyStore.open(storeDir).current()).isEmpty();
  }

  @Test
  @DisplayName("issue: an installed list is served at once with its export time and count")
  void installedListIsServed() throws Exception {
    PharmacyStore store = PharmacyStore.open(storeDir);

    InstallResult result = store.install(list(NOV_20, "Apoteket Ett", "Apoteket Två"));

    assertThat(result.exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 6, 0));
    assertThat(result.count()).isEqualTo(2);
    assertThat(result.problems()).isEmpty();
    PharmacyDirectory live = store.current().orElseThrow();
    assertThat(live.exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 6, 0));
    assertThat(live.sourceFileName()).isEqualTo(NOV_20);
    assertThat(live.byGln(gln(2))).map(Pharmacy::name).contains("Apoteket Två");
  }

  @Test
  @DisplayName("issue: bad lines are reported by install and the rest are served")
  void installReportsLineProblems() throws Exception {
    Path file = PharmacyListFiles.withHeader().row(gln(1), "Apoteket Ett").row("7350000000000", "Fel")
        .writeTo(incoming, NOV_20);

    InstallResult result = PharmacyStore.open(storeDir).install(file);

    assertThat(result.count()).isEqualTo(1);
    assertThat(result.problems()).extracting(LineProblem::lineNumber).containsExactly(3);
  }

  @Test
  @DisplayName("issue: a newer export replaces the live list")
  void newerExportReplacesTheLiveList() throws Exception {
    PharmacyStore store = PharmacyStore.open(storeDir);
    store.install(list(NOV_20, "Apoteket Gammal"));

    store.install(list(NOV_21, "Apoteket Ny", "Apoteket Nyare"));

    assertThat(store.current().orElseThrow().exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 21, 6, 0));
    assertThat(store.current().orElseThrow().byGln(gln(1))).map(Pharmacy::name).contains("Apoteket Ny");
  }

  @Test
  @DisplayName("issue: an older export is refused naming both timestamps; the live list stays")
  void olderExportIsRefused() throws Exception {
    PharmacyStore store = PharmacyStore.open(storeDir);
    store.install(list(NOV_21, "Apoteket Ny"));

    assertThatThrownBy(() -> store.install(list(NOV_20, "Apoteket Gammal")))
        .isInstanceOfSatisfying(OutdatedPharmacyListException.class, e -> {
          assertThat(e.exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 6, 0));
          assertThat(e.currentExportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 21, 6, 0));
        })
        .hasMessage("pharmacy list " + NOV_20 + " was exported at 2026-11-20T06:00, which is not newer than the "
            + "live list " + NOV_21 + " exported at 2026-11-21T06:00");
    assertThat(store.current().orElseThrow().sourceFileName()).isEqualTo(NOV_21);
  }

  @Test
  @DisplayName("issue: an export with the same timestamp is refused, even in the other name spelling")
  void equalExportIsRefused() throws Exception {
    PharmacyStore store = PharmacyStore.open(storeDir);
    store.install(list("apotekslista_js_djur_2026-11-21_06_00_00.txt", "Apoteket Först"));

    assertThatThrownBy(() -> store.install(list(NOV_21, "Apoteket Samma Tid")))
        .isInstanceOf(OutdatedPharmacyListException.class);
    assertThat(store.current().orElseThrow().byGln(gln(1))).map(Pharmacy::name).contains("Apoteket Först");
  }

  @Test
  @DisplayName("an invalid file is refused and the live list stays")
  void invalidFileLeavesTheLiveList() throws Exception {
    PharmacyStore store = PharmacyStore.open(storeDir);
    store.install(list(NOV_20, "Apoteket Ett"));
    Path headerOnly = PharmacyListFiles.withHeader().writeTo(incoming, NOV_21);

    assertThatThrownBy(() -> store.install(headerOnly)).isInstanceOf(InvalidPharmacyListException.class);
    assertThat(store.current().orElseThrow().sourceFileName()).isEqualTo(NOV_20);
    assertThat(PharmacyStore.open(storeDir).current().orElseThrow().sourceFileName()).isEqualTo(NOV_20);
  }

  @Test
  @DisplayName("API POST /admin/pharmacies: an upload in a temp file is installed under its original name")
  void uploadIsInstalledUnderItsOriginalName() throws Exception {
    Path upload = PharmacyListFiles.withHeader().row(gln(1), "Apoteket Upp").writeTo(incoming, "upload-77.tmp");
    PharmacyStore store = PharmacyStore.open(storeDir);

    store.install(upload, NOV_22);

    assertThat(store.current().orElseThrow().sourceFileName()).isEqualTo(NOV_22);
    assertThat(storeDir.resolve("lists").resolve(NOV_22)).hasSameBinaryContentAs(upload);
  }

  @Test
  @DisplayName("readers never see a half-installed list: every directory they get is complete")
  void readersSeeOnlyCompleteLists() throws Exception {
    PharmacyStore store = PharmacyStore.open(storeDir);
    AtomicBoolean installing = new AtomicBoolean(true);
    List<String> torn = new CopyOnWriteArrayList<>();
    Thread readerThread = new Thread(() -> {
      while (installing.get()) {
        store.current().ifPresent(d -> {
          int day = d.exportedAt().getDayOfMonth();
          if (d.size() != day || d.search(PharmacyQuery.all().withLimit(100)).total() != day) {
            torn.add(d.sourceFileName() + " has " + d.size());
          }
        });
      }
    }, "pharmacy-reader");
    readerThread.start();
    try {
      for (int day = 1; day <= 12; day++) {
        String[] names = new String[day];
        Arrays.setAll(names, i -> "Apoteket " + i);
        store.install(list(String.format(Locale.ROOT, "apotekslista_js_djur_2026-11-%02d_06_00_00.txt", day), names));
      }
    } finally {
      installing.set(false);
      readerThread.join();
    }

    assertThat(torn).isEmpty();
    assertThat(store.current().orElseThrow().size()).isEqualTo(12);
  }

  // ---- restart ----

  @Test
  @DisplayName("API.md: restart serves the installed list without the original file")
  void restartServesTheInstalledList() throws Exception {
    Path original = list(NOV_20, "Apoteket Kvar");
    PharmacyStore.open(storeDir).install(original);
    Files.delete(original);

    PharmacyStore restarted = PharmacyStore.open(storeDir);

    PharmacyDirectory live = restarted.current().orElseThrow();
    assertThat(live.sourceFileName()).isEqualTo(NOV_20);
    assertThat(live.byGln(gln(1))).map(Pharmacy::name).contains("Apoteket Kvar");
    assertThatThrownBy(() -> restarted.install(list(NOV_20, "Apoteket Igen")))
        .isInstanceOf(OutdatedPharmacyListException.class);
  }

  @Test
  void storeKeepsTheOriginalBytesAndAPointer() throws Exception {
    Path original = list(NOV_20, "Apoteket Ett");

    PharmacyStore.open(storeDir).install(original);

    assertThat(storeDir.resolve("lists").resolve(NOV_20)).hasSameBinaryContentAs(original);
    assertThat(Files.readString(storeDir.resolve(PharmacyStore.POINTER_FILE)))
        .contains("file=" + NOV_20, "exportedAt=2026-11-20T06:00", "count=1", "sha256=");
  }

  @Test
  @DisplayName("a stored list altered on disk is not served silently after a restart")
  void alteredStoredListFailsTheRestart() throws Exception {
    PharmacyStore.open(storeDir).install(list(NOV_20, "Apoteket Ett"));
    Files.writeString(storeDir.resolve("lists").resolve(NOV_20), "tampered");

    assertThatThrownBy(() -> PharmacyStore.open(storeDir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("has SHA-256");
  }

  @Test
  void onlyTheNewestListsAreKept() throws Exception {
    PharmacyStore store = PharmacyStore.open(storeDir);
    for (int day = 15; day <= 20; day++) {
      store.install(list("apotekslista_js_djur_2026-11-" + day + "_06_00_00.txt", "Apoteket Dag " + day));
    }

    try (Stream<Path> files = Files.list(storeDir.resolve("lists"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
          "apotekslista_js_djur_2026-11-18_06_00_00.txt", "apotekslista_js_djur_2026-11-19_06_00_00.txt",
          "apotekslista_js_djur_2026-11-20_06_00_00.txt");
    }
  }

  @Test
  void leftoverTempFilesAreRemovedOnOpen() throws Exception {
    PharmacyStore.open(storeDir);
    Path leftover = Files.writeString(storeDir.resolve("lists").resolve("." + NOV_20 + ".123.tmp"), "half");

    PharmacyStore.open(storeDir);

    assertThat(leftover).doesNotExist();
  }
}
