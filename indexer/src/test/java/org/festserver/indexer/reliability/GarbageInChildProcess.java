package org.festserver.indexer.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetRejectedException;
import org.festserver.indexer.ingest.FestFormatException;

/**
 * {@code main(kind, bytes, workDir)}: a full load ({@link DatasetBuilder#buildFull}) of {@code bytes} of generated
 * garbage. Run by {@link GarbageInputTest} in a JVM with a small heap; prints one line
 * {@code RESULT kind outcome code fileBytes consumedBytes millis peakHeapBytes}. The garbage is written to a scratch
 * file first (the reader takes a path; a named pipe does not work with the JDK's file streams), deleted at the end.
 */
public final class GarbageInChildProcess {
  private GarbageInChildProcess() {}

  public static void main(String[] args) throws Exception {
    Garbage kind = Garbage.valueOf(args[0]);
    long size = Long.parseLong(args[1]);
    Path work = Path.of(args[2]);
    Path file = work.resolve(kind.name().toLowerCase(java.util.Locale.ROOT) + ".xml");
    try (InputStream in = kind.stream(size)) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    resetPeaks();
    CountingProgress progress = new CountingProgress();
    long started = System.nanoTime();
    String outcome;
    String code;
    try {
      new DatasetBuilder(new DataDirectory(work.resolve("data"))).buildFull(file, progress);
      outcome = "accepted";
      code = "-";
    } catch (FestFormatException e) {
      outcome = "refused";
      code = e.code();
      System.out.println("MESSAGE " + e.getMessage().replace('\n', ' '));
    } catch (DatasetRejectedException e) {
      outcome = "rejected";
      code = e.code();
      System.out.println("MESSAGE " + e.getMessage().replace('\n', ' '));
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    Files.delete(file);
    System.out.println("RESULT " + kind + " " + outcome + " " + code + " " + size + " " + progress.maxBytes + " " + millis
        + " " + peakHeap());
    System.out.flush();
  }

  /** The furthest the reader got in the file, from the build's progress reports. */
  private static final class CountingProgress implements BuildProgress.Listener {
    volatile long maxBytes;

    @Override
    public void onProgress(BuildProgress progress) {
      maxBytes = Math.max(maxBytes, progress.bytesRead());
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
