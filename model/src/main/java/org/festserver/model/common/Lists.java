package org.festserver.model.common;

import java.util.List;

/** Null-tolerant list normalisation for record constructors: records never hold null or mutable lists. */
public final class Lists {
  private Lists() {}

  public static <T> List<T> copy(List<T> values) {
    return values == null || values.isEmpty() ? List.of() : List.copyOf(values);
  }
}
