package org.festserver.server.supply;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Locale;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.param.Params;
import org.festserver.server.problem.ApiException;

/**
 * {@code GET /supplies/tree?group=&goods=&date=&age=&sex=} and {@code GET /supplies/{nr}}.
 */
public final class SupplyHandlers {
  private final LiveDataset live;
  private final Clock clock;
  private final SupplyService service = new SupplyService();

  public SupplyHandlers(LiveDataset live, Clock clock) {
    this.live = live;
    this.clock = clock;
  }

  public void tree(Context ctx) {
    String group = Params.optional(ctx, "group");
    if (group != null && !group.matches("[0-9]{1,7}")) {
      throw ApiException.invalidParameter("group", "expected a product-group code of code system 7403 (digits), got '" + group + "'");
    }
    SupplyQuery query = new SupplyQuery(Params.date(ctx, clock), Params.patient(ctx), group, goods(ctx));
    byte[] body = live.read(ctx, dataset -> service.treeJson(dataset, query))
        .orElseThrow(() -> ApiException.notFound("product group", group));
    ctx.contentType(ContentType.APPLICATION_JSON).result(body);
  }

  public void supply(Context ctx) {
    String number = ctx.pathParam("nr");
    SupplyQuery query = new SupplyQuery(Params.date(ctx, clock), Params.patient(ctx), null, false);
    ctx.json(live.read(ctx, dataset -> service.supply(dataset, number, query)
        .orElseThrow(() -> ApiException.notFound("trade good", number))));
  }

  private static boolean goods(Context ctx) {
    String value = Params.optional(ctx, "goods");
    if (value == null) {
      return true;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw ApiException.invalidParameter("goods", "expected true or false, got '" + value + "'");
    }
  }
}
