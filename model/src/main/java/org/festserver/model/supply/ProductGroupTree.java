package org.festserver.model.supply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the trade-goods tree from the product-group code system 7403 and the goods: 3-digit codes under
 * their 1-digit main group (5 medical consumables, 6 nutrition), 5-digit codes under their 3-digit prefix, 7-digit
 * codes under their 5-digit prefix, and the goods under the code their reimbursement group's number names. A code
 * that goods use but the code system lacks still gets its node and its ancestors (without a name). Codes that are
 * not 1, 3, 5 or 7 digits are left out.
 */
public final class ProductGroupTree {
  private ProductGroupTree() {}

  /** The level of a product-group code (0 for 1 digit, 1, 2, 3 for 3, 5, 7 digits), or -1 when it is none. */
  public static int level(String code) {
    if (code == null || code.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return -1;
      }
    }
    switch (code.length()) {
      case 1:
        return 0;
      case 3:
        return 1;
      case 5:
        return 2;
      case 7:
        return 3;
      default:
        return -1;
    }
  }

  /** The code one level up (the prefix two digits shorter; the first digit for a 3-digit code), or null. */
  public static String parent(String code) {
    int level = level(code);
    if (level <= 0) {
      return null;
    }
    return code.substring(0, level == 1 ? 1 : code.length() - 2);
  }

  /**
   * The tree's main groups, each with its descendants, ordered by code.
   *
   * @param names the 7403 codes and their names
   * @param goodsByCode item numbers of goods under each group number, in the order to show them
   */
  public static List<ProductGroupNode> build(Map<String, String> names, Map<String, List<String>> goodsByCode) {
    SortedSet<String> codes = new TreeSet<>();
    names.keySet().forEach(code -> addWithAncestors(code, codes));
    goodsByCode.keySet().forEach(code -> addWithAncestors(code, codes));
    Map<String, List<String>> children = new TreeMap<>();
    List<String> roots = new ArrayList<>();
    for (String code : codes) {
      String parent = parent(code);
      if (parent == null) {
        roots.add(code);
      } else {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
      }
    }
    List<ProductGroupNode> trees = new ArrayList<>(roots.size());
    for (String root : roots) {
      trees.add(node(root, names, goodsByCode, children));
    }
    return List.copyOf(trees);
  }

  private static void addWithAncestors(String code, SortedSet<String> codes) {
    for (String at = code; level(at) >= 0 && codes.add(at); at = parent(at)) {
      // climbs until a code already present or the root
    }
  }

  private static ProductGroupNode node(
      String code, Map<String, String> names, Map<String, List<String>> goodsByCode, Map<String, List<String>> children) {
    List<ProductGroupNode> nodes = new ArrayList<>();
    for (String child : children.getOrDefault(code, List.of())) {
      nodes.add(node(child, names, goodsByCode, children));
    }
    return new ProductGroupNode(code, names.get(code), level(code), nodes, goodsByCode.getOrDefault(code, List.of()));
  }
}
