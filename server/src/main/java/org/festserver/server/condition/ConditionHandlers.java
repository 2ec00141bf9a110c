package org.festserver.server.condition;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.festserver.model.condition.Role;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.param.Params;
import org.festserver.server.param.ProductSelector;

/** {@code GET /conditions?pack=|brand=|substanceGroup=&role=&age=&sex=}: a product's own conditions. */
public final class ConditionHandlers {
  private final LiveDataset live;
  private final ConditionService service = new ConditionService();

  public ConditionHandlers(LiveDataset live) {
    this.live = live;
  }

  public void conditions(Context ctx) {
    ProductSelector selector =
        ProductSelector.from(ctx, ProductSelector.PACK, ProductSelector.BRAND, ProductSelector.SUBSTANCE_GROUP);
    Role role = Params.optional(ctx, "role") == null ? null : Params.role(ctx);
    ConditionQuery query = new ConditionQuery(role, Params.patient(ctx));
    ctx.json(live.read(ctx, dataset -> {
      ProductSelector.Resolved product = selector.resolve(dataset);
      List<ConditionView> conditions = service.productConditions(dataset, product.kind(), product.id(), query);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("product", product.json());
      body.put("conditions", conditions);
      return body;
    }));
  }
}
