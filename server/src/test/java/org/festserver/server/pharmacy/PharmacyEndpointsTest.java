package org.festserver.server.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.festserver.indexer.pharmacy.PharmacyListReader;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.pharmacy.Pharmacy;
import org.festserver.server.ServerConfig;
import org.festserver.server.testing.JobWait;
import org.festserver.server.testing.Multipart;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The veterinary pharmacy list over HTTP: upload through the admin API (the newest export wins), then
 * {@code GET /pharmacies} and {@code GET /pharmacies/{gln}} (RULES.md "Swedish seeds", FORMAT.md §5).
 */
final class PharmacyEndpointsTest {
  private static final String TOKEN = "t0ken";
  private static final String SAMPLE = "apotekslista_js_djur_2026-11-20_06_00_00.txt";

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

  /** The sample list in the checkout's {@code data/}. */
  static Path sample() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("data").resolve(SAMPLE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("data/" + SAMPLE + " not found");
  }

  private List<Pharmacy> sampleList() throws Exception {
    return new PharmacyListReader().read(sample()).list().pharmacies();
  }

  private JsonNode uploadSample(String name) {
    TestServer.Response accepted = server.upload("/api/v1/admin/pharmacies", Multipart.file("file", name, sample()), TOKEN);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    return JobWait.finished(server, accepted.header("Location"), TOKEN);
  }

