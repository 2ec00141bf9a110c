package org.festserver.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.dataset.DatasetLease;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.indexer.testing.TestDatasets;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.interaction.MinRelevance;
import org.festserver.model.interaction.Relevance;
import org.festserver.server.interaction.CheckRequest;
import org.festserver.server.interaction.CheckResult;
import org.festserver.server.interaction.GroupJson;
import org.festserver.server.interaction.InteractionChecker;
import org.festserver.server.interaction.InteractionJson;
import org.festserver.server.interaction.InteractionSearcher;
import org.festserver.server.interaction.MemberJson;
import org.festserver.server.interaction.SearchResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexed interaction check and code search answer exactly what brute force over all interactions answers, for
 * random requests on seeded synthetic catalogs (edge cases on purpose) and on the generator's bundled sample
 * ({@code data/fest-sample.xml.gz}, realistic). Seeded from {@code -Dtests.seed=N}; the seed is in every failure.
 */
final class InteractionCheckPropertyTest {
  private static final long SEED = Long.getLong("tests.seed", new Random().nextLong());
  private static final int CATALOGS = 3;
  private static final int REQUESTS = 300;
  private static final List<String> JUNK = List.of("pack:999999", "brand:ID_NOPE", "substance:ID_NOPE",
      "substance-group:ID_NOPE", "foo:bar", "atc:", "atc:1X", "C10AA01", "42", "pack:12ab", "substance:ID_VMS_8",
      "atc:X99XX99", "atc:ZV80AA", "atc:ZV80AA01");

  @TempDir Path dir;

  @Test
  @DisplayName("R-8.1.1, R-8.1.2, R-8.1.6, R-8.4.2, R-8.5.1: indexed check equals brute force on synthetic catalogs")
  void indexedCheckEqualsBruteForceOnSyntheticCatalogs() throws Exception {
    for (int round = 0; round < CATALOGS; round++) {
      long seed = SEED + round;
      SyntheticInteractionCatalog catalog = SyntheticInteractionCatalog.generate(
          SyntheticInteractionCatalog.Sizes.scale(round == 0 ? 0.005 : 0.01), seed);
      Path file = dir.resolve("catalog-" + round + ".xml");
      catalog.write(file);
      compare(file, catalog.allItems(), seed, "catalog-" + round);
    }
  }

  @Test
  @DisplayName("R-8.1.1, R-8.1.2, R-8.1.6, R-8.4.2, R-8.5.1: indexed check equals brute force on the generator's sample")
  void indexedCheckEqualsBruteForceOnTheBundledSample() throws Exception {
    compare(TestFiles.bundledSample(), null, SEED, "bundled");
  }

  /** Random requests over items of the file ({@code items}, or when null every product, substance and code in it). */
  private void compare(Path file, List<String> items, long seed, String name) throws Exception {
    String context = "seed " + seed + " (reproduce with -Dtests.seed=" + SEED + "), " + name;
    Path data = Files.createDirectories(dir.resolve("data-" + name));
    try (DatasetManager manager = TestDatasets.load(file, data); DatasetLease lease = manager.acquire().orElseThrow()) {
      Dataset dataset = lease.dataset();
      BruteForceInteractionCheck reference = new BruteForceInteractionCheck(dataset.store());
      Random random = new Random(seed);
      List<String> pool = items != null ? new ArrayList<>(items) : itemsOf(dataset);
      int nonEmpty = 0;
      for (int r = 0; r < REQUESTS; r++) {
        CheckRequest request = randomRequest(random, pool);
        BruteForceInteractionCheck.Answer expected = reference.check(request);
        BruteForceInteractionCheck.Answer actual = describe(InteractionChecker.check(dataset, request));
        assertThat(actual).as("%s, request %d: %s", context, r, request).isEqualTo(expected);
        nonEmpty += expected.interactions().isEmpty() ? 0 : 1;
      }
      // the data must make the comparison meaningful: many requests find interactions
      assertThat(nonEmpty).as(context).isGreaterThan(REQUESTS / 10);
      for (String item : pool) {
        if (item.startsWith("atc:") && random.nextInt(4) == 0) {
          String code = item.substring(4);
          MinRelevance min = MinRelevance.values()[random.nextInt(MinRelevance.values().length)];
          SearchResult result = InteractionSearcher.search(dataset, code, min, 0, 1000);
          List<String> ids = new ArrayList<>();
          result.interactions().forEach(i -> ids.add(i.id()));
          assertThat(ids).as("%s, search %s %s", context, code, min)
              .containsExactlyInAnyOrderElementsOf(reference.searchByCode(code, min));
          assertThat(result.interactions()).as(context).isSortedAccordingTo(
              (a, b) -> Integer.compare(Relevance.rank(a.relevance().code()), Relevance.rank(b.relevance().code())));
        }
      }
    }
  }

