package org.festserver.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.CatalogServer;
import org.festserver.server.testing.JobWait;
import org.festserver.server.testing.Multipart;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /admin/fest} and {@code GET /admin/jobs/{id}} through the real server. */
final class FestUploadTest {
  private static final String TOKEN = "t0ken";
  private static final String BASE_HENTET_DATO = "2025-03-04T03:12:45";
  private static final String INCREMENT_HENTET_DATO = "2025-03-18T03:10:22";

  @TempDir
  Path temp;

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.startWithAdmin(TestFiles.copy("fest/increment/base.xml", temp), temp.resolve("data"), TOKEN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Path scenario(String name) {
    return TestFiles.copy("fest/increment/" + name, temp);
  }

  private TestServer.Response upload(String query, Path file) {
    return server.upload("/api/v1/admin/fest" + query, Multipart.file(file), TOKEN);
  }

  private JsonNode uploadAndWait(String query, Path file) {
    TestServer.Response accepted = upload(query, file);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    return JobWait.finished(server, accepted.header("Location"), TOKEN);
  }

  @Test
  @DisplayName("R-13.1: an uploaded increment is a queued job (202, Location) that goes live; every response then names the new HentetDato")
  void anUploadedIncrementGoesLive() {
    TestServer.Response accepted = upload("?mode=incremental", scenario("change-pack-a-before-u.xml"));

    assertThat(accepted.status()).isEqualTo(202);
    String location = accepted.header("Location");
    assertThat(location).matches("/api/v1/admin/jobs/\\d+");
    JsonNode queued = accepted.json();
    assertThat(queued.get("kind").asText()).isEqualTo("fest");
    assertThat(queued.get("mode").asText()).isEqualTo("incremental");
    assertThat(queued.get("state").asText()).isIn("queued", "running");
    assertThat(queued.get("fileName").asText()).isEqualTo("change-pack-a-before-u.xml");
    assertThat(queued.get("links").get("self").asText()).isEqualTo(location);

    JsonNode job = JobWait.finished(server, location, TOKEN);

    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    assertThat(job.get("error").isNull()).isTrue();
    assertThat(job.get("steps")).extracting(s -> s.get("name").asText() + " " + s.get("state").asText())
        .containsExactly("reading done", "indexing done", "validating done", "switching done");
    JsonNode result = job.get("result");
    assertThat(result.get("mode").asText()).isEqualTo("incremental");
    assertThat(result.get("hentetDato").asText()).isEqualTo(INCREMENT_HENTET_DATO);
    assertThat(result.get("replaced").asInt()).isEqualTo(1);

    TestServer.Response status = server.get("/api/v1/status");
    assertThat(status.header(CatalogServer.HENTET_DATO_HEADER)).isEqualTo(INCREMENT_HENTET_DATO);
    assertThat(status.json().get("dataset").get("hentetDato").asText()).isEqualTo(INCREMENT_HENTET_DATO);
    assertThat(status.json().get("dataset").get("source").get("mode").asText()).isEqualTo("incremental");
    assertThat(status.json().get("jobs").get("last").get("id").asText()).isEqualTo(job.get("id").asText());
    assertThat(status.json().get("jobs").get("last").get("state").asText()).isEqualTo("succeeded");
    assertThat(status.json().get("dataset").get("extractAgeSeconds").asLong()).isPositive();
    assertThat(server.getAsAdmin("/api/v1/admin/jobs/" + job.get("id").asText(), TOKEN)
        .header(CatalogServer.HENTET_DATO_HEADER)).isEqualTo(INCREMENT_HENTET_DATO);
  }

  @Test
  @DisplayName("R-13.3: uploading the same increment again fails as stale-extract (409) and changes nothing")
  void reapplyingAnIncrementFailsAsStale() {
    uploadAndWait("?mode=incremental", scenario("add.xml"));
    String liveId = server.get("/api/v1/status").json().get("dataset").get("id").asText();

    JsonNode again = uploadAndWait("?mode=incremental", scenario("add.xml"));

    assertThat(again.get("state").asText()).isEqualTo("failed");
    JsonNode error = again.get("error");
    assertThat(error.get("code").asText()).isEqualTo("stale-extract");
    assertThat(error.get("status").asInt()).isEqualTo(409);
    assertThat(error.get("type").asText()).isEqualTo("/problems/stale-extract");
    assertThat(error.get("detail").asText()).contains(INCREMENT_HENTET_DATO).contains("not newer");
    assertThat(error.get("instance").asText()).isEqualTo("/api/v1/admin/jobs/" + again.get("id").asText());
    assertThat(again.get("steps").get(0).get("state").asText()).isEqualTo("pending");
    assertThat(server.get("/api/v1/status").json().get("dataset").get("id").asText()).isEqualTo(liveId);
  }

  @Test
  @DisplayName("A full file with a catalog below 80% fails as catalog-shrunk unless force=true")
  void aTruncatedFullFileNeedsForce() {
    JsonNode refused = uploadAndWait("?mode=full", scenario("truncated-full.xml"));

    assertThat(refused.get("state").asText()).isEqualTo("failed");
    assertThat(refused.get("error").get("code").asText()).isEqualTo("catalog-shrunk");
    assertThat(refused.get("error").get("errors")).extracting(e -> e.get("reason").asText())
        .contains("Legemiddelpakning: 0 in the file, 1 live (0%)");
    assertThat(server.get("/api/v1/status").header(CatalogServer.HENTET_DATO_HEADER)).isEqualTo(BASE_HENTET_DATO);

    JsonNode forced = uploadAndWait("?mode=full&force=true", scenario("truncated-full.xml"));

    assertThat(forced.get("state").asText()).isEqualTo("succeeded");
    assertThat(forced.get("force").asBoolean()).isTrue();
    assertThat(server.get("/api/v1/status").json().get("dataset").get("counts").get("Legemiddelpakning").asInt()).isZero();
  }

  @Test
  @DisplayName("Jobs run one at a time in submission order: an increment queued after another applies on top of it")
  void jobsRunInSubmissionOrder() {
    Path later = TestFiles.write(temp, "expire-later.xml",
        readString(scenario("expire.xml")).replace(INCREMENT_HENTET_DATO, "2025-03-25T03:10:22"));
    TestServer.Response first = upload("?mode=incremental", scenario("change-pack-a-before-u.xml"));
    TestServer.Response second = upload("?mode=incremental", later);

    JsonNode firstJob = JobWait.finished(server, first.header("Location"), TOKEN);
    JsonNode secondJob = JobWait.finished(server, second.header("Location"), TOKEN);

    assertThat(firstJob.get("state").asText()).isEqualTo("succeeded");
    assertThat(secondJob.get("state").asText()).as(secondJob.toString()).isEqualTo("succeeded");
    assertThat(secondJob.get("result").get("basedOn").asText()).isEqualTo(firstJob.get("result").get("datasetId").asText());
    assertThat(secondJob.get("startedAt").asText()).isGreaterThanOrEqualTo(firstJob.get("finishedAt").asText());
    JsonNode list = server.getAsAdmin("/api/v1/admin/jobs", TOKEN).json().get("jobs");
    assertThat(list).extracting(j -> j.get("id").asText())
        .containsExactly(secondJob.get("id").asText(), firstJob.get("id").asText());
  }

  @Test
  @DisplayName("A file that is not M30 is refused at upload with 422 invalid-fest-file, and no job is made")
  void aNonM30UploadIsRefusedAtOnce() {
    Path notXml = TestFiles.write(temp, "notes.xml", "this is not XML");

    TestServer.Response response = upload("?mode=full", notXml);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("code").asText()).isEqualTo("invalid-fest-file");
    assertThat(server.server().updates().jobs(10)).isEmpty();
  }

  @Test
  @DisplayName("Bad upload requests give 400 naming the parameter, or 415 when not multipart")
  void badUploadRequestsNameTheParameter() {
    Path file = scenario("add.xml");
    assertInvalid(upload("", file), "mode");
    assertInvalid(upload("?mode=sometimes", file), "mode");
    assertInvalid(upload("?mode=full&force=maybe", file), "force");
    assertInvalid(server.upload("/api/v1/admin/fest?mode=full", Multipart.file("upload", "add.xml", file), TOKEN), "file");
    assertInvalid(server.getAsAdmin("/api/v1/admin/jobs?limit=0", TOKEN), "limit");

    TestServer.Response notMultipart = server.send(server.request("/api/v1/admin/fest?mode=full")
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/xml")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<FEST/>")).build());
    assertThat(notMultipart.status()).isEqualTo(415);
    assertThat(notMultipart.json().get("code").asText()).isEqualTo("unsupported-media-type");
  }

  private static void assertInvalid(TestServer.Response response, String parameter) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().get("code").asText()).isEqualTo("invalid-parameter");
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(parameter);
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
