package org.festserver.tools.load;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fest-tools load}: closed-loop HTTP load against a running server, with the HTTP floor measured before and
 * after in the same run, and one table of throughput (and its fraction of the floor) and p50/p90/p99/max per request
 * class.
 *
 * <p>Command (server already running on a full dataset, e.g. {@code java -jar server/target/fest-server.jar --fest
 * /tmp/fest-1.0.xml}):
 * <pre>
 * java -jar tools/target/fest-tools.jar load --url http://127.0.0.1:8080 --workload typeahead,check,mix
 * java -jar tools/target/fest-tools.jar load --url http://127.0.0.1:8080 --mix my-workload.json --connections 16 --duration 30s
 * </pre>
 * Workloads are {@code tools/workloads/NAME.json} (see {@link Workload}); the options override their connections,
 * duration and warm-up.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Closed-loop HTTP load (typeahead, pack lookups, interaction checks) with the HTTP floor in the same run.")
public final class LoadCommand implements Callable<Integer> {
  @Option(names = "--url", required = true, description = "the server, e.g. http://127.0.0.1:8080")
  String url;

  @Option(names = "--workload", split = ",", description = "bundled workloads by name (tools/workloads/NAME.json): typeahead, pack, check, mix")
  List<String> workloads = new ArrayList<>();

  @Option(names = "--mix", description = "a workload file (JSON); repeatable")
  List<Path> mixFiles = new ArrayList<>();

  @Option(names = "--connections", description = "connections (overrides the workloads)")
  Integer connections;

  @Option(names = "--duration", description = "measured time per phase, e.g. 30s (overrides the workloads)")
  String duration;

  @Option(names = "--warmup", description = "warm-up per phase, not measured, e.g. 5s (overrides the workloads)")
  String warmup;

  @Option(names = "--pid", defaultValue = "0", description = "the server's process id, to report its RSS (Linux)")
  long pid;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<Workload> list = workloads(workloads, mixFiles, connections, parse(duration), parse(warmup));
    LoadRun run = run(url, list, pid, out);
    run.print(out);
    return run.phases().stream().anyMatch(p -> p.result().totalErrors() > 0 || p.result().timedOut() > 0) ? 1 : 0;
  }

  static List<Workload> workloads(List<String> names, List<Path> files, Integer connections, Duration duration,
      Duration warmup) {
    List<Workload> list = new ArrayList<>();
    for (String name : names) {
      list.add(Workload.named(name.strip()).with(connections, duration, warmup));
    }
    for (Path file : files) {
      list.add(Workload.read(file).with(connections, duration, warmup));
    }
    if (list.isEmpty()) {
      list.add(Workload.named("mix").with(connections, duration, warmup));
    }
    return list;
  }

  /** Samples the catalog from the server, then runs floor, workloads, floor. */
  static LoadRun run(String url, List<Workload> workloads, long pid, PrintStream log) throws Exception {
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    HttpLoad http = new HttpLoad(base);
    CatalogSample sample = CatalogSample.fetch(base, 10, 3);
    log.printf(Locale.ROOT, "load on %s (%d cores here), sampled %s%n", base, Runtime.getRuntime().availableProcessors(),
        sample.describe());
    Workload first = workloads.get(0);
    return new LoadRun(http, sample, pid, log).run(workloads, first.connections(), first.duration(), first.warmup());
  }

  /** Load that is not reported: lets the server's JIT compile the paths before the first measured phase. */
  static void warmUp(String url, Workload workload, PrintStream log) throws Exception {
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    new HttpLoad(base).run(workload, CatalogSample.fetch(base, 10, 3));
  }

  private static Duration parse(String text) {
    return text == null ? null : Workload.duration(text);
  }
}
