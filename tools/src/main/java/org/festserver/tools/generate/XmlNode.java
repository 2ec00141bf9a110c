package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.List;

/** A small element tree for one M30 entry (the increment generator reads, changes and rewrites entries). */
final class XmlNode {

  final String namespace;
  final String name;
  final List<String[]> attributes = new ArrayList<>();
  final List<XmlNode> children = new ArrayList<>();
  String text;

  XmlNode(String namespace, String name) {
    this.namespace = namespace;
    this.name = name;
  }

  XmlNode child(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  List<XmlNode> all(String childName) {
    List<XmlNode> out = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Depth-first search for descendants with a name. */
  void collect(String descendant, List<XmlNode> out) {
    for (XmlNode c : children) {
      if (c.name.equals(descendant)) {
        out.add(c);
      }
      c.collect(descendant, out);
    }
  }

  String attribute(String attr) {
    for (String[] a : attributes) {
      if (a[0].equals(attr)) {
        return a[1];
      }
    }
    return null;
  }

  void attribute(String attr, String value) {
    for (String[] a : attributes) {
      if (a[0].equals(attr)) {
        a[1] = value;
        return;
      }
    }
    attributes.add(new String[] {attr, value});
  }

  XmlNode copy() {
    XmlNode n = new XmlNode(namespace, name);
    for (String[] a : attributes) {
      n.attributes.add(a.clone());
    }
    n.text = text;
    for (XmlNode c : children) {
      n.children.add(c.copy());
    }
    return n;
  }

  /** A leaf with text in the same namespace. */
  XmlNode leaf(String childName, String value) {
    XmlNode n = new XmlNode(namespace, childName);
    n.text = value;
    return n;
  }

  int indexOf(String childName) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).name.equals(childName)) {
        return i;
      }
    }
    return -1;
  }

  /** Writes this element (and its subtree) with the pretty printer; re-declares a namespace that differs. */
  void write(M30Writer w, String parentNamespace) {
    boolean declare = !namespace.equals(parentNamespace);
    if (children.isEmpty() && text == null) {
      if (declare) {
        if (!attributes.isEmpty()) {
          throw new IllegalStateException("attributes on a namespace-declaring empty element are not supported: "
              + name);
        }
        w.openInNamespace(name, namespace, true);
        w.end();
      } else {
        String[] flat = new String[attributes.size() * 2];
        for (int i = 0; i < attributes.size(); i++) {
          flat[2 * i] = attributes.get(i)[0];
          flat[2 * i + 1] = attributes.get(i)[1];
        }
        w.empty(name, flat);
      }
      return;
    }
    if (children.isEmpty() && !declare) {
      w.text(name, text);
      return;
    }
    w.openInNamespace(name, namespace, declare);
    for (XmlNode c : children) {
      c.write(w, namespace);
    }
    w.end();
  }
}
