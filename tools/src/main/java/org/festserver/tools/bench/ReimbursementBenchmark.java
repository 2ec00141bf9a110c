package org.festserver.tools.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetLease;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.model.condition.PatientFacts;
import org.festserver.model.condition.Role;
import org.festserver.model.condition.Sex;
import org.festserver.model.entry.EntityKind;
import org.festserver.server.alert.AlertQuery;
import org.festserver.server.alert.AlertService;
import org.festserver.server.condition.ConditionQuery;
import org.festserver.server.condition.ConditionService;
import org.festserver.server.json.Json;
import org.festserver.server.reimbursement.ReimbursementQuery;
import org.festserver.server.reimbursement.ReimbursementService;
import org.festserver.server.supply.SupplyQuery;
import org.festserver.server.supply.SupplyService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The work behind {@code GET /reimbursement}, {@code /alerts}, {@code /conditions}, {@code /supplies/tree} and
 * {@code /supplies/{nr}}: the service call on the live dataset plus writing its JSON, without the HTTP round trip.
 * Sample-time mode, so JMH reports p50/p99/p99.9 per operation.
 *
 * <p>Workload: a full dataset built once per trial, from {@code festFile} (a generated scale-1.0 file) or, when that
 * is empty, from the reimbursement scenario repeated {@code copies} times (1,700 copies = 62,901 entries, about 0.9 of
 * a full Rekvirent file). Products are drawn from a Zipf-like distribution (s = 1) over all packs, substance groups,
 * brands and goods in a seeded random order; date 2025-06-15; the reimbursement mix alternates prescriber and
 * dispenser and passes age/sex to every fourth request.
 *
 * <p>Run from the checkout root:
 * <pre>
 * mvn -B -q -pl tools -am package -DskipTests
 * java -cp tools/target/fest-tools.jar org.openjdk.jmh.Main ReimbursementBenchmark
 * java -cp tools/target/fest-tools.jar org.openjdk.jmh.Main ReimbursementBenchmark -p festFile=/path/fest-scale1.xml
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ReimbursementBenchmark {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 15);
  private static final int MIX = 1 << 16;

  /** A full M30 file; empty = the scaled scenario. */
  @Param({""})
  public String festFile;

  /** Copies of the scenario when no file is given. */
  @Param({"1700"})
  public int copies;

  @Param({"42"})
  public long seed;

  private Path workDir;
  private DatasetManager manager;
  private DatasetLease lease;
  private Dataset dataset;
  private final ObjectMapper json = Json.mapper();
  private final ReimbursementService reimbursement = new ReimbursementService();
  private final AlertService alerts = new AlertService();
  private final ConditionService conditions = new ConditionService();
  private final SupplyService supplies = new SupplyService();
  private String[] packs;
  private String[] substanceGroups;
  private String[] brands;
  private String[] goods;
  private int[] mix;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    workDir = Files.createTempDirectory("reimbursement-bench");
    Path file = festFile.isEmpty() ? ScaledScenario.write(copies, workDir) : Path.of(festFile);
    DataDirectory data = new DataDirectory(workDir.resolve("data"));
    manager = DatasetManager.open(data);
    DatasetManifest manifest = new DatasetBuilder(data).buildFull(file, BuildProgress.Listener.NONE);
    manager.addWarmer(ConditionService::warm);
    manager.addWarmer(ReimbursementService::warm);
    manager.addWarmer(AlertService::warm);
    manager.addWarmer(SupplyService::warm);
    manager.activate(manifest.id());
    lease = manager.acquire().orElseThrow();
    dataset = lease.dataset();
    Random random = new Random(seed);
    packs = keys(EntityKind.PACK, random);
    substanceGroups = keys(EntityKind.SUBSTANCE_GROUP, random);
    brands = keys(EntityKind.BRAND, random);
    goods = keys(EntityKind.SUPPLY, random);
    mix = zipf(Math.max(packs.length, 1), random);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    lease.close();
    manager.close();
    try (Stream<Path> files = Files.walk(workDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private String[] keys(EntityKind kind, Random random) {
    List<String> keys = new ArrayList<>();
    dataset.store().keys(kind).forEach(keys::add);
    Collections.sort(keys);
    Collections.shuffle(keys, random);
    return keys.toArray(String[]::new);
  }

  /** Indices drawn from a Zipf distribution with s = 1 over n ranks (inverse CDF on a seeded generator). */
  private static int[] zipf(int n, Random random) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1.0 / (rank + 1);
      cdf[rank] = sum;
    }
    int[] draws = new int[MIX];
    for (int i = 0; i < MIX; i++) {
      double target = random.nextDouble() * sum;
      int index = java.util.Arrays.binarySearch(cdf, target);
      draws[i] = index >= 0 ? index : Math.min(-index - 1, n - 1);
    }
    return draws;
  }

  private String pick(String[] ids) {
    int draw = mix[next++ & (MIX - 1)];
    return ids[draw % ids.length];
  }

  private ReimbursementQuery reimbursementQuery() {
    int turn = next & 3;
    Role role = (turn & 1) == 0 ? Role.PRESCRIBER : Role.DISPENSER;
    PatientFacts patient = turn == 3 ? new PatientFacts(17, Sex.FEMALE) : PatientFacts.UNKNOWN;
    return new ReimbursementQuery(DATE, role, patient);
  }

  @Benchmark
  public byte[] reimbursementByPack() throws JsonProcessingException {
    ReimbursementQuery query = reimbursementQuery();
    return json.writeValueAsBytes(reimbursement.entriesFor(dataset, EntityKind.PACK, pick(packs), query));
  }

  @Benchmark
  public byte[] reimbursementBySubstanceGroup() throws JsonProcessingException {
    ReimbursementQuery query = reimbursementQuery();
    return json.writeValueAsBytes(reimbursement.entriesFor(dataset, EntityKind.SUBSTANCE_GROUP, pick(substanceGroups), query));
  }

  @Benchmark
  public byte[] alertsByPack() throws JsonProcessingException {
    return json.writeValueAsBytes(alerts.alertsFor(dataset, EntityKind.PACK, pick(packs), new AlertQuery(DATE, Set.of(), Set.of())));
  }

  @Benchmark
  public byte[] alertsByBrand() throws JsonProcessingException {
    return json.writeValueAsBytes(alerts.alertsFor(dataset, EntityKind.BRAND, pick(brands), new AlertQuery(DATE, Set.of(), Set.of())));
  }

  @Benchmark
  public byte[] productConditionsByPack() throws JsonProcessingException {
    return json.writeValueAsBytes(conditions.productConditions(
        dataset, EntityKind.PACK, pick(packs), new ConditionQuery(Role.PRESCRIBER, PatientFacts.UNKNOWN)));
  }

  /** What {@code GET /supplies/tree} does: the whole tree with goods, written once per dataset and query. */
  @Benchmark
  public byte[] supplyTree() {
    return supplies.treeJson(dataset, new SupplyQuery(DATE, PatientFacts.UNKNOWN, null, true)).orElseThrow();
  }

  /** Building and writing the whole tree with goods without the per-dataset answer cache (the first request). */
  @Benchmark
  public byte[] supplyTreeUncached() throws JsonProcessingException {
    return json.writeValueAsBytes(supplies.tree(dataset, new SupplyQuery(DATE, PatientFacts.UNKNOWN, null, true)).orElseThrow());
  }

  @Benchmark
  public byte[] supplyByNumber() throws JsonProcessingException {
    return json.writeValueAsBytes(
        supplies.supply(dataset, pick(goods), new SupplyQuery(DATE, PatientFacts.UNKNOWN, null, false)).orElseThrow());
  }
}
