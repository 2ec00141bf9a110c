package org.festserver.tools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.festserver.indexer.search.ProductSearcher;
import org.festserver.indexer.search.SearchPage;
import org.festserver.indexer.search.SearchRequest;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.SubstanceGroup;
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
 * Typeahead search straight on the index, without the server's answer cache (its worst case): {@link
 * ProductSearcher#search} with the default kinds (substance groups and brands), 20 hits, exact total.
 *
 * <p>Workload: from every brand and substance group name of the dataset, a query as a user types it — the first word
 * cut to 2–8 letters, half of the time followed by the next word or strength cut the same way ("simv", "zoco 20",
 * "parac 50"); 4096 queries drawn Zipf-like (seeded) from those, cycled per thread.
 *
 * <p>Run on the scale-1.0 dataset (sample-time mode gives the percentiles):
 * <pre>
 * mvn -B -q -pl tools -am package -DskipTests
 * java -jar tools/target/fest-tools.jar generate --scale 1.0 --seed 1 --out /tmp/fest-1.0.xml.gz
 * java -cp tools/target/fest-tools.jar org.openjdk.jmh.Main SearchBenchmark -p fest=/tmp/fest-1.0.xml.gz
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SearchBenchmark extends DatasetBenchmark {
  private ProductSearcher searcher;
  private String[] queries;

  @Override
  protected void prepare() {
    searcher = new ProductSearcher(data.dataset().search());
    List<String> names = new ArrayList<>();
    data.dataset().store().forEach(EntityKind.BRAND, e -> names.add(((Brand) e).medicine().nameFormStrength()));
    data.dataset().store().forEach(EntityKind.SUBSTANCE_GROUP,
        e -> names.add(((SubstanceGroup) e).medicine().nameFormStrength()));
    java.util.Random random = new java.util.Random(seed);
    List<String> typed = new ArrayList<>();
    for (String name : names) {
      if (name != null) {
        typed.add(typed(name, random));
      }
    }
    queries = BenchDataset.zipf(typed, 4096, seed).toArray(new String[0]);
  }

  /** How a user types a name: a 2–8 letter prefix of the first word, sometimes a prefix of the next. */
  static String typed(String name, java.util.Random random) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
    String query = cut(words[0], random);
    if (words.length > 1 && random.nextBoolean()) {
      query += " " + cut(words[words.length > 2 ? 2 : 1], random);
    }
    return query;
  }

  private static String cut(String word, java.util.Random random) {
    return word.substring(0, Math.min(word.length(), 2 + random.nextInt(7)));
  }

  @Benchmark
  public SearchPage search(Position position) {
    return searcher.search(new SearchRequest(position.next(queries), null, 20, null, date, false));
  }
}
