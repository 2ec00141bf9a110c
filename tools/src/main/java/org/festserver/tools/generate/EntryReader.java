package org.festserver.tools.generate;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an M30 file entry by entry: HentetDato, the root namespace, and each {@code Oppf*} element as an
 * {@link XmlNode} with its catalog. Reads .xml, .xml.gz and .zip (the first .xml entry).
 */
final class EntryReader implements AutoCloseable {

  /** Receives the entries. */
  interface Visitor {
    void catalogStart(M30Catalog catalog);

    void entry(M30Catalog catalog, XmlNode entry);

    void catalogEnd(M30Catalog catalog);
  }

  private final InputStream in;
  private final XMLStreamReader x;
  String rootNamespace;
  String hentetDato;

  EntryReader(Path file) throws IOException {
    this.in = open(file);
    XMLInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try {
      this.x = f.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }
    if (name.endsWith(".zip")) {
      ZipInputStream zip = new ZipInputStream(raw);
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
          return new BufferedInputStream(zip, 1 << 16);
        }
      }
      throw new IOException(file + " contains no .xml entry");
    }
    return raw;
  }

  /** Reads the whole file, calling the visitor for each entry. */
  void read(Visitor visitor) throws IOException {
    try {
      int depth = 0;
      M30Catalog catalog = null;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String local = x.getLocalName();
          if (depth == 1) {
            if (!local.equals("FEST")) {
              throw new IOException("expected FEST M30 root element, got " + local);
            }
            rootNamespace = x.getNamespaceURI();
          } else if (depth == 2 && local.equals("HentetDato")) {
            hentetDato = x.getElementText().trim();
            depth--;
          } else if (depth == 2) {
            catalog = M30Catalog.ofCatalogElement(local);
            if (catalog != null) {
              visitor.catalogStart(catalog);
            }
          } else if (depth == 3 && catalog != null) {
            XmlNode entry = readElement();
            depth--;
            visitor.entry(catalog, entry);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (depth == 2 && catalog != null) {
            visitor.catalogEnd(catalog);
            catalog = null;
          }
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("malformed M30 XML: " + e.getMessage(), e);
    }
  }

  /** Reads the element at the cursor (a START_ELEMENT) into a tree; leaves the cursor on its END_ELEMENT. */
  private XmlNode readElement() throws XMLStreamException {
    Deque<XmlNode> stack = new ArrayDeque<>();
    XmlNode root = node();
    stack.push(root);
    StringBuilder text = new StringBuilder();
    while (!stack.isEmpty()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        XmlNode n = node();
        stack.peek().children.add(n);
        stack.push(n);
        text.setLength(0);
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        text.append(x.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        XmlNode n = stack.pop();
        if (n.children.isEmpty() && text.length() > 0 && !text.toString().isBlank()) {
          n.text = text.toString();
        } else if (n.children.isEmpty() && text.length() > 0 && n.attributes.isEmpty()) {
          n.text = text.toString();
        }
        text.setLength(0);
      }
    }
    return root;
  }

  private XmlNode node() {
    XmlNode n = new XmlNode(x.getNamespaceURI() == null ? "" : x.getNamespaceURI(), x.getLocalName());
    for (int i = 0; i < x.getAttributeCount(); i++) {
      n.attributes.add(new String[] {x.getAttributeLocalName(i), x.getAttributeValue(i)});
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    try {
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      in.close();
    }
  }
}
