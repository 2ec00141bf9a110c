package org.festserver.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.dataset.DatasetSnapshot;
import org.festserver.indexer.dataset.SnapshotRejectedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fest-server snapshot export|import}: ships a dataset built once to read replicas (see docs/scaling.md).
 * Exit codes: 0 done, 1 the snapshot was refused or there is nothing to export, 2 bad usage.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
    description = "Export the live dataset as a snapshot file, or import one and make it live.",
    subcommands = {SnapshotCommand.Export.class, SnapshotCommand.Import.class})
final class SnapshotCommand implements Callable<Integer> {
  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 2;
  }

  /** {@code snapshot export --out FILE}: packs the live dataset of the data directory. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Pack the live dataset of --data-dir into FILE (zip) and write FILE.sha256 beside it.")
  static final class Export implements Callable<Integer> {
    @CommandLine.ParentCommand
    SnapshotCommand parent;

    @Option(names = "--out", required = true, description = "the snapshot file to write, e.g. fest-snapshot.zip")
    Path out;

    @Override
    public Integer call() throws Exception {
      PrintStream err = System.err;
      DataDirectory data = new DataDirectory(parent.main.config().dataDir());
      if (data.readCurrent().isEmpty()) {
        err.println("error: no live dataset in " + data.root() + " (load one first)");
        return 1;
      }
      DatasetSnapshot.Exported exported = DatasetSnapshot.export(data, out);
      err.println("exported dataset " + exported.metadata().datasetId() + " (HentetDato "
          + exported.metadata().hentetDato() + ") to " + exported.file() + ": " + exported.size() + " bytes, sha256 "
          + exported.sha256());
      return 0;
    }
  }

  /** {@code snapshot import FILE|DIR}: verifies a snapshot, unpacks it and makes it live. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Verify a snapshot, unpack it into --data-dir and make it live. Given a directory, imports its "
          + "newest snapshot (latest HentetDato). Refused while a server uses the data directory.")
  static final class Import implements Callable<Integer> {
    @CommandLine.ParentCommand
    SnapshotCommand parent;

    @Parameters(index = "0", description = "a snapshot file, or a directory of them")
    Path source;

    @Override
    public Integer call() throws Exception {
      PrintStream err = System.err;
      Path file = source;
      if (Files.isDirectory(source)) {
        var newest = DatasetSnapshot.newest(source);
        if (newest.isEmpty()) {
          err.println("error: no snapshot (*.zip) in " + source);
          return 1;
        }
        file = newest.get();
      }
      DataDirectory data = new DataDirectory(parent.main.config().dataDir());
      Closeable lock;
      try {
        lock = data.lockForWriting();
      } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
        // the second: held by this very JVM (tests)
        err.println("error: " + e.getMessage());
        return 1;
      }
      try (lock; DatasetManager datasets = DatasetManager.open(data)) {
        DatasetManifest manifest = DatasetSnapshot.importInto(data, file);
        datasets.activate(manifest.id());
        err.println("imported " + file.getFileName() + ": dataset " + manifest.id() + " (HentetDato "
            + manifest.hentetDato() + ") is live in " + data.root());
        return 0;
      } catch (SnapshotRejectedException e) {
        err.println("error: " + e.getMessage());
        err.println("the live dataset is unchanged");
        return 1;
      }
    }
  }
}
