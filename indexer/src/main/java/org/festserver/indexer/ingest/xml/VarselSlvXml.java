package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code VarselSlv}. */
final class VarselSlvXml {
  @XmlElement(name = "Type") CvXml type;
  @XmlElement(name = "Overskrift") String overskrift;
  @XmlElement(name = "Varseltekst") String varseltekst;
  @XmlElement(name = "Visningsregel") List<CvXml> visningsregel;
  @XmlElement(name = "KodetInfo") List<CvXml> kodetInfo;
  @XmlElement(name = "FraDato") String fraDato;
  @XmlElement(name = "Lenke") LenkeXml lenke;
  @XmlElement(name = "Referanseelement") List<ReferanseelementXml> referanseelement;

  static final class ReferanseelementXml {
    @XmlElement(name = "Klasse") CvXml klasse;
    @XmlElement(name = "RefElement") List<String> refElement;
  }
}
