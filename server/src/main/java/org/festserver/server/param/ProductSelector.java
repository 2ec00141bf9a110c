package org.festserver.server.param;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.entry.EntityKind;
import org.festserver.server.problem.ApiException;
import org.festserver.server.problem.FieldError;
import org.festserver.server.problem.Problem;

/**
 * Which product a request is about: exactly one of {@code pack} (a varenummer, also an utgående varenummer, R-6.2.4,
 * or a pack id), {@code brand} (a LegemiddelMerkevare id) or {@code substanceGroup} (a LegemiddelVirkestoff id),
 * among those an endpoint accepts.
 */
public record ProductSelector(String parameter, String value) {
  public static final String PACK = "pack";
  public static final String BRAND = "brand";
  public static final String SUBSTANCE_GROUP = "substanceGroup";

  /**
   * Reads the one product parameter among {@code accepted}.
   *
   * @throws ApiException 400 naming the parameters when none or several are given
   */
  public static ProductSelector from(Context ctx, String... accepted) {
    List<ProductSelector> given = new ArrayList<>();
    for (String name : accepted) {
      String value = Params.optional(ctx, name);
      if (value != null) {
        given.add(new ProductSelector(name, value));
      }
    }
    if (given.size() != 1) {
      String names = String.join(", ", accepted);
      String reason = given.isEmpty()
          ? "exactly one of " + names + " is required, got none"
          : "exactly one of " + names + " is allowed, got " + given.size();
      List<FieldError> errors = new ArrayList<>();
      if (given.isEmpty()) {
        for (String name : accepted) {
          errors.add(new FieldError(name, reason));
        }
      } else {
        given.forEach(selector -> errors.add(new FieldError(selector.parameter(), reason)));
      }
      throw new ApiException(Problem.INVALID_PARAMETER, names + ": " + reason, errors);
    }
    return given.get(0);
  }

  /**
   * The kind and id of the selected product in a dataset.
   *
   * @throws ApiException 404 when there is no such product
   */
  public Resolved resolve(Dataset dataset) {
    EntityStore store = dataset.store();
    switch (parameter) {
      case PACK: {
        String id = packId(store, value);
        if (id == null) {
          throw ApiException.notFound("pack", value);
        }
        return new Resolved(EntityKind.PACK, id);
      }
      case BRAND:
        return existing(store, EntityKind.BRAND, "brand");
      case SUBSTANCE_GROUP:
        return existing(store, EntityKind.SUBSTANCE_GROUP, "substance group");
      default:
        throw new IllegalStateException("unknown product parameter " + parameter);
    }
  }

  private Resolved existing(EntityStore store, EntityKind kind, String what) {
    if (!store.contains(kind, value)) {
      throw ApiException.notFound(what, value);
    }
    return new Resolved(kind, value);
  }

  /** The pack id for a varenummer, an utgående varenummer or a pack id, or null. */
  static String packId(EntityStore store, String value) {
    List<String> ids = store.lookup(Lookup.PACK_BY_ITEM_NUMBER, value);
    if (ids.isEmpty()) {
      ids = store.lookup(Lookup.PACK_BY_FORMER_ITEM_NUMBER, value);
    }
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    return store.contains(EntityKind.PACK, value) ? value : null;
  }

  /** A selected product found in the dataset. */
  public record Resolved(EntityKind kind, String id) {
    /** How answers name the product: {@code {"kind": "pack", "id": "ID_…"}}. */
    public Map<String, String> json() {
      return Map.of("kind", ProductKinds.name(kind), "id", id);
    }
  }
}
