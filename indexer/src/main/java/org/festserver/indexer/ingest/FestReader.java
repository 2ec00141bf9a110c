package org.festserver.indexer.ingest;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import jakarta.xml.bind.JAXBException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.festserver.indexer.ingest.xml.EntryUnmarshaller;
import org.festserver.indexer.ingest.xml.FestNamespaces;
import org.festserver.model.entry.Catalog;
import org.festserver.model.entry.Entry;

/**
 * Reads an M30 file one entry at a time: StAX walks {@code FEST / HentetDato / Kat* / Oppf*}, and each
 * {@code Oppf*} element is bound and mapped on its own, so memory stays flat whatever the file size.
 *
 * <p>Usage: {@code try (FestReader r = FestReader.open(path)) { Entry e; while ((e = r.next()) != null) … }}. Entry
 * errors (an invalid value, a missing id) do not stop the read: they are recorded in {@link #stats()} and the entry
 * is skipped. Structural errors (not well-formed, truncated, wrong root, a DOCTYPE) stop it with a
 * {@link FestFormatException} naming the file and the line and column.
 */
public final class FestReader implements Closeable {
  private static final XMLInputFactory DEFAULT_FACTORY = createFactory(IngestLimits.DEFAULT);

  private final FestInput input;
  private final XMLStreamReader xml;
  private final IngestStats stats = new IngestStats();
  private final EntryUnmarshaller unmarshaller = new EntryUnmarshaller(stats);
  private final String hentetDato;
  private final FestVersion version;
  private String validFromHelfo;

  private Catalog catalog;
  /** Depth of the current event: 1 = in FEST, 2 = in a catalog. */
  private int depth;
  private boolean pending;
  private boolean finished;
  private int entryOrdinal;

  private FestReader(FestInput input, IngestLimits limits) throws FestFormatException {
    this.input = input;
    try {
      XMLInputFactory factory = limits.equals(IngestLimits.DEFAULT) ? DEFAULT_FACTORY : createFactory(limits);
      this.xml = new FestNamespaces(factory.createXMLStreamReader(input.content()), limits.maxTextLength());
      this.version = readRoot();
      this.hentetDato = readHentetDato();
    } catch (XMLStreamException e) {
      throw structural(e);
    }
  }

