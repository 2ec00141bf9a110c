package org.festserver.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.festserver.indexer.testing.M30Text;
import org.festserver.indexer.testing.TestDatasets;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.indexer.testing.TestSeeds;
import org.festserver.server.CatalogServer;
import org.festserver.server.ServerConfig;
import org.festserver.server.testing.JobWait;
import org.festserver.server.testing.Multipart;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP clients in a loop while uploaded increments go live: zero failed requests, and every response names a
 * HentetDato that was live (never none, never one that was not loaded). Randomized: {@code -Dtests.seed=N}.
 */
final class SwitchUnderLoadServerTest {
  private static final String TOKEN = "t0ken";
  private static final int CLIENTS = 3;
  private static final int SWITCHES = 4;

  @TempDir
  Path temp;

  @Test
  @DisplayName("R-13.1: zero failed requests across four switches; each response names a live HentetDato")
  void requestsNeverFailAcrossSwitches() throws Exception {
    TestSeeds.run(random -> {
      M30Text base = M30Text.resource(TestFiles.REAL_SAMPLE);
      Path data = temp.resolve("data");
      try (TestServer server = TestServer.startOn(TestDatasets.load(base.write(temp.resolve("base.xml")), data),
          ServerConfig.forTests(data).withAdminToken(TOKEN))) {
        Set<String> loaded = ConcurrentHashMap.newKeySet();
        loaded.add(server.get("/api/v1/status").header(CatalogServer.HENTET_DATO_HEADER));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicLong requests = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          String path = i % 2 == 0 ? "/api/v1/status" : "/api/v1/health/ready";
          Thread client = new Thread(() -> {
            while (!stop.get()) {
              try {
                TestServer.Response response = server.get(path);
                String hentetDato = response.header(CatalogServer.HENTET_DATO_HEADER);
                if (response.status() != 200 || hentetDato == null) {
                  failures.add(path + " → " + response);
                } else {
                  seen.add(hentetDato);
                }
                requests.incrementAndGet();
              } catch (RuntimeException e) {
                failures.add(path + " → " + e);
              }
            }
          }, "client-" + i);
          client.start();
          clients.add(client);
        }

        M30Text current = base;
        for (int round = 1; round <= SWITCHES; round++) {
          String hentetDato = "2017-06-0" + round + "T03:00:00";
          M30Text.Change change = current.randomIncrement(random, hentetDato, 0.05, 0.02, 3);
          loaded.add(hentetDato);
          TestServer.Response accepted = server.upload("/api/v1/admin/fest?mode=incremental",
              Multipart.file(change.increment().write(temp.resolve("inc-" + round + ".xml"))), TOKEN);
          JsonNode job = JobWait.finished(server, accepted.header("Location"), TOKEN);
          assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
          current = change.merged();
          long until = requests.get() + 20;
          while (requests.get() < until && failures.isEmpty()) {
            Thread.onSpinWait();
          }
        }
        stop.set(true);
        for (Thread client : clients) {
          client.join();
        }

        assertThat(failures).isEmpty();
        assertThat(loaded).containsAll(seen);
        assertThat(seen).hasSizeGreaterThan(SWITCHES / 2);
      }
    });
  }
}
