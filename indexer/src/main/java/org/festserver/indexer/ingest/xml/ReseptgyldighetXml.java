package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code Reseptgyldighet}. */
final class ReseptgyldighetXml {
  @XmlElement(name = "Kjonn") CvXml kjonn;
  @XmlElement(name = "Varighet") String varighet;
}
