package org.festserver.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.festserver.server.interaction.CheckRequest;
import org.festserver.server.interaction.InteractionChecker;
import org.festserver.server.interaction.InteractionHandlers;
import org.festserver.server.json.Json;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Server time of {@code POST /interactions/check} with 10 and 20 items: parse and validate the JSON body, resolve the
 * items, find the interactions, write the JSON answer (everything but the network and Jetty).
 *
 * <p>Workload: the {@link SyntheticInteractionCatalog} at {@code scale} (1.0 = 11,000 interactions, 16,000 packs,
 * 9,000 brands) built into a real dataset, or an M30 file given as {@code -p fest=FILE} (e.g. from
 * {@code fest-tools generate}). 1,024 request bodies, drawn once with the seed: per item 70 % a pack, 15 % a
 * substance group, 10 % a brand, 5 % an ATC code, each Zipf-distributed (exponent 1.0) over a shuffled order, so that
 * some products appear in many prescription lists; audience and minRelevance as a prescriber system sends them
 * ({@code gp}, default relevance) in three quarters of the requests, none in the rest.
 *
 * <p>Command (from the repository root; a few minutes, most of it building the dataset). On the generator's scale-1.0
 * dataset (the target), then on the denser synthetic catalog:
 * <pre>
 * mvn -B -q -pl tools -am package -DskipTests
 * java -jar tools/target/fest-tools.jar generate --scale 1.0 --seed 1 --out /tmp/fest-1.0.xml.gz
 * java -cp tools/target/fest-tools.jar org.openjdk.jmh.Main InteractionCheckBenchmark -p fest=/tmp/fest-1.0.xml.gz
 * java -cp tools/target/fest-tools.jar org.openjdk.jmh.Main InteractionCheckBenchmark -p scale=1.0
 * </pre>
 * Results, with the machine, go to {@code docs/performance.md}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class InteractionCheckBenchmark {
  private static final int BODIES = 1024;

  @Param({"10", "20"})
  public int items;

  private InteractionHandlers handlers;
  private ObjectMapper json;
  private String[] bodies;
  private int next;

  @Setup(Level.Trial)
  public void setUp(CatalogState catalog) throws Exception {
    json = Json.mapper();
    handlers = new InteractionHandlers(null, json);
    bodies = bodies(catalog.mix, new Random(catalog.seed), items, json);
  }

  @Benchmark
  public byte[] check(CatalogState catalog) throws Exception {
    String body = bodies[next++ & (BODIES - 1)];
    CheckRequest request = handlers.checkRequest(body);
    return json.writeValueAsBytes(InteractionChecker.check(catalog.data.dataset(), request));
  }

  static String[] bodies(RequestMix mix, Random random, int items, ObjectMapper json) throws Exception {
    String[] bodies = new String[BODIES];
    for (int b = 0; b < BODIES; b++) {
      List<String> list = new ArrayList<>(items);
      for (int i = 0; i < items; i++) {
        list.add(mix.item(random));
      }
      var body = json.createObjectNode();
      list.forEach(body.putArray("items")::add);
      if (random.nextInt(4) > 0) {
        body.put("audience", "gp");
      }
      bodies[b] = json.writeValueAsString(body);
    }
    return bodies;
  }
}
