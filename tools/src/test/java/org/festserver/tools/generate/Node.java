package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test-side element tree of one M30 entry (independent of the generator's own XmlNode). */
final class Node {

  final String namespace;
  final String name;
  final Map<String, String> attributes = new TreeMap<>();
  final List<Node> children = new ArrayList<>();
  String text = "";

  Node(String namespace, String name) {
    this.namespace = namespace;
    this.name = name;
  }

  Node child(String n) {
    for (Node c : children) {
      if (c.name.equals(n)) {
        return c;
      }
    }
    return null;
  }

  List<Node> all(String n) {
    List<Node> out = new ArrayList<>();
    for (Node c : children) {
      if (c.name.equals(n)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Descendants (any depth) with a name. */
  List<Node> find(String n) {
    List<Node> out = new ArrayList<>();
    collect(n, out);
    return out;
  }

  private void collect(String n, List<Node> out) {
    for (Node c : children) {
      if (c.name.equals(n)) {
        out.add(c);
      }
      c.collect(n, out);
    }
  }

  String text(String childName) {
    Node c = child(childName);
    return c == null ? null : c.text;
  }

  String v() {
    return attributes.get("V");
  }

  /** The V attribute of a child, or null. */
  String v(String childName) {
    Node c = child(childName);
    return c == null ? null : c.v();
  }

  /** The payload of an Oppf entry (first child after Id, Tidspunkt, Status), or null. */
  Node payload() {
    for (Node c : children) {
      if (!c.name.equals("Id") && !c.name.equals("Tidspunkt") && !c.name.equals("Status")) {
        return c;
      }
    }
    return null;
  }

  String entryId() {
    return text("Id");
  }

  String status() {
    return v("Status");
  }

  @Override
  public String toString() {
    return name + attributes + (text.isBlank() ? "" : "=" + text) + (children.isEmpty() ? "" : children);
  }
}
