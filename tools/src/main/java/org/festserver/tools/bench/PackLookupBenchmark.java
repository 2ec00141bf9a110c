package org.festserver.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.festserver.indexer.store.Lookup;
import org.festserver.server.json.Json;
import org.festserver.server.product.ProductService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GET /packs/{itemNumber}} without HTTP: the look-up by varenummer (MapDB), the pack, its brands, unit doses
 * and interchange group decoded, prices and marketing state for the date, and the JSON bytes written.
 *
 * <p>Workload: every varenummer of the dataset, 4096 drawn Zipf-like (seeded), cycled per thread.
 *
 * <p>Run on the scale-1.0 dataset:
 * <pre>
 * mvn -B -q -pl tools -am package -DskipTests
 * java -jar tools/target/fest-tools.jar generate --scale 1.0 --seed 1 --out /tmp/fest-1.0.xml.gz
 * java -cp tools/target/fest-tools.jar org.openjdk.jmh.Main PackLookupBenchmark -p fest=/tmp/fest-1.0.xml.gz
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class PackLookupBenchmark extends DatasetBenchmark {
  private final ProductService service = new ProductService();
  private final ObjectMapper json = Json.mapper();
  private String[] itemNumbers;

  @Override
  protected void prepare() {
    List<String> numbers = new ArrayList<>(data.dataset().store().lookupPrefix(Lookup.PACK_BY_ITEM_NUMBER, "").keySet());
    itemNumbers = BenchDataset.zipf(numbers, 4096, seed).toArray(new String[0]);
  }

  @Benchmark
  public byte[] packLookup(Position position) throws Exception {
    return json.writeValueAsBytes(service.pack(data.dataset(), position.next(itemNumbers), date));
  }
}
