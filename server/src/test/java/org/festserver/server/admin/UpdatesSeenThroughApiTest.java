package org.festserver.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.JobWait;
import org.festserver.server.testing.Multipart;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an increment changes is what the API answers right after the switch: no cached answer of the old dataset
 * survives it (answer caches live on their dataset), an expired alert is never shown again and a withdrawn
 * reimbursement code is gone.
 */
final class UpdatesSeenThroughApiTest {
  private static final String TOKEN = "t0ken";
  private static final String DATE = "2025-03-20";

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

  private void apply(String scenario) {
    TestServer.Response accepted = server.upload("/api/v1/admin/fest?mode=incremental",
        Multipart.file(TestFiles.copy("fest/increment/" + scenario, temp)), TOKEN);
    JsonNode job = JobWait.finished(server, accepted.header("Location"), TOKEN);
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
  }

  private JsonNode get(String path) {
    TestServer.Response response = server.get(path);
    assertThat(response.status()).as(path + " " + response).isEqualTo(200);
    return response.json();
  }

  @Test
  @DisplayName("R-13.1: a cached pack answer is not served after the pack changed")
  void cachedAnswersDoNotOutliveTheirDataset() {
    assertThat(get("/api/v1/packs/052734?date=" + DATE).get("prices")).isNotEmpty();
    assertThat(get("/api/v1/packs?ean=7046260527348").toString()).contains("052734");

    apply("change-pack-a-before-u.xml");

    assertThat(get("/api/v1/packs/052734?date=" + DATE).get("prices")).isEmpty();
    assertThat(server.get("/api/v1/packs?ean=7046260527348").status()).as("the new version has no EAN").isEqualTo(404);
  }

  @Test
  @DisplayName("R-9.5, R-13.1: an alert expired by an increment is never shown again")
  void anExpiredAlertIsNotShown() {
    String before = get("/api/v1/alerts?pack=052734&date=" + DATE).get("alerts").toString();
    assertThat(before).contains("Mangel på Simvastatin Eksempel 20 mg");

    apply("expire-alert.xml");

    assertThat(get("/api/v1/alerts?pack=052734&date=" + DATE).get("alerts")).isEmpty();
  }

  @Test
  @DisplayName("R-6.4, R-13.1: a reimbursement code withdrawn by an increment is no longer offered")
  void aWithdrawnReimbursementCodeIsGone() {
    String before = get("/api/v1/reimbursement?pack=052734&date=" + DATE).toString();
    assertThat(before).contains("\"-26\"").contains("\"T93\"");

    apply("change-reimbursement-code.xml");

    String after = get("/api/v1/reimbursement?pack=052734&date=" + DATE).toString();
    assertThat(after).doesNotContain("\"-26\"").contains("\"T93\"");
  }
}
