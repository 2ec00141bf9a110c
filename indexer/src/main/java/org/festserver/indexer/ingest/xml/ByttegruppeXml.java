package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code Byttegruppe}. */
final class ByttegruppeXml {
  @XmlElement(name = "Id") String id;
  @XmlElement(name = "Kode") CvXml kode;
  @XmlElement(name = "MerknadTilByttbarhet") String merknadTilByttbarhet;
  @XmlElement(name = "BeskrivelseByttbarhet") String beskrivelseByttbarhet;
  @XmlElement(name = "GyldigFraDato") String gyldigFraDato;
  @XmlElement(name = "GyldigTilDato") String gyldigTilDato;
}
