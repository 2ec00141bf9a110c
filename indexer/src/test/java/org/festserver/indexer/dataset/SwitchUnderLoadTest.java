package org.festserver.indexer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.indexer.testing.M30Text;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.indexer.testing.TestSeeds;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.medicine.Pack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers in a loop while increments and full reloads go live: every read succeeds and sees one whole dataset (its
 * store, lookups, search index and manifest agree). Randomized: {@code -Dtests.seed=N} repeats a run.
 */
final class SwitchUnderLoadTest {
  /** The search index field holding the entity key (search package docs). */
  private static final String ID_FIELD = "id";
  private static final int READERS = 3;
  private static final int SWITCHES = 5;

  @TempDir
  Path temp;

  @Test
  @DisplayName("Zero failed or inconsistent reads across five switches (increments and a full reload)")
  void readsNeverFailOrMixDatasetsAcrossSwitches() throws Exception {
    TestSeeds.run(random -> {
      M30Text base = M30Text.resource(TestFiles.REAL_SAMPLE);
      try (DatasetManager manager = DatasetManager.open(new DataDirectory(temp.resolve("data")))) {
        FestLoader loader = FestLoader.of(manager);
        loader.loadFull(base.write(temp.resolve("base.xml")), false, BuildProgress.Listener.NONE);

        AtomicBoolean stop = new AtomicBoolean();
        List<String> failures = new CopyOnWriteArrayList<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicLong reads = new AtomicLong();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
          Thread reader = new Thread(() -> {
            while (!stop.get()) {
              try (DatasetLease lease = manager.acquire().orElseThrow()) {
                String problem = readWholeDataset(lease.dataset());
                if (problem != null) {
                  failures.add(problem);
                }
                seen.add(lease.dataset().manifest().hentetDato());
                reads.incrementAndGet();
              } catch (RuntimeException | AssertionError e) {
                failures.add(e.toString());
              }
            }
          }, "reader-" + i);
          reader.start();
          readers.add(reader);
        }

        M30Text current = base;
        for (int round = 1; round <= SWITCHES; round++) {
          String hentetDato = "2017-05-0" + round + "T03:00:00";
          M30Text.Change change = current.randomIncrement(random, hentetDato, 0.05, 0.02, 4);
          if (round == 3) {
            loader.loadFull(change.merged().write(temp.resolve("full-" + round + ".xml")), true, BuildProgress.Listener.NONE);
          } else {
            loader.applyIncrement(change.increment().write(temp.resolve("inc-" + round + ".xml")), BuildProgress.Listener.NONE);
          }
          current = change.merged();
          long until = reads.get() + 50;
          while (reads.get() < until && failures.isEmpty()) {
            Thread.onSpinWait();
          }
        }
        stop.set(true);
        for (Thread reader : readers) {
          reader.join();
        }

        assertThat(failures).isEmpty();
        assertThat(seen).hasSizeGreaterThan(SWITCHES / 2);
      }
    });
  }

  /** Reads across store, lookups and index of one dataset; returns what disagrees, or null. */
  private static String readWholeDataset(Dataset dataset) {
    EntityStore store = dataset.store();
    int packs = store.count(EntityKind.PACK);
    if (packs != dataset.manifest().counts().get("Legemiddelpakning")) {
      return dataset.id() + ": " + packs + " packs stored, manifest says " + dataset.manifest().counts();
    }
    int checked = 0;
    for (String key : store.keys(EntityKind.PACK)) {
      Pack pack = store.pack(key).orElseThrow();
      if (!store.lookup(Lookup.PACK_BY_ITEM_NUMBER, pack.itemNumber()).contains(key)) {
        return dataset.id() + ": pack " + key + " is not found by its item number " + pack.itemNumber();
      }
      try {
        if (dataset.search().searcher().count(new TermQuery(new Term(ID_FIELD, key))) != 1) {
          return dataset.id() + ": pack " + key + " is not in the search index";
        }
      } catch (java.io.IOException e) {
        return e.toString();
      }
      if (++checked == 5) {
        break;
      }
    }
    return null;
  }
}
