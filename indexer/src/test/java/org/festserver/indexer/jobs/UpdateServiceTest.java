package org.festserver.indexer.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.FestLoader;
import org.festserver.indexer.pharmacy.PharmacyStore;
import org.festserver.indexer.testing.TestFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs and the queue survive restarts; the inbox picks up only files that stopped changing. */
final class UpdateServiceTest {
  private static final Duration NO_BACKGROUND_POLL = Duration.ofHours(1);

  @TempDir
  Path temp;

  private Path data() {
    return temp.resolve("data");
  }

  private DatasetManager loadBase() throws Exception {
    DatasetManager manager = DatasetManager.open(new DataDirectory(data()));
    FestLoader.of(manager).loadFull(TestFiles.copy("fest/increment/base.xml", temp), false, BuildProgress.Listener.NONE);
    return manager;
  }

  private UpdateService open(DatasetManager manager) throws Exception {
    return UpdateService.open(data(), manager, PharmacyStore.open(data().resolve("pharmacies")), Clock.systemUTC(),
        NO_BACKGROUND_POLL);
  }

  private static Job awaitFinished(UpdateService updates, long id) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      Job job = updates.job(id).orElseThrow();
      if (job.state().finished()) {
        return job;
      }
      assertThat(System.currentTimeMillis()).as("job %d still %s", id, job.state()).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private Path upload(UpdateService updates, String scenario) throws Exception {
    Path file = updates.newUploadFile(scenario);
    Files.copy(TestFiles.copy("fest/increment/" + scenario, temp), file);
    return file;
  }

