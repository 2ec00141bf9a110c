package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code InteraksjonIkkeVurdert}. */
final class IkkeVurdertXml {
  @XmlElement(name = "Atc") CvXml atc;
}
