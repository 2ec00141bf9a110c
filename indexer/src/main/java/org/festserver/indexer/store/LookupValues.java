package org.festserver.indexer.store;

import java.util.ArrayList;
import java.util.List;

/** Multi-valued lookups are stored as one string with a unit separator between keys (never part of an id). */
final class LookupValues {
  static final char SEPARATOR = '\u001f';

  private LookupValues() {}

  static String join(List<String> keys) {
    return String.join(String.valueOf(SEPARATOR), keys);
  }

  static List<String> split(String joined) {
    if (joined == null || joined.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(2);
    int start = 0;
    int at;
    while ((at = joined.indexOf(SEPARATOR, start)) >= 0) {
      keys.add(joined.substring(start, at));
      start = at + 1;
    }
    keys.add(joined.substring(start));
    return List.copyOf(keys);
  }
}
