package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Virkestoff}. */
final class VirkestoffXml {
  @XmlElement(name = "Id") String id;
  @XmlElement(name = "Navn") String navn;
  @XmlElement(name = "NavnEngelsk") String navnEngelsk;
  @XmlElement(name = "RefVirkestoff") List<String> refVirkestoff;
  @XmlElement(name = "Refusjon") List<RefusjonLinkXml> refusjon;
}
