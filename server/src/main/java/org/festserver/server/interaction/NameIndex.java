package org.festserver.server.interaction;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names for interaction search: substansgruppe names, member names and substance (Virkestoff) names, each
 * with the ATC codes, substance ids and groups a search for it expands to.
 */
final class NameIndex {
  /*
   * Implementation notes. Names are folded to lower case (Locale.ROOT) with runs of white space made one space; æøå
   * and other letters are kept. A search matches names equal to the folded text or, when none is equal and the text
   * has at least MIN_PREFIX characters, names starting with it.
   */
  static final int MIN_PREFIX = 3;

  /** What one name stands for. */
  static final class Entry {
    final Set<String> atcCodes = new TreeSet<>();
    final Set<String> substanceIds = new TreeSet<>();
    /** (interaction, group) pairs, packed as in {@link InteractionIndex}. */
    final Set<Long> groups = new LinkedHashSet<>();
  }

  private final NavigableMap<String, Entry> names = new TreeMap<>();

  static String fold(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  Entry entry(String name) {
    String folded = fold(name);
    return folded.isEmpty() ? new Entry() : names.computeIfAbsent(folded, k -> new Entry());
  }

  /** The entries for a search text: equal names, else names starting with it; empty when none. */
  Collection<Entry> find(String text) {
    String folded = fold(text);
    Entry exact = names.get(folded);
    if (exact != null) {
      return List.of(exact);
    }
    if (folded.length() < MIN_PREFIX) {
      return List.of();
    }
    return names.subMap(folded, true, folded + Character.MAX_VALUE, true).values();
  }

  int size() {
    return names.size();
  }
}
