package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Pakningsinfo}: what a pack holds of one brand. */
final class PakningsinfoXml {
  @XmlElement(name = "RefLegemiddelMerkevare") String refLegemiddelMerkevare;
  @XmlElement(name = "Pakningsstr") String pakningsstr;
  @XmlElement(name = "EnhetPakning") CvXml enhetPakning;
  @XmlElement(name = "Pakningstype") CvXml pakningstype;
  @XmlElement(name = "Multippel") String multippel;
  @XmlElement(name = "Antall") String antall;
  @XmlElement(name = "Mengde") String mengde;
  @XmlElement(name = "Sortering") String sortering;
  @XmlElement(name = "DDD") CvXml ddd;
  @XmlElement(name = "Statistikkfaktor") String statistikkfaktor;
  @XmlElement(name = "Pakningskomponent") List<PakningskomponentXml> pakningskomponent;
}
