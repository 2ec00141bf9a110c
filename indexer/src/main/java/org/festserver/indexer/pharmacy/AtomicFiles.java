package org.festserver.indexer.pharmacy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Crash-safe file replacement: write a temp file in the same directory, fsync it, rename it over the target. */
final class AtomicFiles {
  /** Suffix of temp files; a leftover one (after a crash) is garbage. */
  static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code bytes} so that readers see either the old or the new content, never a mix. */
  static void write(Path target, byte[] bytes) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      // On POSIX rename(2) replaces an existing target atomically; Windows uses MoveFileEx(REPLACE_EXISTING).
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      syncDirectory(directory);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes a rename durable where the platform allows opening a directory (Linux, macOS); a no-op elsewhere. */
  static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; NTFS journals the rename itself.
    }
  }

  /** True for a temp file left behind by {@link #write}. */
  static boolean isLeftover(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
  }
}
