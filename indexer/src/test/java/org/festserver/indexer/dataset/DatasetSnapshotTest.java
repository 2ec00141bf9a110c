package org.festserver.indexer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.festserver.indexer.testing.TestDatasets;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.entry.EntityKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset built once, exported as a snapshot and imported into other data directories (read replicas). */
final class DatasetSnapshotTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  DataDirectory builder;
  Path snapshot;
  DatasetManifest built;

  @BeforeEach
  void buildAndExport() throws IOException {
    try (DatasetManager manager = TestDatasets.load(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("builder"))) {
      built = manager.liveManifest().orElseThrow();
      builder = manager.data();
      // exported while the dataset is open, as from a running server
      DatasetSnapshot.Exported exported = DatasetSnapshot.export(builder, dir.resolve("out/snap.zip"));
      snapshot = exported.file();
      assertThat(exported.metadata().datasetId()).isEqualTo(built.id());
      assertThat(exported.metadata().hentetDato()).isEqualTo("2017-04-12T18:26:27.336Z");
      assertThat(exported.metadata().files()).extracting(DatasetSnapshot.FileEntry::path)
          .contains("manifest.json", "store.mapdb");
    }
  }

  @Test
  void anImportedSnapshotServesTheSameDatasetAsTheBuilder() throws IOException {
    DataDirectory replica = new DataDirectory(dir.resolve("replica"));
    DatasetManifest imported = DatasetSnapshot.importInto(replica, snapshot);
    assertThat(imported).isEqualTo(built);
    assertThat(replica.readCurrent()).isEmpty(); // imported is not live until activated
    try (DatasetManager manager = DatasetManager.open(replica)) {
      manager.activate(imported.id());
      assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo(built.hentetDato());
      try (DatasetLease lease = manager.acquire().orElseThrow()) {
        assertThat(lease.dataset().store().count(EntityKind.PACK)).isEqualTo(built.counts().get("Legemiddelpakning"));
        assertThat(lease.dataset().search()).isNotNull();
      }
    }
    assertThat(Files.readString(replica.dataset(built.id()).resolve("manifest.json")))
        .isEqualTo(Files.readString(builder.dataset(built.id()).resolve("manifest.json")));
  }

  @Test
  void theChecksumFileBesideTheSnapshotIsInSha256sumFormat() throws IOException {
    String line = Files.readString(DatasetSnapshot.checksumFile(snapshot), StandardCharsets.UTF_8);
    assertThat(line).matches("[0-9a-f]{64}  snap\\.zip\\n");
  }

  @Test
  void importingADatasetAlreadyOnDiskUnpacksNothing() throws IOException {
    DataDirectory replica = new DataDirectory(dir.resolve("replica"));
    DatasetSnapshot.importInto(replica, snapshot);
    Path store = replica.dataset(built.id()).resolve("store.mapdb");
    var before = Files.getLastModifiedTime(store);
    assertThat(DatasetSnapshot.importInto(replica, snapshot)).isEqualTo(built);
    assertThat(Files.getLastModifiedTime(store)).isEqualTo(before);
  }

  @Test
  void aSnapshotWhoseWholeFileChecksumDiffersIsRefused() throws IOException {
    Files.writeString(DatasetSnapshot.checksumFile(snapshot), "0".repeat(64) + "  snap.zip\n");
    assertRefused(snapshot, "its SHA-256 is");
  }

  @Test
  void aSnapshotWithAChangedFileIsRefusedAndLeavesNothingBehind() throws IOException {
    Path tampered = rewrite((name, bytes) -> name.equals("dataset/store.mapdb") ? flipLastByte(bytes) : bytes);
    assertRefused(tampered, "file store.mapdb does not match its checksum");
  }

  @Test
  void aSnapshotWithAnUnlistedFileIsRefused() throws IOException {
    Path extra = rewrite((name, bytes) -> bytes, "dataset/extra.bin");
    assertRefused(extra, "unlisted entry dataset/extra.bin");
  }

  @Test
  void aSnapshotFromAnotherDatasetFormatIsRefused() throws IOException {
    Path other = rewrite((name, bytes) -> name.equals(DatasetSnapshot.METADATA)
        ? withField(bytes, "datasetFormatVersion", DatasetManifest.FORMAT_VERSION + 1) : bytes);
    assertRefused(other, "dataset format is " + (DatasetManifest.FORMAT_VERSION + 1));
  }

  @Test
  void aSnapshotWithAPathOutsideTheDatasetIsRefused() throws IOException {
    Path escaping = rewrite((name, bytes) -> name.equals(DatasetSnapshot.METADATA)
        ? bytes(new String(bytes, StandardCharsets.UTF_8).replace("\"store.mapdb\"", "\"../../store.mapdb\"")) : bytes);
    assertRefused(escaping, "unsafe or repeated path ../../store.mapdb");
    assertThat(dir.resolve("store.mapdb")).doesNotExist();
  }

  @Test
  void aFileThatIsNotASnapshotIsRefused() throws IOException {
    Path text = dir.resolve("notes.zip");
    Files.writeString(text, "hello");
    assertRefused(text, "not a zip file");
  }

  @Test
  void theNewestSnapshotInADirectoryIsTheOneWithTheLatestHentetDato() throws IOException {
    Path older = rewrite((name, bytes) -> name.equals(DatasetSnapshot.METADATA)
        ? withField(withField(bytes, "hentetDato", "2016-01-01T00:00:00Z"), "datasetId", "ds-zzz") : bytes);
    Files.move(older, snapshot.resolveSibling("older.zip"));
    Files.writeString(snapshot.resolveSibling("broken.zip"), "not a zip");
    assertThat(DatasetSnapshot.newest(snapshot.getParent())).contains(snapshot);
  }

  // ------------------------------------------------------------------ helpers

  private void assertRefused(Path file, String reason) {
    DataDirectory replica = new DataDirectory(dir.resolve("refusing-replica"));
    assertThatThrownBy(() -> DatasetSnapshot.importInto(replica, file))
        .isInstanceOf(SnapshotRejectedException.class)
        .hasMessageContaining(reason);
    assertThat(replica.dataset(built.id())).doesNotExist();
  }

  private Path rewrite(BiFunction<String, byte[], byte[]> change, String... extraEntries) throws IOException {
    Path copy = dir.resolve("changed-" + System.nanoTime() + ".zip");
    try (ZipFile in = new ZipFile(snapshot.toFile());
         OutputStream file = Files.newOutputStream(copy);
         ZipOutputStream out = new ZipOutputStream(file)) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream stream = in.getInputStream(entry)) {
          bytes = stream.readAllBytes();
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(change.apply(entry.getName(), bytes));
        out.closeEntry();
      }
      for (String extra : extraEntries) {
        out.putNextEntry(new ZipEntry(extra));
        out.write(1);
        out.closeEntry();
      }
    }
    return copy;
  }

  private static byte[] flipLastByte(byte[] bytes) {
    byte[] copy = bytes.clone();
    copy[copy.length - 1] ^= 1;
    return copy;
  }

  private static byte[] withField(byte[] json, String field, Object value) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(json);
      node.set(field, JSON.valueToTree(value));
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
