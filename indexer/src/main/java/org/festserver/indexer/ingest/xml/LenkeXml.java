package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code fs:Lenke}: a description and a {@code Www} URL. */
final class LenkeXml {
  @XmlElement(name = "Beskrivelse") String beskrivelse;
  @XmlElement(name = "Www") CvXml www;
}
