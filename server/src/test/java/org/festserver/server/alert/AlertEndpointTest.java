package org.festserver.server.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.server.testing.Scenario;
import org.festserver.server.testing.ScenarioServer;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/alerts} over the reimbursement scenario, through real HTTP (date 2025-06-15 by the clock). */
final class AlertEndpointTest {
  @RegisterExtension
  static final ScenarioServer server = new ScenarioServer();

  private static List<String> headlines(Function<String, TestServer.Response> get, String query) {
    TestServer.Response response = get.apply("/api/v1/alerts?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> markers = new ArrayList<>();
    response.json().get("alerts").forEach(alert -> markers.add(marker(alert)));
    return markers;
  }

  private static List<String> alerts(String query) {
    return headlines(server::get, query);
  }

  /** The scenario's alert texts start with a marker such as ALERT_SG. */
  private static String marker(JsonNode alert) {
    String text = alert.get("text").asText();
    return text.substring(0, text.indexOf(':'));
  }

  private static JsonNode alert(String query, String marker) {
    for (JsonNode alert : server.get("/api/v1/alerts?" + query).json().get("alerts")) {
      if (marker(alert).equals(marker)) {
        return alert;
      }
    }
    throw new AssertionError("no " + marker + " for " + query);
  }

  // ---------------------------------------------------------------- propagation

  @Test
  @DisplayName("R-9.5.1 a pack shows its own alerts and those on its brand and substance group, newest first")
  void packShowsAlertsFromAbove() {
    assertThat(alerts("pack=100001")).containsExactly("ALERT_GROUP", "ALERT_BRAND", "ALERT_SG");
    assertThat(alerts("pack=100002")).containsExactly("ALERT_PACK", "ALERT_BRAND", "ALERT_SG");
  }

  @Test
  @DisplayName("R-9.5.1 a substance group's alert reaches a pack of its brand even when the file omits that pack from the group")
  void propagationDoesNotNeedTheDerivedLinks() {
    assertThat(alerts("pack=100002")).contains("ALERT_SG");
    assertThat(alert("pack=100002", "ALERT_SG").get("attachedTo").get(0).get("kind").asText()).isEqualTo("substance-group");
    assertThat(alert("pack=100002", "ALERT_SG").get("attachedTo").get(0).get("id").asText()).isEqualTo("ID_SG_SIMVA");
  }

  @Test
  @DisplayName("R-9.5.1 alerts go down only: a brand shows its own and its group's, not its packs'; a group only its own")
  void propagationIsDownwardOnly() {
    assertThat(alerts("brand=ID_BRAND_SIMVA")).containsExactly("ALERT_BRAND", "ALERT_SG");
    assertThat(alerts("substanceGroup=ID_SG_SIMVA")).containsExactly("ALERT_SG");
    assertThat(alerts("brand=ID_BRAND_UNREG")).containsExactly("ALERT_UNREG");
    assertThat(alerts("pack=100003")).containsExactly("ALERT_UNREG");
    assertThat(alerts("pack=100004")).isEmpty();
  }

  @Test
  @DisplayName("R-9.5.1 an alert on a reimbursement group shows on the products that link it")
  void reimbursementGroupAlert() {
    assertThat(alert("pack=100001", "ALERT_GROUP").get("attachedTo").get(0).get("kind").asText()).isEqualTo("reimbursement-group");
    assertThat(alerts("pack=100002")).doesNotContain("ALERT_GROUP");
  }

  // ---------------------------------------------------------------- filters

  @Test
  @DisplayName("R-9.2.1 the audience filter keeps alerts whose Visningsregel names one of the audiences")
  void audienceFilter() {
    assertThat(alerts("pack=100001&audience=pharmacy")).containsExactly("ALERT_BRAND");
    assertThat(alerts("pack=100001&audience=gp")).containsExactly("ALERT_SG");
    assertThat(alerts("pack=100001&audience=hospital")).containsExactly("ALERT_GROUP");
    assertThat(alerts("pack=100001&audience=hospital,specialist")).containsExactly("ALERT_GROUP", "ALERT_SG");
    assertThat(alerts("pack=100001&audience=vet")).isEmpty();
  }

  @Test
  @DisplayName("R-9.1.1 the types filter keeps the listed alert types (7441)")
  void typeFilter() {
    assertThat(alerts("pack=100001&types=2")).containsExactly("ALERT_BRAND");
    assertThat(alerts("pack=100001&types=2,7")).containsExactly("ALERT_BRAND", "ALERT_SG");
    assertThat(alerts("pack=100001&types=1")).isEmpty();
  }

  @Test
  @DisplayName("R-9.3.1 an alert shows from its FraDato: the day before, on the day, after")
  void fromDate() {
    assertThat(alerts("pack=100001&date=2025-06-30")).doesNotContain("ALERT_FUTURE");
    assertThat(alerts("pack=100001&date=2025-07-01")).first().isEqualTo("ALERT_FUTURE");
    assertThat(alerts("pack=100001&date=2025-07-02")).contains("ALERT_FUTURE");
    assertThat(alerts("pack=100001&date=2025-01-09")).isEmpty();
    assertThat(alerts("pack=100001&date=2025-01-10")).containsExactly("ALERT_SG");
  }

  // ---------------------------------------------------------------- content

  @Test
  @DisplayName("R-9.6.1, R-9.4.1 an alert shows type, headline, text, from date, audience and the link by its description")
  void alertContent() {
    JsonNode sg = alert("pack=100001", "ALERT_SG");
    assertThat(sg.get("id").asText()).startsWith("ID_ENTRY_");
    assertThat(sg.get("type").get("code").asText()).isEqualTo("7");
    assertThat(sg.get("type").get("text").asText()).isEqualTo("Retningslinjer og råd");
    assertThat(sg.get("headline").asText()).isEqualTo("Retningslinjer for statiner");
    assertThat(sg.get("fromDate").asText()).isEqualTo("2025-01-10");
    assertThat(sg.get("audience")).extracting(a -> a.get("name").asText()).containsExactly("gp", "specialist");
    assertThat(sg.get("link").get("description").asText()).isEqualTo("Les retningslinjene");
    assertThat(sg.get("link").get("url").asText()).isEqualTo("https://example.org/statiner");
    JsonNode brand = alert("pack=100001", "ALERT_BRAND");
    assertThat(brand.get("link").get("description").asText()).isEqualTo("https://example.org/mangel");
    assertThat(alert("pack=100002", "ALERT_PACK").get("link").isNull()).isTrue();
  }

  // ---------------------------------------------------------------- expiry

  @Test
  @DisplayName("R-9.3.1 an alert expired by the next dataset never shows again on any product")
  void expiredAlertVanishes(@TempDir Path other) throws Exception {
    Path file = Scenario.file(other);
    try (TestServer local = TestServer.start(file, other.resolve("data"), Scenario.CLOCK)) {
      assertThat(headlines(local::get, "pack=100001")).contains("ALERT_BRAND");
      String xml = Files.readString(file);
      int marker = xml.indexOf("ALERT_BRAND:");
      int start = xml.lastIndexOf("<OppfVarselSlv>", marker);
      int end = xml.indexOf("</OppfVarselSlv>", marker) + "</OppfVarselSlv>".length();
      Path next = Files.writeString(other.resolve("next.xml"),
          xml.substring(0, start) + xml.substring(end).replace("2025-06-01T03:00:00", "2025-06-15T03:00:00"));
      DatasetManifest manifest = new DatasetBuilder(local.datasets().data()).buildFull(next, BuildProgress.Listener.NONE);
      local.datasets().activate(manifest.id());
      assertThat(headlines(local::get, "pack=100001")).containsExactly("ALERT_GROUP", "ALERT_SG");
      assertThat(headlines(local::get, "brand=ID_BRAND_SIMVA")).containsExactly("ALERT_SG");
      assertThat(headlines(local::get, "pack=100002")).doesNotContain("ALERT_BRAND");
    }
  }

  // ---------------------------------------------------------------- bad input

  private static void assertBadParameter(String query, String parameter) {
    TestServer.Response response = server.get("/api/v1/alerts?" + query);
    assertThat(response.status()).as(query).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors")).extracting(error -> error.get("field").asText()).as(query).contains(parameter);
  }

  @Test
  @DisplayName("bad input gives 400 problem+json naming the parameter; unknown products 404")
  void badInput() {
    assertBadParameter("audience=gp", "pack");
    assertBadParameter("pack=100001&brand=ID_BRAND_SIMVA", "brand");
    assertBadParameter("pack=100001&audience=nurse", "audience");
    assertBadParameter("pack=100001&types=safety", "types");
    assertBadParameter("pack=100001&date=2025-02-30", "date");
    assertThat(server.get("/api/v1/alerts?brand=ID_NOPE").status()).isEqualTo(404);
    assertThat(server.get("/api/v1/alerts?pack=999999").json().get("code").asText()).isEqualTo("not-found");
  }
}
