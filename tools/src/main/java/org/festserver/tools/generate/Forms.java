package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The forms table (forms.tsv), keyed by the short key used in substances.tsv. */
final class Forms {

  private final Map<String, Form> byKey = new LinkedHashMap<>();

  private Forms() {}

  static Forms load() {
    Forms forms = new Forms();
    for (String[] c : Resources.rows("forms.tsv")) {
      List<Double> sizes = new ArrayList<>();
      for (String s : c[11].split(",")) {
        sizes.add(Double.parseDouble(s));
      }
      Form f = new Form(c[0], c[1], c[2], c[3], List.of(c[4].split(";")), c[5], List.of(c[6].split(",")),
          List.of(c[7].split(",")), c[8], Form.Kind.valueOf(c[9]), c[10], List.copyOf(sizes));
      forms.byKey.put(f.key(), f);
    }
    return forms;
  }

  Form get(String key) {
    Form f = byKey.get(key);
    if (f == null) {
      throw new IllegalArgumentException("unknown form key \"" + key + "\", expected one of " + byKey.keySet());
    }
    return f;
  }

  Collection<Form> all() {
    return byKey.values();
  }
}
