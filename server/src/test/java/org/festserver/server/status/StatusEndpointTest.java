package org.festserver.server.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.CatalogServer;
import org.festserver.server.ServerConfig;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /status}, health and readiness through real HTTP, and the errors of unknown routes. */
final class StatusEndpointTest {
  @TempDir Path dir;

  @Test
  void statusShowsTheExactHentetDatoAndCountsOfTheRealSample() {
    try (TestServer server = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("data"))) {
      TestServer.Response response = server.get("/api/v1/status");
      assertThat(response.status()).isEqualTo(200);
      JsonNode dataset = response.json().get("dataset");
      assertThat(dataset.get("hentetDato").asText()).isEqualTo("2017-04-12T18:26:27.336Z");
      assertThat(dataset.get("festVersion").asText()).isEqualTo("2.5.1");
      assertThat(dataset.get("counts").get("Legemiddelpakning").asInt()).isEqualTo(107);
      assertThat(dataset.get("counts").get("LegemiddelMerkevare").asInt()).isEqualTo(75);
      assertThat(dataset.get("counts").get("Virkestoff").asInt()).isEqualTo(71);
      assertThat(dataset.get("counts").get("VirkestoffMedStyrke").asInt()).isEqualTo(55);
      assertThat(dataset.get("counts").get("LegemiddelVirkestoff").asInt()).isEqualTo(3);
      assertThat(dataset.get("counts").get("Refusjonshjemmel").asInt()).isEqualTo(26);
      assertThat(dataset.get("counts").get("Vilkar").asInt()).isEqualTo(15);
      assertThat(dataset.get("counts").get("VarselSlv").asInt()).isEqualTo(10);
      assertThat(dataset.get("counts").get("Byttegruppe").asInt()).isEqualTo(16);
      assertThat(dataset.get("counts").get("Interaksjon").asInt()).isEqualTo(25);
      assertThat(dataset.get("totalEntities").asInt()).isEqualTo(403);
      assertThat(dataset.get("unknownElements").size()).isZero();
      assertThat(dataset.get("loadedAt").asText()).isNotBlank();
      assertThat(response.header(CatalogServer.HENTET_DATO_HEADER)).isEqualTo("2017-04-12T18:26:27.336Z");
    }
  }

  @Test
  void healthAndReadinessReportTheDataset() throws Exception {
    try (TestServer server = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("data"))) {
      assertThat(server.get("/api/v1/health").status()).isEqualTo(200);
      assertThat(server.get("/api/v1/health/ready").json().get("status").asText()).isEqualTo("ready");
    }
    try (TestServer empty = TestServer.startOn(DatasetManager.open(new DataDirectory(dir.resolve("empty"))),
        ServerConfig.forTests(dir.resolve("empty")))) {
      assertThat(empty.get("/api/v1/health").status()).isEqualTo(200);
      assertThat(empty.get("/api/v1/health/ready").status()).isEqualTo(503);
      assertThat(empty.get("/api/v1/status").json().get("status").asText()).isEqualTo("no-dataset");
    }
  }

  @Test
  void unknownRoutesAnswerWithAProblemBody() {
    try (TestServer server = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("data"))) {
      TestServer.Response response = server.get("/api/v1/no-such-thing");
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
      JsonNode problem = response.json();
      assertThat(problem.get("type").asText()).isEqualTo("/problems/route-not-found");
      assertThat(problem.get("title").asText()).isEqualTo("No such endpoint");
      assertThat(problem.get("status").asInt()).isEqualTo(404);
      assertThat(problem.get("code").asText()).isEqualTo("route-not-found");
      assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/no-such-thing");
      assertThat(problem.get("detail").asText()).contains("/api/v1/no-such-thing");
    }
  }
}
