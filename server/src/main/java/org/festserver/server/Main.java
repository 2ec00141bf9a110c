package org.festserver.server;

import java.io.Closeable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.dataset.DatasetRejectedException;
import org.festserver.indexer.dataset.FestLoader;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.pharmacy.PharmacyListRejectedException;
import org.festserver.server.dataset.BundledData;
import org.festserver.server.dataset.ConsoleProgress;
import org.festserver.server.dataset.StartupLoader;
import org.festserver.server.observe.LogConsole;
import org.festserver.server.pharmacy.StartupPharmacies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar fest-server.jar [options]} serves the API; {@code … load FILE} loads a full M30 file into the data
 * directory and exits. Exit codes: 0 success, 1 the file was refused (the live dataset is untouched), 2 bad usage.
 */
@Command(
    name = "fest-server",
    mixinStandardHelpOptions = true,
    version = "fest-server 0.1.0",
    description = "Serves the Norwegian medicines catalog FEST (M30) and the Swedish veterinary pharmacy list over HTTP.",
    subcommands = {Main.Load.class, SnapshotCommand.class})
public final class Main implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @Option(names = "--port", scope = CommandLine.ScopeType.INHERIT, description = "HTTP port; 0 = any free port (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", scope = CommandLine.ScopeType.INHERIT, description = "interface to listen on (default ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT, description = "where datasets are kept (default ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(names = "--fest", scope = CommandLine.ScopeType.INHERIT, description = "full M30 file (.xml, .xml.gz, .zip) to load when newer than the live dataset")
  String fest;

  @Option(names = "--pharmacies", scope = CommandLine.ScopeType.INHERIT, description = "apotekslista_js_djur_*.txt to load when newer than the live list")
  String pharmacies;

  @Option(names = "--admin-token", scope = CommandLine.ScopeType.INHERIT, description = "enables the admin endpoints")
  String adminToken;

  @Option(names = "--cors-origins", scope = CommandLine.ScopeType.INHERIT, split = ",",
      description = "origins allowed to call the API from a browser, comma-separated, * for any (default: CORS off)")
  List<String> corsOrigins;

  @Option(names = "--idle-timeout", scope = CommandLine.ScopeType.INHERIT,
      description = "seconds a connection may stay idle, also mid-request (default ${DEFAULT-VALUE})")
  int idleTimeout;

  @Option(names = "--max-body-bytes", scope = CommandLine.ScopeType.INHERIT,
      description = "largest request body outside admin uploads (default ${DEFAULT-VALUE})")
  long maxBodyBytes;

  @Option(names = "--max-upload-bytes", scope = CommandLine.ScopeType.INHERIT,
      description = "largest admin upload (default ${DEFAULT-VALUE})")
  long maxUploadBytes;

  @Option(names = "--max-header-bytes", scope = CommandLine.ScopeType.INHERIT,
      description = "largest request line plus headers (default ${DEFAULT-VALUE})")
  int maxHeaderBytes;

  @Option(names = "--config", scope = CommandLine.ScopeType.INHERIT, description = "properties file with defaults (default ./fest-server.properties)")
  Path configFile;

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  static CommandLine commandLine(java.util.Map<String, String> environment) {
    Path configFile = configFileFrom(environment);
    CommandLine cli = new CommandLine(new Main());
    cli.setDefaultValueProvider(new ConfigDefaults(environment, configFile));
    return cli;
  }

  private static Path configFileFrom(java.util.Map<String, String> environment) {
    String fromEnv = environment.get("FEST_CONFIG");
    return Path.of(fromEnv != null ? fromEnv : "fest-server.properties");
  }

  ServerConfig config() {
    return new ServerConfig(host, port, dataDir, optionalPath(fest), optionalPath(pharmacies),
        Optional.ofNullable(adminToken).filter(t -> !t.isBlank()),
        new ServerConfig.Http(corsOrigins == null ? List.of() : corsOrigins.stream().map(String::strip)
            .filter(o -> !o.isEmpty()).toList(), idleTimeout, maxBodyBytes, maxUploadBytes, maxHeaderBytes));
  }

  private static Optional<Path> optionalPath(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  @Override
  public Integer call() throws Exception {
    ServerConfig config = config();
    PrintStream err = LogConsole.forServer(System.getenv(), LOG);
    DataDirectory data = new DataDirectory(config.dataDir());
    Closeable writerLock;
    try {
      writerLock = data.lockForWriting();
    } catch (java.io.IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    DatasetManager datasets;
    try {
      datasets = DatasetManager.open(data);
    } catch (java.io.IOException e) {
      writerLock.close();
      err.println("error: cannot use the data directory " + config.dataDir() + ": " + e);
      return 1;
    }
    BundledData bundled = new BundledData(Path.of("data"), config.dataDir().resolve("bundled"));
    try {
      StartupLoader loader = new StartupLoader(datasets, new DatasetBuilder(data), new ConsoleProgress(err));
      loader.load(config.fest(), bundled.festSample()).ifPresent(m -> summary(err, m));
    } catch (FestFormatException | DatasetRejectedException e) {
      datasets.close();
      refused(err, e);
      return 1;
    }
    CatalogServer server = new CatalogServer(config, datasets, Clock.systemUTC());
    try {
      StartupPharmacies.load(server.pharmacies(), config.pharmacies(), bundled.pharmacyList()).ifPresent(r -> err.println(
          "loaded pharmacy list exported " + r.exportedAt() + ": " + r.count() + " pharmacies, "
              + (r.problems().size() + r.omittedProblems()) + " line problems"));
    } catch (PharmacyListRejectedException e) {
      server.stop();
      datasets.close();
      err.println("error: " + e.getMessage());
      err.println("the live pharmacy list is unchanged");
      return 1;
    }
    int port = server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      datasets.close();
      try {
        writerLock.close();
      } catch (java.io.IOException e) {
        // the process is ending; the operating system releases the lock
      }
      stopped.countDown();
    }, "fest-shutdown"));
    System.out.println("listening on http://" + config.host() + ":" + port);
    System.out.flush();
    stopped.await();
    return 0;
  }

  static void summary(PrintStream out, DatasetManifest m) {
    out.println("loaded " + m.sourceName() + " (HentetDato " + m.hentetDato() + ", FEST " + m.festVersion() + ") as dataset "
        + m.id() + " in " + m.buildMillis() + " ms: " + m.totalEntities() + " entities; "
        + m.counts() + "; " + m.unresolvedReferences()
        + " unresolved references; unknown elements " + m.unknownElements());
  }

  static void refused(PrintStream out, Exception e) {
    out.println("error: " + e.getMessage());
    if (e instanceof DatasetRejectedException) {
      ((DatasetRejectedException) e).problems().stream().limit(20).forEach(p -> out.println("  " + p));
      String code = ((DatasetRejectedException) e).code();
      if (code.equals("catalog-shrunk") || (code.equals("stale-extract") && e.getMessage().contains("force"))) {
        out.println("to load it anyway: fest-server load --force FILE");
      }
    }
    out.println("the live dataset is unchanged");
    LOG.debug("load refused", e);
  }

  /**
   * {@code load [--mode full|incremental|auto] [--force] FILE}: loads a full M30 file or applies an increment to the
   * data directory and makes the result live, then exits. Refused while a server runs on the same data directory
   * (put the file in its {@code inbox/} or upload it instead).
   */
  @Command(name = "load", mixinStandardHelpOptions = true,
      description = "Load a full M30 file, or apply an increment, and make the result live.")
  static final class Load implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(index = "0", description = "the M30 file (.xml, .xml.gz or .zip)")
    Path file;

    @Option(names = "--mode", description = "full, incremental, or auto (an expired entry means incremental); default ${DEFAULT-VALUE}",
        defaultValue = "full")
    String mode;

    @Option(names = "--force", description = "load a full file even if it is not newer or a catalog shrank below 80%")
    boolean force;

    @Override
    public Integer call() throws Exception {
      PrintStream err = System.err;
      DataDirectory data = new DataDirectory(parent.config().dataDir());
      FestLoader.Mode loadMode;
      try {
        loadMode = "auto".equals(mode) ? FestLoader.Mode.detect(file) : FestLoader.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        err.println("error: --mode must be full, incremental or auto, got " + mode);
        return 2;
      } catch (FestFormatException e) {
        refused(err, e);
        return 1;
      }
      Closeable lock;
      try {
        lock = data.lockForWriting();
      } catch (java.io.IOException e) {
        err.println("error: " + e.getMessage() + "; put the file in its inbox/ or upload it instead");
        return 1;
      }
      try (lock; DatasetManager datasets = DatasetManager.open(data)) {
        DatasetManifest manifest = FestLoader.of(datasets).load(file, loadMode, force, new ConsoleProgress(err));
        summary(err, manifest);
        return 0;
      } catch (FestFormatException | DatasetRejectedException e) {
        refused(err, e);
        return 1;
      } catch (java.io.IOException e) {
        refused(err, e);
        return 1;
      }
    }
  }
}
