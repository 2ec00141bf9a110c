package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code PrisVare}. */
final class PrisVareXml {
  @XmlElement(name = "Type") CvXml type;
  @XmlElement(name = "Pris") CvXml pris;
  @XmlElement(name = "GyldigFraDato") String gyldigFraDato;
  @XmlElement(name = "GyldigTilDato") String gyldigTilDato;
}