  @Test
  @DisplayName("Before any list is loaded, /pharmacies answers 503 no-pharmacy-list and /status shows none")
  void withoutAListPharmaciesAreUnavailable() {
    TestServer.Response response = server.get("/api/v1/pharmacies");

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.json().get("code").asText()).isEqualTo("no-pharmacy-list");
    JsonNode status = server.get("/api/v1/status").json().get("pharmacies");
    assertThat(status.get("exportedAt").isNull()).isTrue();
    assertThat(status.get("count").asInt()).isZero();
  }

  @Test
  @DisplayName("An uploaded list goes live through a job; /status shows its export time and count")
  void anUploadedListGoesLive() throws Exception {
    JsonNode job = uploadSample(SAMPLE);

    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    assertThat(job.get("kind").asText()).isEqualTo("pharmacies");
    assertThat(job.get("result").get("count").asInt()).isEqualTo(sampleList().size());
    assertThat(job.get("result").get("exportedAt").asText()).isEqualTo("2026-11-20T06:00");
    JsonNode status = server.get("/api/v1/status").json().get("pharmacies");
    assertThat(status.get("exportedAt").asText()).isEqualTo("2026-11-20T06:00");
    assertThat(status.get("count").asInt()).isEqualTo(sampleList().size());
  }

  @Test
  @DisplayName("Swedish seeds: the same or an older export is refused (the newest export wins)")
  void anOlderListFailsAsOutdated() {
    uploadSample("apotekslista_js_djur_2026_11_21_06_00_00.txt");

    JsonNode older = uploadSample(SAMPLE);

    assertThat(older.get("state").asText()).isEqualTo("failed");
    assertThat(older.get("error").get("code").asText()).isEqualTo("outdated-pharmacy-list");
    assertThat(older.get("error").get("status").asInt()).isEqualTo(409);
    assertThat(server.get("/api/v1/status").json().get("pharmacies").get("exportedAt").asText())
        .isEqualTo("2026-11-21T06:00");
  }

  @Test
  @DisplayName("A file not named apotekslista_js_djur_* is refused at upload with 400 naming the file")
  void aBadFileNameIsRefusedAtUpload() {
    TestServer.Response response = server.upload("/api/v1/admin/pharmacies",
        Multipart.file("file", "pharmacies.txt", sample()), TOKEN);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
    assertThat(response.json().get("detail").asText()).contains("apotekslista_js_djur_");
  }

  @Test
  @DisplayName("Name search ignores case; county and municipality filter; vet=true keeps vet e-prescription pharmacies")
  void searchFiltersByNameCountyMunicipalityAndVet() throws Exception {
    uploadSample(SAMPLE);
    List<Pharmacy> all = sampleList();
    long vetInGothenburg = all.stream()
        .filter(p -> "14".equals(p.countyCode()) && "80".equals(p.municipalityCode()) && p.handlesVetEPrescriptions())
        .count();

    JsonNode body = server.get("/api/v1/pharmacies?county=14&municipality=80&vet=true&limit=100").json();

    assertThat(body.get("total").asLong()).isEqualTo(vetInGothenburg).isPositive();
    assertThat(body.get("pharmacies")).hasSize((int) vetInGothenburg).allSatisfy(p -> {
      assertThat(p.get("countyCode").asText()).isEqualTo("14");
      assertThat(p.get("municipalityCode").asText()).isEqualTo("80");
      assertThat(p.get("vetEPrescription").asBoolean()).isTrue();
    });
    assertThat(server.get("/api/v1/pharmacies?municipality=1480&vet=true&limit=100").json().get("total").asLong())
        .isEqualTo(vetInGothenburg);

    JsonNode kronans = server.get("/api/v1/pharmacies?q=KRONANS%20g%C3%B6teborg").json();
    assertThat(kronans.get("total").asInt()).isPositive();
    assertThat(kronans.get("pharmacies")).allSatisfy(p -> assertThat(p.get("name").asText().toLowerCase())
        .contains("kronans"));
    assertThat(server.get("/api/v1/pharmacies?limit=3").json().get("pharmacies")).hasSize(3);
    assertThat(server.get("/api/v1/pharmacies?limit=5000").json().get("total").asInt()).isEqualTo(all.size());
  }

  @Test
  @DisplayName("GET /pharmacies/{gln}: the pharmacy; 404 for an unknown valid GLN; 400 for a malformed one")
  void pharmacyByGln() throws Exception {
    uploadSample(SAMPLE);
    Pharmacy first = sampleList().get(0);

    JsonNode pharmacy = server.get("/api/v1/pharmacies/" + first.gln()).json();
    assertThat(pharmacy.get("gln").asText()).isEqualTo(first.gln());
    assertThat(pharmacy.get("name").asText()).isEqualTo(first.name());
    assertThat(pharmacy.get("openingHours").get("weekdayOpens").asText()).isEqualTo(first.openingHours().weekdayOpens());

    TestServer.Response unknown = server.get("/api/v1/pharmacies/7350000000009");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("code").asText()).isEqualTo("not-found");

    TestServer.Response malformed = server.get("/api/v1/pharmacies/7350000000000");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("gln");
    assertThat(malformed.json().get("detail").asText()).contains("check digit");
  }

  @Test
  @DisplayName("Bad search parameters give 400 naming the parameter")
  void badParametersNameTheParameter() {
    uploadSample(SAMPLE);
    for (String[] bad : new String[][] {
        {"county=stockholm", "county"}, {"municipality=1", "municipality"}, {"limit=0", "limit"},
        {"limit=ten", "limit"}, {"vet=yes", "vet"}}) {
      TestServer.Response response = server.get("/api/v1/pharmacies?" + bad[0]);
      assertThat(response.status()).as(bad[0]).isEqualTo(400);
      assertThat(response.json().get("code").asText()).isEqualTo("invalid-parameter");
      assertThat(response.json().get("errors").get(0).get("field").asText()).as(bad[0]).isEqualTo(bad[1]);
    }
  }

  @Test
  @DisplayName("The uploaded list is served again after a restart")
  void theListSurvivesARestart() throws Exception {
    uploadSample(SAMPLE);
    server.close();
    Path data = temp.resolve("data");
    server = TestServer.startOn(org.festserver.indexer.dataset.DatasetManager.open(
        new org.festserver.indexer.dataset.DataDirectory(data)), ServerConfig.forTests(data).withAdminToken(TOKEN));

    assertThat(server.get("/api/v1/pharmacies?limit=1").json().get("total").asInt()).isEqualTo(sampleList().size());
  }
}
