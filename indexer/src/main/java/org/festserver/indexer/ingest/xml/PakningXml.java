package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Legemiddelpakning}. */
final class PakningXml extends LegemiddelXml {
  @XmlElement(name = "Varenr") String varenr;
  @XmlElement(name = "Ean") List<String> ean;
  @XmlElement(name = "IkkeKonservering") String ikkeKonservering;
  @XmlElement(name = "Oppbevaring") CvXml oppbevaring;
  @XmlElement(name = "Pakningsinfo") List<PakningsinfoXml> pakningsinfo;
  @XmlElement(name = "PakningsinfoResept") List<PakningsinfoReseptXml> pakningsinfoResept;
  @XmlElement(name = "PrisVare") List<PrisVareXml> prisVare;
  @XmlElement(name = "Markedsforingsinfo") MarkedsforingsinfoXml markedsforingsinfo;
  @XmlElement(name = "Preparatomtaleavsnitt") List<PreparatomtaleXml> preparatomtale;

  /** Defined for M1/M10 messages, not seen in data; known so that it is not reported as unknown. */
  static final class PakningsinfoReseptXml {
    @XmlElement(name = "Varenavn") String varenavn;
    @XmlElement(name = "Pakningsstr") String pakningsstr;
    @XmlElement(name = "EnhetPakning") CvXml enhetPakning;
  }
}
