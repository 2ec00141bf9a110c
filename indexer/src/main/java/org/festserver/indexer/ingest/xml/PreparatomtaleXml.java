package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code Preparatomtaleavsnitt} with its {@code fs:Lenke}. */
final class PreparatomtaleXml {
  @XmlElement(name = "Avsnittoverskrift") CvXml avsnittoverskrift;
  @XmlElement(name = "Lenke") LenkeXml lenke;
}
