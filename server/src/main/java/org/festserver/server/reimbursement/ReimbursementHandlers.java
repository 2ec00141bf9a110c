package org.festserver.server.reimbursement;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.param.Params;
import org.festserver.server.param.ProductSelector;

/** {@code GET /reimbursement?pack=|substanceGroup=&date=&role=&age=&sex=} (R-6.4.x). */
public final class ReimbursementHandlers {
  private final LiveDataset live;
  private final Clock clock;
  private final ReimbursementService service = new ReimbursementService();

  public ReimbursementHandlers(LiveDataset live, Clock clock) {
    this.live = live;
    this.clock = clock;
  }

  public void reimbursement(Context ctx) {
    ProductSelector selector = ProductSelector.from(ctx, ProductSelector.PACK, ProductSelector.SUBSTANCE_GROUP);
    ReimbursementQuery query = new ReimbursementQuery(Params.date(ctx, clock), Params.role(ctx), Params.patient(ctx));
    ctx.json(live.read(ctx, dataset -> {
      ProductSelector.Resolved product = selector.resolve(dataset);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("product", product.json());
      body.put("date", query.date());
      body.put("role", query.role().parameter());
      body.put("entries", service.entriesFor(dataset, product.kind(), product.id(), query));
      return body;
    }));
  }
}
