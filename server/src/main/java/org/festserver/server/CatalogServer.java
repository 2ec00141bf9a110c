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
import java.util.function.Consumer;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.jobs.UpdateService;
import org.festserver.indexer.pharmacy.PharmacyStore;
import org.festserver.server.admin.AdminAuth;
import org.festserver.server.admin.AdminHandlers;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.json.Json;
import org.festserver.server.pharmacy.PharmacyHandlers;
import org.festserver.server.alert.AlertHandlers;
import org.festserver.server.apidoc.ApiDocs;
import org.festserver.server.alert.AlertService;
import org.festserver.server.condition.ConditionHandlers;
import org.festserver.server.condition.ConditionService;
import org.festserver.server.interaction.InteractionHandlers;
import org.festserver.server.interaction.InteractionIndex;
import org.festserver.server.observe.Observability;
import org.festserver.server.problem.ProblemHandler;
import org.festserver.server.atc.AtcHandlers;
import org.festserver.server.product.ProductHandlers;
import org.festserver.server.search.SearchHandlers;
import org.festserver.server.reimbursement.ReimbursementHandlers;
import org.festserver.server.reimbursement.ReimbursementService;
import org.festserver.server.status.StatusHandlers;
import org.festserver.server.supply.SupplyHandlers;
import org.festserver.server.supply.SupplyService;
import org.festserver.server.web.WebPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the HTTP server: builds the per-feature handlers from the live dataset and declares every
 * route up front. Tests start exactly this wiring through {@link #javalin()}.
 */
public final class CatalogServer {
  /** Header on every API response naming the live dataset's HentetDato. */
  public static final String HENTET_DATO_HEADER = LiveDataset.HENTET_DATO_HEADER;
  /** How often {@code data-dir/inbox/} is looked at. */
  static final Duration INBOX_POLL = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(CatalogServer.class);

  private final ServerConfig config;
  private final LiveDataset live;
  private final DatasetManager datasets;
  private final PharmacyStore pharmacies;
  private final UpdateService updates;
  private final Javalin javalin;
  private final Observability observability;

  public CatalogServer(ServerConfig config, DatasetManager datasets, Clock clock) {
    this.config = config;
    this.live = new LiveDataset(datasets);
    this.datasets = datasets;
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
    this.observability = new Observability(live, clock);
    datasets.addPreparer(observability.caches()::attach); // before any warmer creates a cache
    updates.onFinished(observability::jobFinished);
    SearchHandlers search = new SearchHandlers(live, clock, json);
    ProductHandlers products = new ProductHandlers(live, clock, json);
    AtcHandlers atc = new AtcHandlers(live);
    ReimbursementHandlers reimbursement = new ReimbursementHandlers(live, clock);
    AlertHandlers alerts = new AlertHandlers(live, clock);
    ConditionHandlers conditions = new ConditionHandlers(live);
    SupplyHandlers supplies = new SupplyHandlers(live, clock);
    InteractionHandlers interactions = new InteractionHandlers(live, json);
    // The warmers share two threads; the interaction index, the longest, goes last: it computes on a second thread
    // of its own meanwhile, and started first it competes with every other warmer (measured: slower to ready).
    datasets.addWarmer(timed("search", SearchHandlers::warm));
    datasets.addWarmer(timed("products", ProductHandlers::warm));
    datasets.addWarmer(timed("atc", AtcHandlers::warm));
    datasets.addWarmer(timed("conditions", ConditionService::warm));
    datasets.addWarmer(timed("reimbursement", ReimbursementService::warm));
    datasets.addWarmer(timed("alerts", AlertService::warm));
    datasets.addWarmer(timed("supplies", SupplyService::warm));
    datasets.addWarmer(timed("interactions", InteractionIndex::warm));

    this.javalin = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jsonMapper(new JavalinJackson(json, false));
      ServerConfig.Http http = config.http();
      cfg.http.maxRequestSize = http.maxBodyBytes();
      cfg.router.ignoreTrailingSlashes = true;
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      cfg.jetty.multipartConfig.cacheDirectory(multipartCache.toString());
      cfg.jetty.multipartConfig.maxFileSize(http.maxUploadBytes(), SizeUnit.BYTES);
      cfg.jetty.multipartConfig.maxTotalRequestSize(http.maxUploadBytes(), SizeUnit.BYTES);
      HttpHardening.apply(cfg, http);
      WebPage.register(cfg.staticFiles);
      problems.register(cfg.routes);
      cfg.requestLogger.http(observability::requestDone);
      cfg.routes.get("/metrics", observability::scrape);
      new ApiDocs().register(cfg.routes);
      cfg.routes.before("/api/*", ctx -> live.manifest().ifPresent(m -> ctx.header(HENTET_DATO_HEADER, m.hentetDato())));
      cfg.routes.before("/api/v1/admin", adminAuth::check);
      cfg.routes.before("/api/v1/admin/*", adminAuth::check);
      cfg.routes.apiBuilder(() -> path("api/v1", () -> {
        get("status", status::status);
        get("health", status::health);
        get("health/ready", status::ready);
        get("search", search::search);
        get("substance-groups/{id}", products::substanceGroup);
        get("brands/{id}", products::brand);
        get("packs", products::packsByEan);
        get("packs/{itemNumber}", products::pack);
        get("packs/{itemNumber}/interchangeable", products::interchangeable);
        get("unit-doses/{id}", products::unitDose);
        get("atc/{code}", atc::atc);
        get("reimbursement", reimbursement::reimbursement);
        get("alerts", alerts::alerts);
        get("conditions", conditions::conditions);
        get("supplies/tree", supplies::tree);
        get("supplies/{nr}", supplies::supply);
        post("interactions/check", interactions::check);
        get("interactions", interactions::search);
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
    datasets.awaitWarmers(); // the warmers of the live dataset run in parallel from the constructor on
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

  /** Metrics and access log; other parts of the server register their meters here. */
  public Observability observability() {
    return observability;
  }

  /** A warmer that logs (at debug) how long it took: the warmers are what a restart and a switch wait for. */
  private static Consumer<Dataset> timed(String name, Consumer<Dataset> warmer) {
    return dataset -> {
      long start = System.nanoTime();
      warmer.accept(dataset);
      LOG.debug("warmer {} of dataset {}: {} ms", name, dataset.id(), (System.nanoTime() - start) / 1_000_000);
    };
  }
}
