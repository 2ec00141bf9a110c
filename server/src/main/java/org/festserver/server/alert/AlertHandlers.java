package org.festserver.server.alert;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.festserver.model.alert.AlertAudience;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.param.Params;
import org.festserver.server.param.ProductSelector;
import org.festserver.server.problem.ApiException;

/** {@code GET /alerts?pack=|brand=|substanceGroup=&audience=&types=&date=} (R-9.x). */
public final class AlertHandlers {
  private final LiveDataset live;
  private final Clock clock;
  private final AlertService service = new AlertService();

  public AlertHandlers(LiveDataset live, Clock clock) {
    this.live = live;
    this.clock = clock;
  }

  public void alerts(Context ctx) {
    ProductSelector selector =
        ProductSelector.from(ctx, ProductSelector.PACK, ProductSelector.BRAND, ProductSelector.SUBSTANCE_GROUP);
    AlertQuery query = new AlertQuery(Params.date(ctx, clock), audiences(ctx), types(ctx));
    ctx.json(live.read(ctx, dataset -> {
      ProductSelector.Resolved product = selector.resolve(dataset);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("product", product.json());
      body.put("date", query.date());
      body.put("alerts", service.alertsFor(dataset, product.kind(), product.id(), query));
      return body;
    }));
  }

  private static Set<AlertAudience> audiences(Context ctx) {
    Set<AlertAudience> audiences = EnumSet.noneOf(AlertAudience.class);
    for (String value : Params.list(ctx, "audience")) {
      audiences.add(AlertAudience.fromParameter(value).orElseThrow(() -> ApiException.invalidParameter(
          "audience", "expected gp, specialist, hospital, pharmacy or vet (or 7442 codes 1-5), got '" + value + "'")));
    }
    return audiences;
  }

  private static Set<String> types(Context ctx) {
    Set<String> types = Params.list(ctx, "types");
    for (String type : types) {
      if (!type.matches("[0-9]{1,3}")) {
        throw ApiException.invalidParameter("types", "expected alert type codes of code system 7441 (e.g. 1,2), got '" + type + "'");
      }
    }
    return types;
  }
}
