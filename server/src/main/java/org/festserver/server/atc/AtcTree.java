package org.festserver.server.atc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.codesystem.CodeSystem;
import org.festserver.model.codesystem.CodeSystemElement;
import org.festserver.model.codesystem.Term;
import org.festserver.model.entry.EntityKind;

/**
 * ATC codes of code system 7180 with their names, parents and children. WHO levels have 1, 3, 4, 5 and 7
 * characters; a code's parent is its longest proper prefix that is a code of the system, so fictitious
 * 6-character codes hang under their 5-character group. Immutable once built.
 */
final class AtcTree {
  static final String ATC_SYSTEM = CodeSystem.OID_PREFIX + "7180";

  record Node(String code, String nameNorwegian, String nameEnglish) {}

  private final Map<String, Node> nodes = new TreeMap<>();
  private final Map<String, String> parents = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();

  static AtcTree build(Dataset dataset) {
    AtcTree tree = new AtcTree();
    dataset.store().get(EntityKind.CODE_SYSTEM, ATC_SYSTEM, CodeSystem.class).ifPresent(system -> {
      for (CodeSystemElement element : system.elements()) {
        if (element.code() != null) {
          tree.nodes.put(element.code(), node(element));
        }
      }
    });
    for (String code : tree.nodes.keySet()) { // sorted, so children come out in code order
      for (int length = code.length() - 1; length > 0; length--) {
        String prefix = code.substring(0, length);
        if (tree.nodes.containsKey(prefix)) {
          tree.parents.put(code, prefix);
          tree.children.computeIfAbsent(prefix, p -> new ArrayList<>()).add(code);
          break;
        }
      }
    }
    return tree;
  }

  private static Node node(CodeSystemElement element) {
    String norwegian = null;
    String english = null;
    for (Term term : element.terms()) {
      String language = term.language() == null ? "NO" : term.language().code();
      if ("EN".equalsIgnoreCase(language)) {
        english = english == null ? term.term() : english;
      } else if (norwegian == null) {
        norwegian = term.term();
      }
    }
    return new Node(element.code(), norwegian, english);
  }

  Node node(String code) {
    return nodes.get(code);
  }

  Node parent(String code) {
    String parent = parents.get(code);
    return parent == null ? null : nodes.get(parent);
  }

  List<Node> children(String code) {
    List<Node> result = new ArrayList<>();
    for (String child : children.getOrDefault(code, List.of())) {
      result.add(nodes.get(child));
    }
    return result;
  }
}
