package org.festserver.server;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.jobs.UpdateService;
import org.festserver.indexer.pharmacy.PharmacyStore;
import org.festserver.server.admin.AdminAuth;
import org.festserver.server.admin.AdminHandlers;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.json.Json;
import org.festserver.server.pharmacy.PharmacyHandlers;
import org.festserver.server.problem.ProblemHandler;
import org.festserver.server.status.StatusHandlers;

/**
 * The composition root of the HTTP server: builds the per-feature handlers from the live dataset and declares every
 * route up front. Tests start exactly this wiring through {@link #javalin()}.
 */
public final class CatalogServer {
  /** Header on every API response naming the live dataset's HentetDato. */
  public static final String HENTET_DATO_HEADER = "FEST-Hentet-Dato";
  /** How often {@code data-dir/inbox/} is looked at. */
  static final Duration INBOX_POLL = Duration.ofSeconds(2);
  /** The largest upload to the admin endpoints. */
  private static final long MAX_UPLOAD_GB = 4;

  private final ServerConfig config;
  private final LiveDataset live;
  private final PharmacyStore pharmacies;
  private final UpdateService updates;
  private final Javalin javalin;

  public CatalogServer(ServerConfig config, DatasetManager datasets, Clock clock) {
    this.config = config;
    this.live = new LiveDataset(datasets);
    try {
      this.pharmacies = PharmacyStore.open(config.dataDir().resolve("pharmacies"));
      this.updates = UpdateService.open(config.dataDir(), datasets, pharmacies, clock, INBOX_POLL);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the data directory " + config.dataDir(), e);
    }
    Path multipartCache = updates.uploadsDirectory().resolve(".multipart");
    ObjectMapper json = Json.mapper();
    ProblemHandler problems = new ProblemHandler(json);
    StatusHandlers status = new StatusHandlers(live, clock, pharmacies, updates);
    AdminAuth adminAuth = new AdminAuth(config.adminToken());
    AdminHandlers admin = new AdminHandlers(updates);
    PharmacyHandlers pharmacyHandlers = new PharmacyHandlers(pharmacies);

    this.javalin = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jsonMapper(new JavalinJackson(json, false));
      cfg.http.maxRequestSize = 1_000_000L;
      cfg.router.ignoreTrailingSlashes = true;
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      cfg.jetty.multipartConfig.cacheDirectory(multipartCache.toString());
      cfg.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_GB, SizeUnit.GB);
      cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_GB, SizeUnit.GB);
      problems.register(cfg.routes);
      cfg.routes.before("/api/*", ctx -> live.manifest().ifPresent(m -> ctx.header(HENTET_DATO_HEADER, m.hentetDato())));
      cfg.routes.before("/api/v1/admin", adminAuth::check);
      cfg.routes.before("/api/v1/admin/*", adminAuth::check);
      cfg.routes.apiBuilder(() -> path("api/v1", () -> {
        get("status", status::status);
        get("health", status::health);
        get("health/ready", status::ready);
        get("pharmacies", pharmacyHandlers::search);
        get("pharmacies/{gln}", pharmacyHandlers::byGln);
        post("admin/fest", admin::postFest);
        post("admin/pharmacies", admin::postPharmacies);
        get("admin/jobs", admin::jobs);
        get("admin/jobs/{id}", admin::job);
      }));
    });
  }

  /** The Javalin instance with all routes, not yet started. */
  public Javalin javalin() {
    return javalin;
  }

  /**
   * Starts the update jobs (re-running any a crash interrupted) and the inbox, then listens; returns the port (the
   * configured one, or the one picked for port 0).
   */
  public int start() {
    try {
      Files.createDirectories(updates.uploadsDirectory().resolve(".multipart"));
      updates.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the update jobs", e);
    }
    javalin.start();
    return javalin.port();
  }

  public void stop() {
    javalin.stop();
    updates.close();
  }

  /** The live pharmacy list. */
  public PharmacyStore pharmacies() {
    return pharmacies;
  }

  /** The update jobs (uploads, inbox). */
  public UpdateService updates() {
    return updates;
  }

  public ServerConfig config() {
    return config;
  }
}
