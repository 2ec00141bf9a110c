package org.festserver.tools.generate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an M30 file with StAX, one entry at a time (memory stays bounded): the root, HentetDato, the order of
 * the catalogs, and each {@code Oppf*} entry as a {@link Node}.
 */
final class EntryScan {

  /** Receives each entry with the local name of its catalog element. */
  interface Visitor {
    void entry(String catalog, Node entry);
  }

  String rootNamespace;
  final Map<String, String> rootNamespaceDeclarations = new LinkedHashMap<>();
  String hentetDato;
  final List<String> catalogs = new ArrayList<>();

  static EntryScan scan(Path file, Visitor visitor) {
    EntryScan s = new EntryScan();
    try (InputStream in = open(file)) {
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
      f.setProperty(XMLInputFactory.IS_COALESCING, true);
      XMLStreamReader x = f.createXMLStreamReader(in);
      int depth = 0;
      String catalog = null;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 1) {
            s.rootNamespace = x.getNamespaceURI();
            for (int i = 0; i < x.getNamespaceCount(); i++) {
              s.rootNamespaceDeclarations.put(x.getNamespacePrefix(i) == null ? "" : x.getNamespacePrefix(i),
                  x.getNamespaceURI(i));
            }
          } else if (depth == 2 && x.getLocalName().equals("HentetDato")) {
            s.hentetDato = x.getElementText();
            depth--;
          } else if (depth == 2) {
            catalog = x.getLocalName();
            s.catalogs.add(catalog);
          } else if (depth == 3) {
            visitor.entry(catalog, read(x));
            depth--;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      x.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("not well-formed: " + file + ": " + e.getMessage(), e);
    }
    return s;
  }

  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    String name = file.getFileName().toString();
    if (name.endsWith(".gz")) {
      return new GZIPInputStream(in, 1 << 16);
    }
    if (name.endsWith(".zip")) {
      ZipInputStream zip = new ZipInputStream(in);
      zip.getNextEntry();
      return zip;
    }
    return in;
  }

  private static Node read(XMLStreamReader x) throws XMLStreamException {
    Deque<Node> stack = new ArrayDeque<>();
    Node root = node(x);
    stack.push(root);
    StringBuilder text = new StringBuilder();
    while (!stack.isEmpty()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        Node n = node(x);
        stack.peek().children.add(n);
        stack.push(n);
        text.setLength(0);
      } else if (ev == XMLStreamConstants.CHARACTERS) {
        text.append(x.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        Node n = stack.pop();
        if (n.children.isEmpty()) {
          n.text = text.toString();
        }
        text.setLength(0);
      }
    }
    return root;
  }

  private static Node node(XMLStreamReader x) {
    Node n = new Node(x.getNamespaceURI() == null ? "" : x.getNamespaceURI(), x.getLocalName());
    for (int i = 0; i < x.getAttributeCount(); i++) {
      n.attributes.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
    }
    return n;
  }
}
