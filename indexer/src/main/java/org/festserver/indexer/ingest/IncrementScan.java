package org.festserver.indexer.ingest;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells an incremental M30 file from a full one by content: only increments carry expired entries
 * ({@code Status V="U"}, R-13.1, FORMAT.md §1 rule 3). Streams the file with StAX only (no binding) and stops at the
 * first expired entry.
 */
public final class IncrementScan {
  private IncrementScan() {}

  /**
   * True when some {@code Oppf*} entry of the file has status U.
   *
   * @throws FestFormatException when the file is not well-formed XML (or an unreadable zip)
   * @throws IOException when the file cannot be read
   */
  public static boolean hasExpiredEntries(Path file, IngestLimits limits) throws IOException, FestFormatException {
    try (FestInput input = FestInput.open(file, limits)) {
      XMLStreamReader xml = FestReader.createFactory(limits).createXMLStreamReader(input.content());
      try {
        int depth = 0;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            // FEST (1) / Kat* (2) / Oppf* (3) / Status (4)
            if (depth == 4 && "Status".equals(xml.getLocalName()) && "U".equals(xml.getAttributeValue(null, "V"))) {
              return true;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
        return false;
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new FestFormatException(file.getFileName().toString(), "xml-not-well-formed",
          "XML error while looking for expired entries: " + e.getMessage(), e);
    }
  }
}
