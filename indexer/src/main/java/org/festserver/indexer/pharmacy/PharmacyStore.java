package org.festserver.indexer.pharmacy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.festserver.model.pharmacy.PharmacyFileName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the live pharmacy list in a directory and serves it as a {@link PharmacyDirectory}. The newest export wins:
 * a list is installed only when its export time is later than the live one's. What was live is served again after a
 * restart, without the original file.
 */
public final class PharmacyStore {
  /*
   * Implementation notes
   *
   * Layout under the store directory:
   *   lists/<export file name>   the accepted files, byte for byte as received (the newest RETAINED_LISTS are kept)
   *   current.properties         pointer to the live file: name, exportedAt, sha256, count, installedAt
   *
   * install() is the single writer (synchronized). It parses the bytes it will store (so what is served is exactly
   * what was checked), writes the list file, then the pointer, each with AtomicFiles (temp + fsync + ATOMIC_MOVE +
   * directory fsync), and only then flips the AtomicReference. Readers call current() and keep the directory they
   * got; they never see a half-installed list. A crash before the pointer move leaves the old pointer (an unused list
   * file at worst); after it, the new list is served on restart. If install fails at any step, the old list stays
   * live. File names come from PharmacyFileName, whose pattern allows no path separators.
   */
  private static final Logger LOG = LoggerFactory.getLogger(PharmacyStore.class);

  /** Name of the pointer file in the store directory. */
  public static final String POINTER_FILE = "current.properties";
  /** Name of the sub-directory holding accepted files. */
  public static final String LISTS_DIRECTORY = "lists";
  /** How many accepted files are kept (the live one always among them). */
  static final int RETAINED_LISTS = 3;

  private final Path directory;
  private final Path lists;
  private final PharmacyListReader reader;
  private final AtomicReference<PharmacyDirectory> live = new AtomicReference<>();

  private PharmacyStore(Path directory, PharmacyListReader reader) {
    this.directory = directory;
    this.lists = directory.resolve(LISTS_DIRECTORY);
    this.reader = reader;
  }

  /**
   * Opens (creating if needed) a store in {@code directory} with the default reader, and loads the live list if
   * there is one.
   *
   * @throws IOException when the directory cannot be created, or a pointer exists but the list it names is missing,
   *     altered (SHA-256 differs) or no longer readable
   */
  public static PharmacyStore open(Path directory) throws IOException {
    return open(directory, new PharmacyListReader());
  }

  /**
   * Opens a store with a given reader (limits).
   *
   * @throws IOException as {@link #open(Path)}
   */
  public static PharmacyStore open(Path directory, PharmacyListReader reader) throws IOException {
    PharmacyStore store = new PharmacyStore(directory, reader);
    Files.createDirectories(store.lists);
    store.removeLeftovers();
    store.reload();
    return store;
  }

  /** The store directory. */
  public Path directory() {
    return directory;
  }

  /** The live list, or empty when none has been installed yet. */
  public Optional<PharmacyDirectory> current() {
    return Optional.ofNullable(live.get());
  }

  /**
   * Installs a file whose own name is an export name ({@code apotekslista_js_djur_*.txt}).
   *
   * @throws OutdatedPharmacyListException when its export time is not after the live list's
   * @throws InvalidPharmacyListException when the name or content is unusable as a whole
   * @throws IOException when reading the file or writing the store fails; the live list is unchanged
   */
  public InstallResult install(Path file) throws IOException, PharmacyListRejectedException {
    return install(file, file.getFileName().toString());
  }

