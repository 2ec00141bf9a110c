package org.festserver.server.param;

import java.util.Locale;
import org.festserver.model.entry.EntityKind;

/** The API names of product kinds, as in search hits: {@code pack}, {@code brand}, {@code substance-group}. */
public final class ProductKinds {
  private ProductKinds() {}

  public static String name(EntityKind kind) {
    switch (kind) {
      case PACK:
        return "pack";
      case BRAND:
        return "brand";
      case SUBSTANCE_GROUP:
        return "substance-group";
      default:
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
