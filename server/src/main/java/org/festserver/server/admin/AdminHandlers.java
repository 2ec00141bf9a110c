package org.festserver.server.admin;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.ingest.FestReader;
import org.festserver.indexer.jobs.Job;
import org.festserver.indexer.jobs.UpdateService;
import org.festserver.model.pharmacy.PharmacyFileName;
import org.festserver.server.problem.ApiException;
import org.festserver.server.problem.Problem;

/**
 * {@code POST /admin/fest?mode=full|incremental&force=}, {@code POST /admin/pharmacies}, {@code GET /admin/jobs}
 * and {@code GET /admin/jobs/{id}}. An upload is saved under the data directory first, checked enough to refuse
 * what can never load (not an M30 file; not a pharmacy-list name), and queued: 202 with the job and its
 * {@code Location}.
 */
public final class AdminHandlers {
  private static final String FILE = "file";
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;

  private final UpdateService updates;

  public AdminHandlers(UpdateService updates) {
    this.updates = updates;
  }

  public void postFest(Context ctx) {
    String mode = ctx.queryParam("mode");
    if (mode == null || !(mode.equals("full") || mode.equals("incremental"))) {
      throw ApiException.invalidParameter("mode", "must be full or incremental, got " + (mode == null ? "nothing" : "'" + mode + "'"));
    }
    boolean force = booleanParam(ctx, "force");
    UploadedFile upload = upload(ctx);
    Path saved = save(upload);
    try (FestReader reader = FestReader.open(saved)) {
      reader.hentetDato();
    } catch (FestFormatException e) {
      delete(saved);
      throw new ApiException(Problem.INVALID_FEST_FILE, e.getMessage());
    } catch (IOException e) {
      delete(saved);
      throw new UncheckedIOException(e);
    }
    accepted(ctx, updates.submitFest(saved, upload.filename(), mode, force, UpdateService.UPLOAD));
  }

  public void postPharmacies(Context ctx) {
    UploadedFile upload = upload(ctx);
    try {
      PharmacyFileName.parse(upload.filename());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidParameter(FILE, e.getMessage());
    }
    Path saved = save(upload);
    accepted(ctx, updates.submitPharmacies(saved, upload.filename(), UpdateService.UPLOAD));
  }

  public void job(Context ctx) {
    String id = ctx.pathParam("id");
    Job job = parseId(id).flatMap(updates::job).orElseThrow(() -> ApiException.notFound("job", id));
    ctx.json(JobJson.of(job));
  }

  public void jobs(Context ctx) {
    int limit = DEFAULT_LIMIT;
    String text = ctx.queryParam("limit");
    if (text != null) {
      try {
        limit = Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw ApiException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT + ", got '" + text + "'");
      }
    }
    List<Map<String, Object>> jobs = updates.jobs(limit).stream().map(JobJson::summary).toList();
    ctx.json(Map.of("jobs", jobs));
  }

  private static java.util.Optional<Long> parseId(String id) {
    try {
      return java.util.Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static boolean booleanParam(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw ApiException.invalidParameter(name, "must be true or false, got '" + value + "'");
  }

  private static UploadedFile upload(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      throw new ApiException(Problem.UNSUPPORTED_MEDIA_TYPE,
          "send the file as multipart/form-data in the field '" + FILE + "'");
    }
    UploadedFile upload = ctx.uploadedFile(FILE);
    if (upload == null) {
      throw ApiException.invalidParameter(FILE, "the multipart field 'file' with the file is missing");
    }
    return upload;
  }

  private Path save(UploadedFile upload) {
    Path target = updates.newUploadFile(upload.filename());
    try (InputStream in = upload.content()) {
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      delete(target);
      throw new UncheckedIOException("cannot save the upload " + upload.filename(), e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the start-up clean-up
    }
  }

  private static void accepted(Context ctx, Job job) {
    ctx.status(202).header("Location", JobJson.location(job)).json(JobJson.of(job));
  }
}