  /**
   * Installs a file stored under another name (an upload), taking the export name from {@code fileName}.
   *
   * @throws OutdatedPharmacyListException when its export time is not after the live list's
   * @throws InvalidPharmacyListException when the name or content is unusable as a whole
   * @throws IOException when reading the file or writing the store fails; the live list is unchanged
   */
  public synchronized InstallResult install(Path file, String fileName)
      throws IOException, PharmacyListRejectedException {
    try {
      PharmacyFileName name = PharmacyListReader.fileName(fileName);
      refuseUnlessNewer(name);
      byte[] bytes = reader.readBounded(file, fileName);
      PharmacyListReadResult result = reader.read(bytes, fileName);
      PharmacyDirectory next = PharmacyDirectory.of(result.list());

      AtomicFiles.write(lists.resolve(name.fileName()), bytes);
      StorePointer pointer =
          new StorePointer(name.fileName(), name.exportedAt(), sha256(bytes), next.size(), Instant.now());
      AtomicFiles.write(directory.resolve(POINTER_FILE), pointer.toBytes());
      live.set(next);

      LOG.info("installed pharmacy list {} (exported {}, {} pharmacies, {} problems)", name.fileName(),
          name.exportedAt(), next.size(), result.problems().size() + result.omittedProblems());
      prune(name.fileName());
      return new InstallResult(name.exportedAt(), next.size(), result.problems(), result.omittedProblems());
    } catch (PharmacyListRejectedException e) {
      LOG.warn("refused pharmacy list {}: {}", fileName, e.getMessage());
      throw e;
    }
  }

  private void refuseUnlessNewer(PharmacyFileName name) throws OutdatedPharmacyListException {
    PharmacyDirectory current = live.get();
    if (current != null && !name.exportedAt().isAfter(current.exportedAt())) {
      throw new OutdatedPharmacyListException(
          name.fileName(), name.exportedAt(), current.sourceFileName(), current.exportedAt());
    }
  }

  private void reload() throws IOException {
    Path pointerFile = directory.resolve(POINTER_FILE);
    if (!Files.exists(pointerFile)) {
      LOG.info("pharmacy store {} has no list yet", directory);
      return;
    }
    StorePointer pointer = StorePointer.read(pointerFile);
    Path file = lists.resolve(pointer.fileName());
    if (!PharmacyFileName.matches(pointer.fileName()) || !Files.isRegularFile(file)) {
      throw new IOException("pharmacy store " + directory + ": the live list " + file + " is missing");
    }
    try {
      byte[] bytes = reader.readBounded(file, pointer.fileName());
      String actual = sha256(bytes);
      if (!actual.equals(pointer.sha256())) {
        throw new IOException("pharmacy store " + directory + ": " + file + " has SHA-256 " + actual
            + " but was installed with " + pointer.sha256());
      }
      PharmacyDirectory restored = PharmacyDirectory.of(reader.read(bytes, pointer.fileName()).list());
      live.set(restored);
      LOG.info("serving pharmacy list {} (exported {}, {} pharmacies, installed {})", pointer.fileName(),
          restored.exportedAt(), restored.size(), pointer.installedAt());
    } catch (InvalidPharmacyListException e) {
      throw new IOException("pharmacy store " + directory + ": the live list " + file + " is no longer readable: "
          + e.getMessage(), e);
    }
  }

  /** Deletes accepted files beyond the newest {@link #RETAINED_LISTS}, never the live one. */
  private void prune(String liveFile) {
    List<PharmacyFileName> stored = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(lists)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (PharmacyFileName.matches(name)) {
          stored.add(PharmacyFileName.parse(name));
        }
      }
    } catch (IOException e) {
      LOG.warn("could not list {} to remove old pharmacy lists: {}", lists, e.toString());
      return;
    }
    stored.sort(Comparator.comparing(PharmacyFileName::exportedAt).reversed());
    for (PharmacyFileName old : stored.subList(Math.min(RETAINED_LISTS, stored.size()), stored.size())) {
      if (!old.fileName().equals(liveFile)) {
        try {
          Files.deleteIfExists(lists.resolve(old.fileName()));
          LOG.info("removed old pharmacy list {}", old.fileName());
        } catch (IOException e) {
          LOG.warn("could not remove old pharmacy list {}: {}", old.fileName(), e.toString());
        }
      }
    }
  }

  private void removeLeftovers() throws IOException {
    for (Path dir : List.of(directory, lists)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, AtomicFiles::isLeftover)) {
        for (Path file : files) {
          LOG.info("removing leftover temp file {}", file);
          Files.deleteIfExists(file);
        }
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
