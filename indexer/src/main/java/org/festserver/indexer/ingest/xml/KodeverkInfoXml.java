package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code Info} of a code system. */
final class KodeverkInfoXml {
  @XmlElement(name = "Id") String id;
  @XmlElement(name = "Betegnelse") String betegnelse;
  @XmlElement(name = "Kortnavn") String kortnavn;
  @XmlElement(name = "AnsvarligUtgiver") String ansvarligUtgiver;
  @XmlElement(name = "Merknad") String merknad;
}
