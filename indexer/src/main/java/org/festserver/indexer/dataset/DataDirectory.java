package org.festserver.indexer.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The layout of the server's data directory and its durable, atomic file operations.
 *
 * <pre>
 * data-dir/
 *   current                 id of the live dataset (replaced atomically)
 *   datasets/&lt;id&gt;/         one dataset: store.mapdb, index/, manifest.json (written last)
 * </pre>
 *
 * A dataset without {@code manifest.json} is incomplete (a build that did not finish) and is never opened.
 */
public final class DataDirectory {
  static final String MANIFEST = "manifest.json";
  private static final String CURRENT = "current";
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final java.util.regex.Pattern DATASET_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private final Path root;
  private final ObjectMapper json = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  public DataDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path datasets() {
    return root.resolve("datasets");
  }

  public Path dataset(String id) {
    return datasets().resolve(id);
  }

  /** Creates an empty directory for a new dataset with a fresh, sortable id. */
  public Path createDatasetDirectory() throws IOException {
    Files.createDirectories(datasets());
    while (true) {
      String id = "ds-" + ID_TIME.format(Instant.now()) + "-" + String.format(java.util.Locale.ROOT, "%04d",
          SEQUENCE.incrementAndGet() % 10000);
      Path dir = dataset(id);
      try {
        return Files.createDirectory(dir);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another build in this second with the same sequence: try the next
      }
    }
  }

  /** Writes the manifest last, durably, which makes the dataset complete. */
  public void writeManifest(Path datasetDir, DatasetManifest manifest) throws IOException {
    fsyncTree(datasetDir);
    writeAtomically(datasetDir.resolve(MANIFEST), json.writeValueAsBytes(manifest));
    fsyncDirectory(datasetDir);
  }

  /** The manifest of a complete dataset, or empty when it is missing or unreadable. */
  public Optional<DatasetManifest> readManifest(String id) {
    Path file = dataset(id).resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(file.toFile(), DatasetManifest.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The id the {@code current} pointer names, if any. */
  public Optional<String> readCurrent() {
    Path file = root.resolve(CURRENT);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      String id = Files.readString(file, StandardCharsets.UTF_8).strip();
      // only a plain dataset name: anything else (a NUL byte, a path) is a damaged pointer, repaired at start
      return DATASET_ID.matcher(id).matches() && !id.contains("..") ? Optional.of(id) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Points {@code current} at a dataset: written to a temp file, synced, then renamed over the old pointer. */
  public void writeCurrent(String id) throws IOException {
    Files.createDirectories(root);
    writeAtomically(root.resolve(CURRENT), (id + "\n").getBytes(StandardCharsets.UTF_8));
    fsyncDirectory(root);
  }

  /**
   * Takes the data directory's writer lock ({@code writer.lock}) for this process: only one process — a server or a
   * {@code load} command — may change datasets at a time. Close the result to release it; the operating system
   * releases it when the process dies.
   *
   * @throws IOException when another process holds it, or the lock file cannot be created
   */
  public java.io.Closeable lockForWriting() throws IOException {
    Files.createDirectories(root);
    FileChannel channel = FileChannel.open(root.resolve("writer.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    java.nio.channels.FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("another process (a running server or load command) is using the data directory " + root);
    }
    return () -> {
      lock.release();
      channel.close();
    };
  }

  /** Ids of complete datasets, newest first. */
  public List<String> completeDatasets() throws IOException {
    List<String> ids = new ArrayList<>();
    if (!Files.isDirectory(datasets())) {
      return ids;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(datasets())) {
      for (Path dir : stream) {
        if (Files.isRegularFile(dir.resolve(MANIFEST))) {
          ids.add(dir.getFileName().toString());
        }
      }
    }
    ids.sort(Comparator.reverseOrder());
    return ids;
  }

  /**
   * Deletes complete datasets beyond the newest {@code keep} and, when {@code includeIncomplete}, directories of
   * builds that never finished (only safe when no build is running). Never touches the ids in {@code protectedIds}.
   */
  public void cleanUp(int keep, List<String> protectedIds, boolean includeIncomplete) throws IOException {
    if (!Files.isDirectory(datasets())) {
      return;
    }
    List<String> complete = completeDatasets();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(datasets())) {
      for (Path dir : stream) {
        String id = dir.getFileName().toString();
        if (protectedIds.contains(id)) {
          continue;
        }
        int rank = complete.indexOf(id);
        if ((rank < 0 && includeIncomplete) || rank >= keep) {
          deleteTree(dir);
        }
      }
    }
  }

  static void writeAtomically(Path target, byte[] content) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(content));
      channel.force(true);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the data directory's file system cannot rename atomically: " + target.getParent(), e);
    }
  }

  static void fsyncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // some file systems cannot sync a directory; the rename is still atomic there
    }
  }

  static void fsyncTree(Path dir) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) {
        fsyncDirectory(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
