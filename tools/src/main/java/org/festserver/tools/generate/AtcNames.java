package org.festserver.tools.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/** Norwegian and English names of ATC codes at all five levels (atc.tsv plus the medicines' own names). */
final class AtcNames {

  private final Map<String, String[]> names;

  private AtcNames(Map<String, String[]> names) {
    this.names = names;
  }

  static AtcNames load(Map<String, String[]> level5) {
    Map<String, String[]> all = new LinkedHashMap<>();
    for (String[] c : Resources.rows("atc.tsv")) {
      all.put(c[0], new String[] {c[1], c[2]});
    }
    level5.forEach(all::putIfAbsent);
    return new AtcNames(all);
  }

  /** A copy that also knows the given extra names (synthetic codes of one plan). */
  AtcNames with(Map<String, String[]> extra) {
    Map<String, String[]> all = new LinkedHashMap<>(names);
    extra.forEach(all::putIfAbsent);
    return new AtcNames(all);
  }

  boolean knows(String code) {
    return names.containsKey(code);
  }

  String no(String code) {
    return lookup(code)[0];
  }

  String en(String code) {
    return lookup(code)[1];
  }

  private String[] lookup(String code) {
    String[] n = names.get(code);
    if (n == null) {
      throw new IllegalStateException("no ATC name for " + code + " (add it to atc.tsv)");
    }
    return n;
  }

  /** The ancestors of a code and the code itself: C, C10, C10A, C10AA, C10AA01. */
  static String[] levels(String code) {
    int[] lengths = {1, 3, 4, 5, 7};
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int len : lengths) {
      if (code.length() >= len) {
        out.add(code.substring(0, len));
      }
    }
    return out.toArray(new String[0]);
  }
}
