package org.festserver.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.festserver.indexer.jobs.Job;
import org.festserver.indexer.jobs.UpdateService;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.JobWait;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files dropped into {@code data-dir/inbox/} are queued once they stop changing, applied, and moved to
 * {@code inbox/done/} or {@code inbox/failed/} (with the reason beside them).
 */
final class InboxTest {
  private static final String TOKEN = "t0ken";

  @TempDir
  Path temp;

  private TestServer server;
  private UpdateService updates;
  private Path inbox;

  @BeforeEach
  void start() {
    server = TestServer.startWithAdmin(TestFiles.copy("fest/increment/base.xml", temp), temp.resolve("data"), TOKEN);
    updates = server.server().updates();
    inbox = updates.inboxDirectory();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Drops a file into the inbox (written elsewhere, moved in) and waits for its job. */
  private JsonNode drop(Path file, String name) throws IOException {
    int before = updates.jobs(1000).size();
    Files.move(file, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    updates.pollInbox();
    updates.pollInbox();
    assertThat(updates.jobs(1000)).as("a job for " + name).hasSize(before + 1);
    Job job = updates.jobs(1).get(0);
    return JobWait.finished(server, JobJson.location(job), TOKEN);
  }

  /** The file, once it exists (a job is marked finished before its inbox file is moved); bounded wait. */
  private static Path eventually(Path file) {
    for (int i = 0; i < 500 && !Files.exists(file); i++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return file;
  }

  private Path scenario(String name) {
    Path dir = temp.resolve("scenarios");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return TestFiles.copy("fest/increment/" + name, dir);
  }

  @Test
  @DisplayName("R-13.1: an increment dropped in the inbox is recognised by its expired entries, applied, and moved to done/")
  void anIncrementInTheInboxIsApplied() throws IOException {
    JsonNode job = drop(scenario("change-pack-u-before-a.xml"), "fest-2025-03-18.xml");

    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    assertThat(job.get("source").asText()).isEqualTo("inbox");
    assertThat(job.get("mode").asText()).as("decided by content").isEqualTo("incremental");
    assertThat(job.get("steps").get(0).get("name").asText()).isEqualTo("detecting");
    assertThat(Files.exists(eventually(inbox.resolve("done/fest-2025-03-18.xml")))).isTrue();
    assertThat(Files.exists(inbox.resolve("fest-2025-03-18.xml"))).isFalse();
    assertThat(server.get("/api/v1/status").json().get("dataset").get("hentetDato").asText()).isEqualTo("2025-03-18T03:10:22");
  }

  @Test
  @DisplayName("An increment with only new entries is recognised by 'incr' in its name")
  void theNameCanSayIncremental() throws IOException {
    JsonNode job = drop(scenario("add.xml"), "fest-incr-2025-03-18.xml");

    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    assertThat(job.get("mode").asText()).isEqualTo("incremental");
    assertThat(job.get("result").get("added").asInt()).isEqualTo(2);
  }

  @Test
  @DisplayName("R-13.3: a stale increment fails; the file goes to failed/ with the reason beside it")
  void aStaleIncrementGoesToFailed() throws IOException {
    JsonNode job = drop(scenario("stale.xml"), "old-incr.xml");

    assertThat(job.get("state").asText()).isEqualTo("failed");
    assertThat(job.get("error").get("code").asText()).isEqualTo("stale-extract");
    assertThat(Files.readString(eventually(inbox.resolve("failed/old-incr.xml.error.txt")))).startsWith("stale-extract: ");
    assertThat(Files.exists(inbox.resolve("failed/old-incr.xml"))).isTrue();
  }

  @Test
  @DisplayName("A pharmacy list dropped in the inbox goes live")
  void aPharmacyListInTheInboxGoesLive() throws IOException {
    Path list = Files.copy(org.festserver.server.pharmacy.PharmacyEndpointsTestAccess.sample(),
        temp.resolve("list.txt"));

    JsonNode job = drop(list, "apotekslista_js_djur_2026-11-20_06_00_00.txt");

    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    assertThat(job.get("kind").asText()).isEqualTo("pharmacies");
    assertThat(server.get("/api/v1/status").json().get("pharmacies").get("count").asInt()).isPositive();
    assertThat(Files.exists(eventually(inbox.resolve("done/apotekslista_js_djur_2026-11-20_06_00_00.txt")))).isTrue();
  }

  @Test
  @DisplayName("Other files go to failed/ without a job; files still being written (.part) are left alone")
  void unknownAndUnfinishedFilesAreNotLoaded() throws IOException {
    Files.writeString(inbox.resolve("readme.txt"), "hello");
    Files.writeString(inbox.resolve("fest.xml.part"), "<FEST>");
    updates.pollInbox();
    updates.pollInbox();

    assertThat(updates.jobs(10)).isEmpty();
    assertThat(Files.readString(inbox.resolve("failed/readme.txt.error.txt"))).startsWith("unsupported-file: ");
    assertThat(Files.exists(inbox.resolve("fest.xml.part"))).isTrue();
  }
}