  static XMLInputFactory createFactory(IngestLimits limits) {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 1 << 16);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxElementDepth());
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxTextLength());
    return factory;
  }

  /**
   * Opens a file and reads up to its HentetDato.
   *
   * @throws FestFormatException when the file is not an M30 message (see class doc)
   * @throws IOException when the file cannot be read
   */
  public static FestReader open(Path file) throws IOException, FestFormatException {
    return open(file, IngestLimits.DEFAULT);
  }

  /** As {@link #open(Path)}, with explicit limits. */
  public static FestReader open(Path file, IngestLimits limits) throws IOException, FestFormatException {
    FestInput input = FestInput.open(file, limits);
    try {
      return new FestReader(input, limits);
    } catch (FestFormatException | RuntimeException e) {
      input.close();
      throw e;
    }
  }

  private FestVersion readRoot() throws XMLStreamException, FestFormatException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw new FestFormatException(input.name(), "xml-doctype",
            "a DOCTYPE is not allowed in an M30 file (" + position() + "); DTDs and external entities are never resolved");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new FestFormatException(input.name(), "xml-empty", "the file has no root element");
      }
    }
    String namespace = xml.getNamespaceURI();
    String original = ((FestNamespaces) xml).getParent().getNamespaceURI();
    if (!"FEST".equals(xml.getLocalName()) || !namespace.isEmpty()) {
      throw new FestFormatException(input.name(), "xml-root",
          "expected FEST M30 root element {" + FestNamespaces.M30_251 + "}FEST, got {" + original + "}" + xml.getLocalName()
              + " (" + position() + ")");
    }
    depth = 1;
    if (FestNamespaces.M30_250.equals(original) || FestNamespaces.FS_250.equals(original)) {
      return FestVersion.V2_5_0;
    }
    return FestVersion.V2_5_1;
  }

  private String readHentetDato() throws XMLStreamException, FestFormatException {
    int event = nextTag();
    if (event != XMLStreamConstants.START_ELEMENT || !"HentetDato".equals(xml.getLocalName())) {
      throw new FestFormatException(input.name(), "xml-hentetdato",
          "expected HentetDato as the first element of FEST (" + position() + ")");
    }
    String text = xml.getElementText().strip();
    if (text.isEmpty()) {
      throw new FestFormatException(input.name(), "xml-hentetdato", "HentetDato is empty (" + position() + ")");
    }
    return text;
  }

  private int nextTag() throws XMLStreamException {
    int event;
    do {
      event = xml.next();
    } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
        && event != XMLStreamConstants.END_DOCUMENT);
    return event;
  }

  /**
   * The next entry, or null at the end of the file.
   *
   * @throws FestFormatException when the XML is not well-formed or ends early
   */
  public Entry next() throws FestFormatException {
    if (finished) {
      return null;
    }
    try {
      while (true) {
        int event = pending ? xml.getEventType() : xml.next();
        pending = false;
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            Entry entry = startElement();
            if (entry != null) {
              return entry;
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            depth--;
            if (depth == 1) {
              catalog = null;
            } else if (depth == 0) {
              expectEndOfDocument();
              finished = true;
              return null;
            }
            break;
          case XMLStreamConstants.END_DOCUMENT:
            throw new FestFormatException(input.name(), "xml-truncated", "the file ends before FEST is closed (" + position() + ")");
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      throw structural(e);
    } catch (com.ctc.wstx.exc.WstxLazyException e) {
      // a parse error found only when the text is read (e.g. a character reference above U+10FFFF in an entry):
      // the parser reports it unchecked; it is a structural error like any other (found by EntryFuzzTest)
      throw e.getCause() instanceof XMLStreamException ? structural((XMLStreamException) e.getCause())
          : new FestFormatException(input.name(), "xml-not-well-formed", "XML error: " + e.getMessage(), e);
    }
  }

  private Entry startElement() throws XMLStreamException, FestFormatException {
    String name = xml.getLocalName();
    boolean known = xml.getNamespaceURI().isEmpty();
    if (depth == 1) {
      Catalog found = known ? Catalog.byElement(name) : null;
      if (found != null) {
        catalog = found;
        depth = 2;
      } else if (known && "GyldigFradatoHelfo".equals(name)) {
        validFromHelfo = xml.getElementText().strip();
      } else {
        countUnknown(name);
        skipElement();
      }
      return null;
    }
    if (depth == 2 && known && name.equals(catalog.entryElement())) {
      entryOrdinal++;
      if (catalog == Catalog.DIAGNOSES || catalog == Catalog.ORDERING_SUBSTANCES) {
        stats.countSkippedEntry(catalog); // defined by the schema, not in use (FORMAT.md §1.8.14)
        skipElement();
        return null;
      }
      return readEntry();
    }
    countUnknown(name);
    skipElement();
    return null;
  }

  /**
   * Counts an unknown element. The parser keeps every distinct name it has seen, so a flood of new names would fill
   * the heap: past {@link IngestStats#MAX_UNKNOWN_NAMES} distinct unknown names the file is refused.
   */
  private void countUnknown(String name) throws FestFormatException {
    stats.countUnknownElement(qualified(name));
    if (stats.unknownElements().containsKey(IngestStats.OTHER_UNKNOWN)) {
      throw new FestFormatException(input.name(), "too-many-unknown-elements", "more than "
          + IngestStats.MAX_UNKNOWN_NAMES + " distinct unknown element names (" + position() + "); not an M30 file");
    }
  }

  private Entry readEntry() throws XMLStreamException, FestFormatException {
    String where = position();
    try {
      Entry entry = unmarshaller.read(xml, catalog);
      pending = true;
      if (entry.active()) {
        stats.countActive(entry.entity().kind());
      } else {
        stats.countExpired(catalog);
      }
      return entry;
    } catch (JAXBException e) {
      Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
      if (cause instanceof XMLStreamException) {
        throw structural((XMLStreamException) cause);
      }
      if (cause instanceof InflationGuard.InputRefusedException) {
        throw new FestFormatException(input.name(), "input-refused", cause.getMessage(), cause);
      }
      throw new FestFormatException(input.name(), "xml-entry", catalog.entryElement() + " #" + entryOrdinal + " at "
          + where + " cannot be read: " + (cause != null ? cause.getMessage() : e.getMessage()), e);
    } catch (EntryUnmarshaller.EntryException e) {
      pending = true;
      stats.addError(catalog.entryElement() + " " + (e.entryId() != null ? e.entryId() : "#" + entryOrdinal)
          + " (" + where + "): " + e.getMessage());
      if (stats.errorCount() > IngestStats.MAX_KEPT) {
        // any entry error refuses the file; past this many it is not an M30 file worth reading to the end
        throw new FestFormatException(input.name(), "too-many-entry-errors", "more than " + IngestStats.MAX_KEPT
            + " entries could not be read; stopped at " + where + "; the first: " + stats.errors().get(0));
      }
      return null;
    }
  }

  private void skipElement() throws XMLStreamException {
    int level = 1;
    while (level > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      }
    }
  }

  private void expectEndOfDocument() throws XMLStreamException {
    while (xml.hasNext()) {
      xml.next(); // trailing comments and whitespace; anything else is reported as not well-formed by the parser
    }
  }

  private String qualified(String localName) {
    String namespace = xml.getNamespaceURI();
    String path = (catalog != null && depth == 2 ? catalog.element() + "/" : "") + localName;
    return namespace.isEmpty() ? path : "{" + namespace + "}" + path;
  }

  private String position() {
    Location location = xml.getLocation();
    return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  private FestFormatException structural(XMLStreamException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e.getNestedException();
    if (cause instanceof InflationGuard.InputRefusedException) {
      return new FestFormatException(input.name(), "input-refused", cause.getMessage(), e);
    }
    Location location = e.getLocation();
    String where = location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = message.indexOf('\n');
    String firstLine = message.startsWith("ParseError") && nl >= 0 ? message.substring(nl + 1) : message;
    String reason = firstLine.replace('\n', ' ');
    String code = reason.contains("EOF") ? "xml-truncated" : "xml-not-well-formed";
    String entryContext = catalog == null ? "" : " (in " + catalog.element() + ", entry #" + entryOrdinal + ")";
    return new FestFormatException(input.name(), code, "XML error" + where + entryContext + ": " + reason, e);
  }

  /** HentetDato exactly as in the file (surrounding whitespace removed). */
  public String hentetDato() {
    return hentetDato;
  }

  /** GyldigFradatoHelfo of a HELFO extract, or null. */
  public String validFromHelfo() {
    return validFromHelfo;
  }

  public FestVersion version() {
    return version;
  }

  public IngestStats stats() {
    return stats;
  }

  /** The input's name for messages. */
  public String name() {
    return input.name();
  }

  /** Bytes of the file consumed so far, and its size: the fraction is the read's progress. */
  public long bytesRead() {
    return input.bytesRead();
  }

  public long size() {
    return input.size();
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing the parser releases nothing we depend on; the stream is closed next
    }
    input.close();
  }
}
