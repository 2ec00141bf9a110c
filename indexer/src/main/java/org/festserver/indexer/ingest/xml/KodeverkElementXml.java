package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Element} of a code system, with its terms ({@code Term/Term}, nested same-name). */
final class KodeverkElementXml {
  @XmlElement(name = "Id") String id;
  @XmlElement(name = "ParentId") String parentId;
  @XmlElement(name = "Kode") String kode;
  @XmlElement(name = "Term") List<TermXml> term;

  static final class TermXml {
    @XmlElement(name = "Term") String term;
    @XmlElement(name = "BeskrivelseTerm") String beskrivelseTerm;
    @XmlElement(name = "Sprak") CvXml sprak;
  }
}
