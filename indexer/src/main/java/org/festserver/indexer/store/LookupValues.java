package org.festserver.indexer.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Multi-valued lookups are stored as one string with a unit separator between keys (never part of an id), the keys
 * in ascending order, so that a lookup's value depends only on the set of entities and not on the order they were
 * read in (a full load and an incremental update give the same bytes).
 */
final class LookupValues {
  static final char SEPARATOR = '\u001f';

  private LookupValues() {}

  static String join(List<String> keys) {
    return String.join(String.valueOf(SEPARATOR), keys);
  }

  /** Inserts {@code key} into a sorted list unless present; true when it was added. */
  static boolean insertSorted(List<String> keys, String key) {
    int at = Collections.binarySearch(keys, key);
    if (at >= 0) {
      return false;
    }
    keys.add(-at - 1, key);
    return true;
  }

  /** Stored entries with their values split. */
  static Iterator<Map.Entry<String, List<String>>> entries(Iterator<Map.Entry<String, String>> raw) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return raw.hasNext();
      }

      @Override
      public Map.Entry<String, List<String>> next() {
        Map.Entry<String, String> entry = raw.next();
        return Map.entry(entry.getKey(), split(entry.getValue()));
      }
    };
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
