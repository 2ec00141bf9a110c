package org.festserver.tools.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The static code systems of codesystems.tsv: terms by (system, code) and the Info block of each system. */
final class CodeSystems {

  static final String OID_PREFIX = "2.16.578.1.12.4.1.1.";

  private static volatile CodeSystems instance;

  /** One static code system. */
  record System(String number, String name, String shortName, String publisher, List<String[]> rows) {}

  final Map<String, System> systems = new LinkedHashMap<>();
  private final Map<String, String[]> rows = new LinkedHashMap<>();

  private CodeSystems() {
    for (Map.Entry<String, Resources.Block> e : Resources.blocks("codesystems.tsv").entrySet()) {
      String[] h = e.getValue().header();
      systems.put(h[0], new System(h[0], h[1], h[2], h[3], e.getValue().rows()));
      for (String[] r : e.getValue().rows()) {
        rows.put(h[0] + "|" + r[0], r);
      }
    }
  }

  static CodeSystems get() {
    CodeSystems c = instance;
    if (c == null) {
      synchronized (CodeSystems.class) {
        c = instance;
        if (c == null) {
          c = new CodeSystems();
          instance = c;
        }
      }
    }
    return c;
  }

  /** The term (DN) of a code. */
  String term(String system, String code) {
    String[] r = rows.get(system + "|" + code);
    if (r == null) {
      throw new IllegalArgumentException("code " + code + " is not in code system " + system);
    }
    return r[1];
  }

  static String oid(String system) {
    return OID_PREFIX + system;
  }
}
