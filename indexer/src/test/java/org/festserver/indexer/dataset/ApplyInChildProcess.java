package org.festserver.indexer.dataset;

import java.nio.file.Path;

/**
 * {@code main(dataDir, file, mode)}: applies one M30 file to a data directory and exits; run as a child JVM by
 * {@link CrashDuringApplyTest}, which kills it at a random moment. Prints {@code applying} just before the work.
 */
public final class ApplyInChildProcess {
  private ApplyInChildProcess() {}

  public static void main(String[] args) throws Exception {
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(Path.of(args[0])))) {
      FestLoader loader = FestLoader.of(manager);
      System.out.println("applying");
      System.out.flush();
      loader.load(Path.of(args[1]), FestLoader.Mode.valueOf(args[2]), true, BuildProgress.Listener.NONE);
      System.out.println("done");
      System.out.flush();
    }
  }
}
