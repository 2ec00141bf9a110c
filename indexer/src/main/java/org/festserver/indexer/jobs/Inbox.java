package org.festserver.indexer.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.festserver.model.pharmacy.PharmacyFileName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code inbox/} folder of the data directory: a file put there is picked up once its size and modification
 * time stayed the same for one poll, moved to {@code inbox/processing/} and queued as a job — an
 * {@code apotekslista_js_djur_*.txt} as a pharmacy list, a {@code .xml}, {@code .xml.gz}, {@code .gz} or
 * {@code .zip} as a FEST file whose mode comes from its name or content. When the job ends the file moves to
 * {@code inbox/done/} or {@code inbox/failed/} (with {@code NAME.error.txt} saying why). Hidden files and names
 * ending in {@code .part}, {@code .tmp} or {@code .partial} are left alone, so a file can be written under such a
 * name and renamed when complete.
 */
final class Inbox {
  private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
  static final String SOURCE = "inbox";

  private final Path inbox;
  private final Path processing;
  private final Path done;
  private final Path failed;
  private final UpdateService updates;
  /** File name → size and modification time seen at the previous poll. */
  private final Map<String, List<Long>> lastSeen = new HashMap<>();

  Inbox(Path inbox, UpdateService updates) throws IOException {
    this.inbox = inbox;
    this.processing = inbox.resolve("processing");
    this.done = inbox.resolve("done");
    this.failed = inbox.resolve("failed");
    this.updates = updates;
    for (Path dir : List.of(inbox, processing, done, failed)) {
      Files.createDirectories(dir);
    }
  }

  Path directory() {
    return inbox;
  }

  /** Settles what a crash left in {@code processing/}: files of finished jobs move on, files without a job are queued. */
  synchronized void recover(List<Job> jobs) throws IOException {
    Set<String> referenced = new HashSet<>();
    for (Job job : jobs) {
      if (!SOURCE.equals(job.source())) {
        continue;
      }
      Path file = Path.of(job.file());
      referenced.add(file.getFileName().toString());
      if (job.state().finished() && Files.exists(file)) {
        finished(job);
      }
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(processing)) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && !referenced.contains(file.getFileName().toString())) {
          LOG.info("queueing {} again: it was picked up from the inbox but no job was recorded", file.getFileName());
          submit(file, file.getFileName().toString());
        }
      }
    }
  }

  /** Looks for new files once. */
  synchronized void poll() {
    Map<String, List<Long>> now = new HashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file) || ignored(name)) {
          continue;
        }
        List<Long> state = List.of(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        if (state.equals(lastSeen.get(name))) {
          pickUp(file, name);
        } else {
          now.put(name, state);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot read the inbox {}: {}", inbox, e.toString());
    }
    lastSeen.clear();
    lastSeen.putAll(now);
  }

  private static boolean ignored(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.startsWith(".") || lower.endsWith(".part") || lower.endsWith(".tmp") || lower.endsWith(".partial");
  }

  private void pickUp(Path file, String name) {
    try {
      if (kind(name) == null) {
        Path target = unique(failed, name);
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        writeError(target, "unsupported-file", name + " is neither a FEST file (.xml, .xml.gz, .gz, .zip) nor a pharmacy"
            + " list (apotekslista_js_djur_YYYY-MM-DD_TT_MM_SS.txt); it was not loaded", List.of());
        LOG.warn("inbox: {} is not a FEST file or a pharmacy list; moved to {}", name, target);
        return;
      }
      // a unique name in processing/: a job recognises its file as live by name after a crash (FestWork)
      Path target = unique(processing, System.currentTimeMillis() + "-" + name);
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      submit(target, name);
    } catch (IOException e) {
      LOG.warn("inbox: cannot pick up {}: {}", name, e.toString());
    }
  }

  private void submit(Path file, String name) {
    JobKind kind = kind(name);
    Job job = kind == JobKind.PHARMACIES
        ? updates.submitPharmacies(file, name, SOURCE)
        : updates.submitFest(file, name, FestWork.AUTO, false, SOURCE);
    LOG.info("inbox: {} queued as job {}", name, job.id());
  }

  /** What a file name is, or null when it is neither a FEST file nor a pharmacy list. */
  static JobKind kind(String name) {
    if (PharmacyFileName.matches(name)) {
      return JobKind.PHARMACIES;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml") || lower.endsWith(".gz") || lower.endsWith(".zip")) {
      return JobKind.FEST;
    }
    return null;
  }

  /** Moves the file of a finished inbox job to {@code done/} or {@code failed/}. */
  synchronized void finished(Job job) {
    Path file = Path.of(job.file());
    if (!Files.exists(file)) {
      return;
    }
    try {
      if (job.state() == JobState.SUCCEEDED) {
        Files.move(file, unique(done, job.fileName()), StandardCopyOption.ATOMIC_MOVE);
      } else {
        Path target = unique(failed, job.fileName());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        JobError error = job.error();
        writeError(target, error.code(), error.detail(), error.problems());
      }
    } catch (IOException e) {
      LOG.warn("inbox: cannot move {} out of processing: {}", file, e.toString());
    }
  }

  private static void writeError(Path file, String code, String detail, List<String> problems) throws IOException {
    StringBuilder text = new StringBuilder(code).append(": ").append(detail).append('\n');
    problems.forEach(p -> text.append("  ").append(p).append('\n'));
    Files.writeString(file.resolveSibling(file.getFileName() + ".error.txt"), text, StandardCharsets.UTF_8);
  }

  private static Path unique(Path dir, String name) {
    Path target = dir.resolve(name);
    for (int n = 2; Files.exists(target); n++) {
      target = dir.resolve(n + "-" + name);
    }
    return target;
  }
}
