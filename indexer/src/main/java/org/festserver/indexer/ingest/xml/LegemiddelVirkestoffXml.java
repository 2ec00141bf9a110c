package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code LegemiddelVirkestoff}. */
final class LegemiddelVirkestoffXml extends LegemiddelXml {
  @XmlElement(name = "SortertVirkestoffMedStyrke") List<SortertXml> sortertMedStyrke;
  @XmlElement(name = "SortertVirkestoffUtenStyrke") List<SortertXml> sortertUtenStyrke;
  @XmlElement(name = "RefLegemiddelMerkevare") List<String> refLegemiddelMerkevare;
  @XmlElement(name = "RefPakning") List<String> refPakning;
  @XmlElement(name = "ForskrivningsenhetResept") List<CvXml> forskrivningsenhetResept;
}
