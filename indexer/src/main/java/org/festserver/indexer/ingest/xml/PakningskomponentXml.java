package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code Pakningskomponent}: a set component, with {@code Mengde} as a PQ here (unlike Pakningsinfo). */
final class PakningskomponentXml {
  @XmlElement(name = "Pakningstype") CvXml pakningstype;
  @XmlElement(name = "Mengde") CvXml mengde;
  @XmlElement(name = "Antall") String antall;
}
