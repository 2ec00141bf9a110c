package org.festserver.tools.generate;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Pretty-printing StAX writer for M30 files: 2-space indentation, empty elements written {@code <X V="…" />}
 * like real files, the M30 namespace as default namespace on the root and the Forskrivning namespace re-declared
 * as default namespace on each Forskrivning payload (FORMAT.md §0.1, §1.5).
 */
final class M30Writer {

  private static final String XSD = "http://www.w3.org/2001/XMLSchema";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String[] INDENT = new String[32];

  static {
    StringBuilder sb = new StringBuilder("\n");
    for (int i = 0; i < INDENT.length; i++) {
      INDENT[i] = sb.toString();
      sb.append("  ");
    }
  }

  private final XMLStreamWriter x;
  private final String m30Namespace;
  private final String fsNamespace;
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private int depth;

  M30Writer(OutputStream out, FestVersion version) {
    this(out, version.m30Namespace(), version.forskrivningNamespace());
  }

  M30Writer(OutputStream out, String m30Namespace, String fsNamespace) {
    this.m30Namespace = m30Namespace;
    this.fsNamespace = fsNamespace;
    try {
      out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>".getBytes(StandardCharsets.UTF_8));
      XMLOutputFactory factory = new WstxOutputFactory();
      factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
      factory.setProperty(WstxOutputProperties.P_ADD_SPACE_AFTER_EMPTY_ELEM, true);
      factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, false);
      x = factory.createXMLStreamWriter(out, "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot create the XML writer", e);
    }
  }

  /** {@code <FEST xmlns:xsd=… xmlns:xsi=… xmlns=m30>} (compact root declaration of real files). */
  void startRoot() {
    try {
      x.writeCharacters("\n");
      x.writeStartElement("", "FEST", m30Namespace);
      x.writeNamespace("xsd", XSD);
      x.writeNamespace("xsi", XSI);
      x.writeDefaultNamespace(m30Namespace);
      open.push(new boolean[] {false});
      depth = 1;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** {@code <FEST xmlns=m30>} without the xsd/xsi declarations (increments, like the DMP example). */
  void startPlainRoot() {
    try {
      x.writeCharacters("\n");
      x.writeStartElement("", "FEST", m30Namespace);
      x.writeDefaultNamespace(m30Namespace);
      open.push(new boolean[] {false});
      depth = 1;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  void open(String name) {
    try {
      indent();
      x.writeStartElement(name);
      push();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Opens a Forskrivning element and re-declares the default namespace on it. */
  void openFs(String name) {
    try {
      indent();
      x.writeStartElement("", name, fsNamespace);
      x.writeDefaultNamespace(fsNamespace);
      push();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Opens an element in the given namespace, declaring it as default namespace (used when copying entries). */
  void openInNamespace(String name, String namespace, boolean declare) {
    try {
      indent();
      if (declare) {
        x.writeStartElement("", name, namespace);
        x.writeDefaultNamespace(namespace);
      } else {
        x.writeStartElement(name);
      }
      push();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  void end() {
    try {
      boolean[] children = open.pop();
      depth--;
      if (children[0]) {
        x.writeCharacters(INDENT[Math.min(depth, INDENT.length - 1)]);
      }
      x.writeEndElement();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  void text(String name, String value) {
    try {
      indent();
      x.writeStartElement(name);
      x.writeCharacters(value);
      x.writeEndElement();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  void empty(String name, String... attributes) {
    try {
      indent();
      x.writeEmptyElement(name);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        if (attributes[i + 1] != null) {
          x.writeAttribute(attributes[i], attributes[i + 1]);
        }
      }
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Coded value (kith:CV): V, S (OID of the code system) and DN. */
  void cv(String name, String value, String system, String display) {
    empty(name, "V", value, "S", CodeSystems.oid(system), "DN", display);
  }

  /** Coded simple value (kith:CS): V and DN. */
  void cs(String name, String value, String display) {
    empty(name, "V", value, "DN", display);
  }

  /** Physical quantity (kith:PQ). */
  void pq(String name, double value, String unit) {
    empty(name, "V", Numbers.plain(value), "U", unit);
  }

  /** Money (kith:MO) in NOK. */
  void money(String name, double value) {
    empty(name, "V", Numbers.money(value), "U", "NOK");
  }

  void url(String name, String value) {
    empty(name, "V", value);
  }

  /** Ends the document (closes the root) and flushes; does not close the underlying stream. */
  void finish() {
    try {
      while (!open.isEmpty()) {
        end();
      }
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private void indent() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.peek()[0] = true;
    }
    x.writeCharacters(INDENT[Math.min(depth, INDENT.length - 1)]);
  }

  private void push() {
    open.push(new boolean[] {false});
    depth++;
  }

  private static IllegalStateException failure(XMLStreamException e) {
    return new IllegalStateException("XML write failed: " + e.getMessage(), e);
  }
}
