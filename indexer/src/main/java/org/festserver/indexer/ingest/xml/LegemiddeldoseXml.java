package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Legemiddeldose}. */
final class LegemiddeldoseXml extends LegemiddelXml {
  @XmlElement(name = "LmrLopenr") String lmrLopenr;
  @XmlElement(name = "Mengde") CvXml mengde;
  @XmlElement(name = "Pakningstype") CvXml pakningstype;
  @XmlElement(name = "RefLegemiddelMerkevare") String refLegemiddelMerkevare;
  @XmlElement(name = "RefPakning") List<String> refPakning;
  @XmlElement(name = "Pakningskomponent") List<PakningskomponentXml> pakningskomponent;
  @XmlElement(name = "EnhetOrdinering") List<CvXml> enhetOrdinering;
}
