package org.festserver.indexer.ingest.xml;

import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Presents every element of a known FEST namespace (M30 and Forskrivning, 2.5.0 and 2.5.1) and every element
 * without namespace as being in the empty namespace, so that one set of binding classes reads both versions and the
 * entries of extracted files whose {@code Oppf*} elements lost their namespace. Elements of other namespaces keep
 * theirs and are therefore unknown to the binding.
 *
 * <p>It also bounds the text between two tags: the parser's own text limit holds per event, but the binding joins
 * the pieces of a long text (or CDATA section) into one string, so an endless text inside an entry would fill the
 * heap. Past {@code maxTextLength} characters reading stops with an {@link XMLStreamException}.
 */
public final class FestNamespaces extends StreamReaderDelegate {
  public static final String M30_251 = "http://www.kith.no/xmlstds/eresept/m30/2014-12-01";
  public static final String M30_250 = "http://www.kith.no/xmlstds/eresept/m30/2013-10-08";
  public static final String FS_251 = "http://www.kith.no/xmlstds/eresept/forskrivning/2014-12-01";
  public static final String FS_250 = "http://www.kith.no/xmlstds/eresept/forskrivning/2013-10-08";

  private static final Set<String> KNOWN = Set.of(M30_251, M30_250, FS_251, FS_250, "");

  private final long maxTextLength;
  private long textRun;

  public FestNamespaces(XMLStreamReader reader, long maxTextLength) {
    super(reader);
    this.maxTextLength = maxTextLength;
  }

  public FestNamespaces(XMLStreamReader reader) {
    this(reader, Long.MAX_VALUE);
  }

  @Override
  public int next() throws XMLStreamException {
    int event = super.next();
    switch (event) {
      case XMLStreamConstants.CHARACTERS:
      case XMLStreamConstants.CDATA:
      case XMLStreamConstants.SPACE:
        textRun += getTextLength();
        if (textRun > maxTextLength) {
          throw new XMLStreamException("Text size limit (" + maxTextLength + ") exceeded", getLocation());
        }
        break;
      default:
        textRun = 0;
        break;
    }
    return event;
  }

  /** True for the namespaces whose elements we bind (including none). */
  public static boolean isKnown(String namespace) {
    return KNOWN.contains(namespace == null ? "" : namespace);
  }

  @Override
  public String getNamespaceURI() {
    String namespace = super.getNamespaceURI();
    return isKnown(namespace) ? "" : namespace;
  }

  @Override
  public QName getName() {
    QName name = super.getName();
    return isKnown(name.getNamespaceURI()) ? new QName(name.getLocalPart()) : name;
  }
}
