package org.festserver.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.festserver.model.interaction.MinRelevance;
import org.festserver.server.interaction.InteractionSearcher;
import org.festserver.server.json.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Server time of {@code GET /interactions?q=} with the default page of 100: search and write the JSON answer.
 *
 * <p>Workload: the dataset of {@link CatalogState} ({@code scale}, {@code seed} or {@code -p fest=FILE});
 * 1,024 search texts drawn once with the seed: 60 % ATC codes of products, 20 % their level-4 and 10 % their level-3
 * codes (which cover many interactions), 10 % substansgruppe and member names; each Zipf-distributed (exponent 1.0).
 * All relevance levels, as the endpoint's default.
 *
 * <p>Command (from the repository root), with the file of {@link InteractionCheckBenchmark}'s command:
 * <pre>
 * mvn -B -q -pl tools -am package -DskipTests
 * java -cp tools/target/fest-tools.jar org.openjdk.jmh.Main InteractionSearchBenchmark -p fest=/tmp/fest-1.0.xml.gz
 * java -cp tools/target/fest-tools.jar org.openjdk.jmh.Main InteractionSearchBenchmark -p scale=1.0
 * </pre>
 * Results, with the machine, go to {@code docs/performance.md}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class InteractionSearchBenchmark {
  private static final int QUERIES = 1024;
  private static final int LIMIT = 100;

  private ObjectMapper json;
  private String[] queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp(CatalogState catalog) {
    json = Json.mapper();
    Random random = new Random(catalog.seed);
    queries = new String[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      queries[q] = catalog.mix.query(random);
    }
  }

  @Benchmark
  public byte[] search(CatalogState catalog) throws Exception {
    String q = queries[next++ & (QUERIES - 1)];
    return json.writeValueAsBytes(InteractionSearcher.search(catalog.data.dataset(), q, MinRelevance.NONE, 0, LIMIT));
  }
}