  @Test
  @DisplayName("A job queued before a stop runs after the restart")
  void aQueuedJobRunsAfterARestart() throws Exception {
    long id;
    try (DatasetManager manager = loadBase()) {
      try (UpdateService updates = open(manager)) {
        id = updates.submitFest(upload(updates, "add.xml"), "add.xml", "incremental", false, UpdateService.UPLOAD).id();
      }
    }
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data()));
        UpdateService updates = open(manager)) {
      assertThat(updates.job(id).orElseThrow().state()).isEqualTo(JobState.QUEUED);
      updates.start();

      Job job = awaitFinished(updates, id);

      assertThat(job.state()).as(String.valueOf(job.error())).isEqualTo(JobState.SUCCEEDED);
      assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo("2025-03-18T03:10:22");
      assertThat(gone(Path.of(job.file()))).as("the upload is deleted when its job ends").doesNotExist();
    }
  }

  @Test
  @DisplayName("A job running when the process died is run again at the next start")
  void aJobInterruptedBeforeItsSwitchRunsAgain() throws Exception {
    long id;
    try (DatasetManager manager = loadBase()) {
      try (UpdateService updates = open(manager)) {
        Job job = updates.submitFest(upload(updates, "add.xml"), "add.xml", "incremental", false, UpdateService.UPLOAD);
        id = job.id();
        JobStore store = storeOf(updates);
        store.update(job.started(Clock.systemUTC().instant()).stepRunning("indexing", Clock.systemUTC().instant(), null));
      }
    }
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data()));
        UpdateService updates = open(manager)) {
      assertThat(updates.job(id).orElseThrow().state()).isEqualTo(JobState.RUNNING);
      updates.start();

      Job job = awaitFinished(updates, id);

      assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
      assertThat(job.attempts()).isEqualTo(2);
      assertThat(job.result()).containsEntry("added", 2);
      assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo("2025-03-18T03:10:22");
    }
  }

  @Test
  @DisplayName("A job that died after its file went live is marked succeeded, not run again (which would fail as stale)")
  void aJobInterruptedAfterItsSwitchIsSettled() throws Exception {
    long id;
    try (DatasetManager manager = loadBase()) {
      try (UpdateService updates = open(manager)) {
        Path file = upload(updates, "add.xml");
        Job job = updates.submitFest(file, "add.xml", "incremental", false, UpdateService.UPLOAD);
        id = job.id();
        storeOf(updates).update(job.started(Clock.systemUTC().instant()));
        FestLoader.of(manager).applyIncrement(file, BuildProgress.Listener.NONE);
      }
    }
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data()));
        UpdateService updates = open(manager)) {
      updates.start();

      Job job = updates.job(id).orElseThrow();

      assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
      assertThat(job.result()).containsEntry("recovered", true);
    }
  }

  @Test
  @DisplayName("After three interrupted starts a job is given up as failed (interrupted)")
  void aJobThatKeepsDyingIsGivenUp() throws Exception {
    long id;
    try (DatasetManager manager = loadBase()) {
      try (UpdateService updates = open(manager)) {
        Job job = updates.submitFest(upload(updates, "add.xml"), "add.xml", "incremental", false, UpdateService.UPLOAD);
        id = job.id();
        Job dying = job;
        for (int i = 0; i < JobRunner.MAX_ATTEMPTS; i++) {
          dying = dying.started(Clock.systemUTC().instant());
        }
        storeOf(updates).update(dying);
      }
    }
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data()));
        UpdateService updates = open(manager)) {
      updates.start();

      Job job = updates.job(id).orElseThrow();

      assertThat(job.state()).isEqualTo(JobState.FAILED);
      assertThat(job.error().code()).isEqualTo("interrupted");
      assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo("2025-03-04T03:12:45");
    }
  }

  @Test
  @DisplayName("The inbox picks up a file only once its size and time stayed the same between two polls")
  void aGrowingFileWaitsUntilItIsStable() throws Exception {
    try (DatasetManager manager = loadBase(); UpdateService updates = open(manager)) {
      Path growing = updates.inboxDirectory().resolve("fest-incr.xml");
      Files.writeString(growing, "<?xml version=\"1.0\"?>");
      updates.pollInbox();
      Files.writeString(growing, "<?xml version=\"1.0\"?>\n<!-- still being written -->");
      updates.pollInbox();

      assertThat(updates.jobs(10)).isEmpty();
      assertThat(growing).exists();

      updates.pollInbox();

      assertThat(updates.jobs(10)).singleElement().satisfies(job -> {
        assertThat(job.source()).isEqualTo("inbox");
        assertThat(job.mode()).isEqualTo("auto");
        assertThat(job.fileName()).isEqualTo("fest-incr.xml");
        assertThat(Path.of(job.file()).getParent()).isEqualTo(updates.inboxDirectory().resolve("processing"));
        assertThat(Path.of(job.file()).getFileName().toString()).endsWith("-fest-incr.xml");
      });
      assertThat(growing).doesNotExist();
    }
  }

  @Test
  @DisplayName("A file moved to processing/ whose job was never recorded is queued at the next start")
  void anOrphanInProcessingIsQueuedAtStart() throws Exception {
    try (DatasetManager manager = loadBase()) {
      try (UpdateService updates = open(manager)) {
        Files.copy(TestFiles.copy("fest/increment/add.xml", temp), updates.inboxDirectory().resolve("processing/add-incr.xml"));
      }
      try (UpdateService updates = open(manager)) {
        updates.start();
        Job job = awaitFinished(updates, updates.jobs(1).get(0).id());

        assertThat(job.fileName()).isEqualTo("add-incr.xml");
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(eventually(updates.inboxDirectory().resolve("done/add-incr.xml"))).exists();
      }
    }
  }

  /** The file, once it exists (the job is marked finished before its inbox file is moved); bounded wait. */
  static Path eventually(Path file) throws InterruptedException {
    for (int i = 0; i < 500 && !Files.exists(file); i++) {
      Thread.sleep(10);
    }
    return file;
  }

  /** The file, once it is gone (deleted just after the job is marked finished); bounded wait. */
  static Path gone(Path file) throws InterruptedException {
    for (int i = 0; i < 500 && Files.exists(file); i++) {
      Thread.sleep(10);
    }
    return file;
  }

  private static JobStore storeOf(UpdateService updates) {
    return updates.store();
  }
}
