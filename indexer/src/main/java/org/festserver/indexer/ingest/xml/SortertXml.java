package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code SortertVirkestoffMedStyrke} and {@code SortertVirkestoffUtenStyrke}. */
final class SortertXml {
  @XmlElement(name = "Sortering") String sortering;
  @XmlElement(name = "RefVirkestoffMedStyrke") String refVirkestoffMedStyrke;
  @XmlElement(name = "RefVirkestoff") String refVirkestoff;
}
