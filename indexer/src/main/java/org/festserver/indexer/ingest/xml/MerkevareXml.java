package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code LegemiddelMerkevare}. */
final class MerkevareXml extends LegemiddelXml {
  @XmlElement(name = "Varenavn") String varenavn;
  @XmlElement(name = "LegemiddelformLang") String legemiddelformLang;
  @XmlElement(name = "SortertVirkestoffMedStyrke") List<SortertXml> sortertMedStyrke;
  @XmlElement(name = "SortertVirkestoffUtenStyrke") List<SortertXml> sortertUtenStyrke;
  @XmlElement(name = "Smak") CvXml smak;
  @XmlElement(name = "ProduktInfo") ProduktInfoXml produktInfo;
  @XmlElement(name = "Reseptgyldighet") List<ReseptgyldighetXml> reseptgyldighet;
  @XmlElement(name = "Hjelpestoff") List<HjelpestoffXml> hjelpestoff;
  @XmlElement(name = "Preparatomtaleavsnitt") List<PreparatomtaleXml> preparatomtale;
  /** 2.5.0 only (removed in 2.5.1); known so that 2.5.0 files raise no unknown-element warning. */
  @XmlElement(name = "Refvirkestoff") List<String> refvirkestoff250;

  static final class HjelpestoffXml {
    @XmlElement(name = "Navn") String navn;
  }
}