  /** Every pack number (current and former), brand, substance group, substance and product ATC code of a dataset. */
  private static List<String> itemsOf(Dataset dataset) {
    EntityStore store = dataset.store();
    Set<String> items = new TreeSet<>();
    store.lookupPrefix(Lookup.PACK_BY_ITEM_NUMBER, "").keySet().forEach(nr -> items.add("pack:" + nr));
    store.lookupPrefix(Lookup.PACK_BY_FORMER_ITEM_NUMBER, "").keySet().forEach(nr -> items.add("pack:" + nr));
    store.keys(EntityKind.BRAND).forEach(id -> items.add("brand:" + id));
    store.keys(EntityKind.SUBSTANCE_GROUP).forEach(id -> items.add("substance-group:" + id));
    store.keys(EntityKind.SUBSTANCE).forEach(id -> items.add("substance:" + id));
    for (Lookup byAtc : List.of(Lookup.PACKS_BY_ATC, Lookup.BRANDS_BY_ATC)) {
      store.lookupPrefix(byAtc, "").keySet().forEach(code -> items.add("atc:" + code));
    }
    return new ArrayList<>(items);
  }

  private static CheckRequest randomRequest(Random random, List<String> pool) {
    int size = random.nextInt(10) == 0 ? random.nextInt(60) : random.nextInt(25);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int roll = random.nextInt(40);
      if (roll == 0) {
        items.add(JUNK.get(random.nextInt(JUNK.size())));
      } else if (roll == 1 && !items.isEmpty()) {
        items.add(items.get(random.nextInt(items.size()))); // the same input twice
      } else {
        items.add(pool.get(random.nextInt(pool.size())));
      }
    }
    Optional<AlertAudience> audience = random.nextInt(3) == 0 ? Optional.empty()
        : Optional.of(AlertAudience.values()[random.nextInt(AlertAudience.values().length)]);
    return new CheckRequest(items, audience, MinRelevance.values()[random.nextInt(MinRelevance.values().length)]);
  }

  private static BruteForceInteractionCheck.Answer describe(CheckResult result) {
    List<String> interactions = new ArrayList<>();
    for (InteractionJson i : result.interactions()) {
      interactions.add(BruteForceInteractionCheck.line(i.id(), i.relevance().code(), i.items().get(0),
          codes(i.groups().get(0)), i.items().get(1), codes(i.groups().get(1))));
    }
    List<String> notAssessed = new ArrayList<>();
    result.notAssessed().forEach(n -> notAssessed.add(n.item() + " " + n.atc()));
    List<String> unresolved = new ArrayList<>();
    result.unresolved().forEach(u -> unresolved.add(u.item() + " " + u.code()));
    return new BruteForceInteractionCheck.Answer(interactions, notAssessed, unresolved);
  }

  private static List<String> codes(GroupJson group) {
    List<String> codes = new ArrayList<>();
    for (MemberJson member : group.substances()) {
      codes.add(member.atc());
    }
    return codes;
  }
}
