package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code VirkestoffMedStyrke}. */
final class VirkestoffMedStyrkeXml {
  @XmlElement(name = "Id") String id;
  @XmlElement(name = "Styrke") CvXml styrke;
  @XmlElement(name = "StyrkeNevner") CvXml styrkeNevner;
  @XmlElement(name = "RefVirkestoff") String refVirkestoff;
  @XmlElement(name = "AlternativStyrke") CvXml alternativStyrke;
  @XmlElement(name = "AlternativStyrkeNevner") CvXml alternativStyrkeNevner;
  @XmlElement(name = "Styrkeoperator") CvXml styrkeoperator;
  @XmlElement(name = "StyrkeOvreVerdi") String styrkeOvreVerdi;
  @XmlElement(name = "AtcKombipreparat") CvXml atcKombipreparat;
}
