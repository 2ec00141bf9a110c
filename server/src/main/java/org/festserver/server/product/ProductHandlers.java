package org.festserver.server.product;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.problem.ApiException;

/** HTTP handlers of the product endpoints; see docs/api.md. */
public final class ProductHandlers {
  private final LiveDataset live;
  private final Clock clock;
  private final ObjectMapper json;
  private final ProductService service = new ProductService();

  public ProductHandlers(LiveDataset live, Clock clock, ObjectMapper json) {
    this.live = live;
    this.clock = clock;
    this.json = json;
  }

  /** Builds what these endpoints cache per dataset; register with {@code DatasetManager.addWarmer}. */
  public static void warm(Dataset dataset) {
    ProductService.warm(dataset);
  }

  /** {@code GET /substance-groups/{id}}. */
  public void substanceGroup(Context ctx) {
    String id = Params.id(ctx, "id");
    var date = Params.date(ctx, clock);
    ctx.json(live.read(ctx, dataset -> service.substanceGroup(dataset, id, date)));
  }

  /** {@code GET /brands/{id}}. */
  public void brand(Context ctx) {
    String id = Params.id(ctx, "id");
    var date = Params.date(ctx, clock);
    ctx.json(live.read(ctx, dataset -> service.brand(dataset, id, date)));
  }

  /** {@code GET /packs/{itemNumber}}: by varenummer or utgående varenummer. */
  public void pack(Context ctx) {
    String itemNumber = Params.itemNumber(ctx.pathParam("itemNumber"), "itemNumber");
    var date = Params.date(ctx, clock);
    byte[] body = live.read(ctx, dataset -> AnswerCache.of(dataset).answer(
        new AnswerCache.Key("pack", itemNumber, date), () -> service.pack(dataset, itemNumber, date), json));
    ctx.contentType("application/json").result(body);
  }

  /** {@code GET /packs?ean=}. */
  public void packsByEan(Context ctx) {
    String ean = ctx.queryParam("ean");
    if (ean == null || ean.isBlank()) {
      throw ApiException.invalidParameter("ean", "is required (packs are listed by EAN only; use /packs/{itemNumber})");
    }
    if (!ean.strip().matches("[0-9]{8,14}")) {
      throw ApiException.invalidParameter("ean", "expected 8 to 14 digits, got '" + Params.abbreviate(ean) + "'");
    }
    var date = Params.date(ctx, clock);
    ctx.json(live.read(ctx, dataset -> service.packsByEan(dataset, ean.strip(), date)));
  }

  /** {@code GET /packs/{itemNumber}/interchangeable?date=} (R-6.5.x, R-4.4.2). */
  public void interchangeable(Context ctx) {
    String itemNumber = Params.itemNumber(ctx.pathParam("itemNumber"), "itemNumber");
    var date = Params.date(ctx, clock);
    byte[] body = live.read(ctx, dataset -> AnswerCache.of(dataset).answer(new AnswerCache.Key("interchangeable", itemNumber, date),
        () -> service.interchangeable(dataset, itemNumber, date), json));
    ctx.contentType("application/json").result(body);
  }

  /** {@code GET /unit-doses/{id}}. */
  public void unitDose(Context ctx) {
    String id = Params.id(ctx, "id");
    var date = Params.date(ctx, clock);
    ctx.json(live.read(ctx, dataset -> service.unitDose(dataset, id, date)));
  }
}
