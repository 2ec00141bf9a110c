package org.festserver.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import org.festserver.indexer.testing.TestDatasets;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.ServerConfig;
import org.festserver.server.testing.Multipart;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin endpoints need the configured token (API.md "Errors": a missing or wrong admin token gives 401). */
final class AdminAuthTest {
  private static final String TOKEN = "s3cret-admin-token";

  @TempDir
  Path temp;

  private TestServer start(String token) {
    Path data = temp.resolve("data");
    ServerConfig config = ServerConfig.forTests(data);
    return TestServer.startOn(TestDatasets.load(TestFiles.copy("fest/increment/base.xml", temp), data),
        token == null ? config : config.withAdminToken(token));
  }

  @Test
  @DisplayName("Without --admin-token the admin endpoints answer 404 admin-disabled")
  void adminEndpointsAreDisabledWithoutAToken() {
    try (TestServer server = start(null)) {
      TestServer.Response jobs = server.getAsAdmin("/api/v1/admin/jobs", "anything");
      TestServer.Response upload = server.upload("/api/v1/admin/fest?mode=full",
          Multipart.file(TestFiles.copy("fest/increment/base.xml", temp)), "anything");

      for (TestServer.Response response : new TestServer.Response[] {jobs, upload}) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("admin-disabled");
      }
    }
  }

  @Test
  @DisplayName("A missing token gives 401 admin-token-required with a Bearer challenge")
  void aMissingTokenIsRefused() {
    try (TestServer server = start(TOKEN)) {
      TestServer.Response response = server.get("/api/v1/admin/jobs/1");

      assertThat(response.status()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
      JsonNode problem = response.json();
      assertThat(problem.get("code").asText()).isEqualTo("admin-token-required");
      assertThat(problem.get("type").asText()).isEqualTo("/problems/admin-token-required");
      assertThat(problem.get("status").asInt()).isEqualTo(401);
      assertThat(problem.get("detail").asText()).contains("Authorization: Bearer");
    }
  }

  @Test
  @DisplayName("A wrong token, a prefix of the token, or the token plus more all give 401; uploads are refused before reading")
  void wrongTokensAreRefused() {
    try (TestServer server = start(TOKEN)) {
      for (String wrong : new String[] {"nope", TOKEN.substring(0, 5), TOKEN + "x", TOKEN.toUpperCase()}) {
        TestServer.Response response = server.getAsAdmin("/api/v1/admin/jobs", wrong);
        assertThat(response.status()).as(wrong).isEqualTo(401);
        assertThat(response.json().get("code").asText()).isEqualTo("admin-token-required");
      }
      TestServer.Response upload = server.upload("/api/v1/admin/fest?mode=full",
          Multipart.file(TestFiles.copy("fest/increment/base.xml", temp)), "nope");
      assertThat(upload.status()).isEqualTo(401);
      assertThat(server.server().updates().jobs(10)).isEmpty();
    }
  }

  @Test
  @DisplayName("A refused upload of several megabytes still gets its 401 or 400, not a connection reset")
  void aRefusedLargeUploadGetsItsProblemNotAReset() throws Exception {
    Path large = temp.resolve("large.xml");
    byte[] filler = new byte[4 << 20];
    java.util.Arrays.fill(filler, (byte) ' ');
    java.nio.file.Files.write(large, filler);
    try (TestServer server = start(TOKEN)) {
      for (int i = 0; i < 10; i++) {
        TestServer.Response upload = server.upload("/api/v1/admin/fest?mode=full", Multipart.file(large), "nope");
        assertThat(upload.status()).as("attempt %d", i).isEqualTo(401);
        assertThat(upload.json().get("code").asText()).isEqualTo("admin-token-required");
        TestServer.Response badMode = server.upload("/api/v1/admin/fest?mode=sometimes", Multipart.file(large), TOKEN);
        assertThat(badMode.status()).as("attempt %d", i).isEqualTo(400);
        assertThat(badMode.json().at("/errors/0/field").asText()).isEqualTo("mode");
      }
      assertThat(server.getAsAdmin("/api/v1/admin/jobs", TOKEN).status()).isEqualTo(200); // the server is fine
    }
  }

  @Test
  @DisplayName("The right token opens the admin endpoints; an unknown job is 404")
  void theRightTokenIsAccepted() {
    try (TestServer server = start(TOKEN)) {
      assertThat(server.getAsAdmin("/api/v1/admin/jobs", TOKEN).status()).isEqualTo(200);
      TestServer.Response unknown = server.getAsAdmin("/api/v1/admin/jobs/999", TOKEN);
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.json().get("code").asText()).isEqualTo("not-found");
      assertThat(server.getAsAdmin("/api/v1/admin/jobs/not-a-number", TOKEN).status()).isEqualTo(404);
    }
  }

  @Test
  @DisplayName("Token comparison: only the exact token matches")
  void onlyTheExactTokenMatches() {
    AdminAuth auth = new AdminAuth(Optional.of(TOKEN));

    assertThat(auth.matches(TOKEN)).isTrue();
    assertThat(auth.matches(TOKEN + " ")).isFalse();
    assertThat(auth.matches("")).isFalse();
    assertThat(new AdminAuth(Optional.empty()).matches("")).isFalse();
    assertThat(new AdminAuth(Optional.of("  ")).matches("  ")).as("a blank token disables admin").isFalse();
  }
}
