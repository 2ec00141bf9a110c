package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code PakningByttegruppe}: a pack's interchange-group membership. */
final class PakningByttegruppeXml {
  @XmlElement(name = "RefByttegruppe") String refByttegruppe;
  @XmlElement(name = "GyldigFraDato") String gyldigFraDato;
  @XmlElement(name = "GyldigTilDato") String gyldigTilDato;
}
