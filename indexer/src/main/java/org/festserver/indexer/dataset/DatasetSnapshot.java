package org.festserver.indexer.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A complete dataset packed into one file, so that a dataset built once can be shipped to read replicas: export the
 * live dataset of a data directory, import it into another one (verified, then complete), then make it live with
 * {@link DatasetManager#activate(String)}.
 */
public final class DatasetSnapshot {
  /*
   * Implementation notes. A snapshot is a zip file (JDK only; `unzip -l` lists it):
   *   dataset/<path>   every file of the dataset directory, manifest.json included
   *   snapshot.json    format version, dataset id, HentetDato, and the size and SHA-256 of every file (written last)
   * and beside it `<file>.sha256` in sha256sum format, the checksum of the whole file for transfers.
   * Import refuses a snapshot whose checksums, file list, dataset format or id do not match, unpacks into
   * datasets/<id>/ and writes manifest.json last, so a crash mid-import leaves an incomplete directory that the next
   * start deletes (see DatasetManager). Importing a dataset that is already complete on disk unpacks nothing.
   */
  /** Version of the snapshot layout. */
  public static final int FORMAT_VERSION = 1;
  static final String METADATA = "snapshot.json";
  private static final String PREFIX = "dataset/";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private DatasetSnapshot() {
  }

  /** One file of the dataset directory, with its size and SHA-256 (hex). */
  public record FileEntry(String path, long size, String sha256) {
  }

  /** The metadata stored in the snapshot ({@code snapshot.json}). */
  public record Metadata(int formatVersion, int datasetFormatVersion, String datasetId, String hentetDato,
      Instant createdAt, List<FileEntry> files) {
    public Metadata {
      files = files == null ? List.of() : List.copyOf(files);
    }
  }

  /** What an export wrote: the snapshot file, its metadata and the SHA-256 of the whole file. */
  public record Exported(Path file, Metadata metadata, String sha256, long size) {
  }

  // ------------------------------------------------------------------ export

  /**
   * Packs the live dataset of {@code data} (the one {@code current} names) into {@code out}, written to a temporary
   * file and renamed, and writes {@code out.sha256} beside it.
   *
   * @throws IOException when there is no live dataset, it is incomplete, or a file cannot be read or written
   */
  public static Exported export(DataDirectory data, Path out) throws IOException {
    String id = data.readCurrent().orElseThrow(() -> new IOException("no live dataset in " + data.root()));
    return export(data, id, out);
  }

  /** Packs the complete dataset {@code id} of {@code data} into {@code out}. */
  public static Exported export(DataDirectory data, String id, Path out) throws IOException {
    DatasetManifest manifest = data.readManifest(id)
        .orElseThrow(() -> new IOException("dataset " + id + " in " + data.root() + " is not complete"));
    Path dir = data.dataset(id);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> relative(dir, p))).toList();
    }
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling(target.getFileName() + ".partial");
    List<FileEntry> entries = new ArrayList<>();
    MessageDigest whole = sha256();
    try (OutputStream file = Files.newOutputStream(temp);
         ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(file, whole))) {
      for (Path path : files) {
        String name = relative(dir, path);
        zip.putNextEntry(new ZipEntry(PREFIX + name));
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
          size = in.transferTo(zip);
        }
        zip.closeEntry();
        entries.add(new FileEntry(name, size, hex(digest)));
      }
      Metadata metadata = new Metadata(FORMAT_VERSION, manifest.formatVersion(), id, manifest.hentetDato(),
          Instant.now(), entries);
      zip.putNextEntry(new ZipEntry(METADATA));
      zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata));
      zip.closeEntry();
      zip.finish();
      file.flush();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    String sha256 = hex(whole);
    // the checksum first: whoever sees the snapshot (a *.zip name) also sees its checksum
    Files.writeString(checksumFile(target), sha256 + "  " + target.getFileName() + "\n", StandardCharsets.UTF_8);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Exported(target, read(target), sha256, Files.size(target));
  }

  // ------------------------------------------------------------------ import

  /**
   * Verifies {@code snapshot} and unpacks it into {@code data} as a complete dataset (not yet live).
   *
   * @return the manifest of the imported dataset
   * @throws SnapshotRejectedException when the file is not a valid snapshot for this server; nothing is left behind
   * @throws IOException when the data directory cannot be written
   */
  public static DatasetManifest importInto(DataDirectory data, Path snapshot) throws IOException {
    verifyChecksumFile(snapshot);
    try (ZipFile zip = open(snapshot)) {
      Metadata metadata = metadata(zip, snapshot);
      Optional<DatasetManifest> existing = data.readManifest(metadata.datasetId());
      if (existing.isPresent()) {
        return existing.get();
      }
      Path dir = data.dataset(metadata.datasetId());
      DataDirectory.deleteTree(dir);
      Files.createDirectories(dir);
      try {
        return unpack(zip, metadata, dir, snapshot);
      } catch (IOException | RuntimeException e) {
        DataDirectory.deleteTree(dir);
        throw e;
      }
    }
  }

  /** Reads the metadata of a snapshot file without unpacking it. */
  public static Metadata read(Path snapshot) throws IOException {
    try (ZipFile zip = open(snapshot)) {
      return metadata(zip, snapshot);
    }
  }

  /**
   * The newest snapshot ({@code *.zip}) in a directory: the latest HentetDato, then the greatest dataset id.
   * Files that are not readable snapshots are skipped.
   */
  public static Optional<Path> newest(Path directory) throws IOException {
    Path best = null;
    Metadata bestMetadata = null;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.zip")) {
      for (Path file : files) {
        Metadata metadata;
        try {
          metadata = read(file);
        } catch (IOException e) {
          continue;
        }
        if (bestMetadata == null || newer(metadata, bestMetadata)) {
          best = file;
          bestMetadata = metadata;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean newer(Metadata a, Metadata b) {
    int byDate = a.hentetDato().compareTo(b.hentetDato());
    return byDate != 0 ? byDate > 0 : a.datasetId().compareTo(b.datasetId()) > 0;
  }

  private static DatasetManifest unpack(ZipFile zip, Metadata metadata, Path dir, Path snapshot) throws IOException {
    Set<String> listed = new HashSet<>();
    byte[] manifestBytes = null;
    for (FileEntry file : metadata.files()) {
      Path target = dir.resolve(file.path()).normalize();
      if (!target.startsWith(dir) || target.equals(dir) || !listed.add(file.path())) {
        throw rejected(snapshot, "unsafe or repeated path " + file.path());
      }
      ZipEntry entry = zip.getEntry(PREFIX + file.path());
      if (entry == null) {
        throw rejected(snapshot, "file " + file.path() + " is listed but missing");
      }
      MessageDigest digest = sha256();
      long size;
      if (file.path().equals(DataDirectory.MANIFEST)) {
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
          manifestBytes = in.readAllBytes();
          size = manifestBytes.length;
        }
      } else {
        Files.createDirectories(target.getParent());
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
          size = Files.copy(in, target);
        }
      }
      if (size != file.size() || !hex(digest).equals(file.sha256())) {
        throw rejected(snapshot, "file " + file.path() + " does not match its checksum (expected " + file.size()
            + " bytes, sha256 " + file.sha256() + "; got " + size + " bytes, sha256 " + hex(digest) + ")");
      }
    }
    for (ZipEntry entry : zip.stream().toList()) {
      String name = entry.getName();
      if (!name.equals(METADATA) && !(name.startsWith(PREFIX) && listed.contains(name.substring(PREFIX.length())))) {
        throw rejected(snapshot, "unlisted entry " + name);
      }
    }
    if (manifestBytes == null) {
      throw rejected(snapshot, "it holds no " + DataDirectory.MANIFEST);
    }
    DatasetManifest manifest = JSON.readValue(manifestBytes, DatasetManifest.class);
    if (!manifest.id().equals(metadata.datasetId()) || !manifest.hentetDato().equals(metadata.hentetDato())) {
      throw rejected(snapshot, "its manifest names dataset " + manifest.id() + " (HentetDato " + manifest.hentetDato()
          + ") but the snapshot says " + metadata.datasetId() + " (HentetDato " + metadata.hentetDato() + ")");
    }
    DataDirectory.fsyncTree(dir);
    DataDirectory.writeAtomically(dir.resolve(DataDirectory.MANIFEST), manifestBytes);
    DataDirectory.fsyncDirectory(dir);
    return manifest;
  }

  private static Metadata metadata(ZipFile zip, Path snapshot) throws IOException {
    ZipEntry entry = zip.getEntry(METADATA);
    if (entry == null) {
      throw rejected(snapshot, "it has no " + METADATA + " (not a FEST dataset snapshot)");
    }
    Metadata metadata;
    try (InputStream in = zip.getInputStream(entry)) {
      metadata = JSON.readValue(in, Metadata.class);
    } catch (IOException e) {
      throw rejected(snapshot, METADATA + " is not readable: " + e.getMessage());
    }
    if (metadata.formatVersion() != FORMAT_VERSION) {
      throw rejected(snapshot, "snapshot format " + metadata.formatVersion() + " is not supported, expected "
          + FORMAT_VERSION);
    }
    if (metadata.datasetFormatVersion() != DatasetManifest.FORMAT_VERSION) {
      throw rejected(snapshot, "its dataset format is " + metadata.datasetFormatVersion() + " but this server reads "
          + DatasetManifest.FORMAT_VERSION + "; export it again from a server of this version");
    }
    if (metadata.datasetId() == null || !SAFE_ID.matcher(metadata.datasetId()).matches()
        || metadata.hentetDato() == null) {
      throw rejected(snapshot, "dataset id " + metadata.datasetId() + " or HentetDato is missing or not valid");
    }
    return metadata;
  }

  private static void verifyChecksumFile(Path snapshot) throws IOException {
    Path checksum = checksumFile(snapshot);
    if (!Files.isRegularFile(checksum)) {
      return;
    }
    String expected = Files.readString(checksum, StandardCharsets.UTF_8).strip().split("\\s+")[0]
        .toLowerCase(Locale.ROOT);
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(snapshot), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    if (!hex(digest).equals(expected)) {
      throw rejected(snapshot, "its SHA-256 is " + hex(digest) + " but " + checksum.getFileName() + " says " + expected);
    }
  }

  private static ZipFile open(Path snapshot) throws IOException {
    if (!Files.isRegularFile(snapshot)) {
      throw new java.nio.file.NoSuchFileException(snapshot.toString());
    }
    try {
      return new ZipFile(snapshot.toFile());
    } catch (java.util.zip.ZipException e) {
      throw rejected(snapshot, "it is not a zip file (" + e.getMessage() + ")");
    }
  }

  /** The checksum file written beside a snapshot: {@code <file>.sha256}. */
  public static Path checksumFile(Path snapshot) {
    return snapshot.resolveSibling(snapshot.getFileName() + ".sha256");
  }

  private static SnapshotRejectedException rejected(Path snapshot, String reason) {
    return new SnapshotRejectedException("snapshot " + snapshot.getFileName() + " refused: " + reason);
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
