package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Vilkar} with its {@code StrukturertVilkar}. */
final class VilkarXml {
  @XmlElement(name = "Id") String id;
  @XmlElement(name = "VilkarNr") String vilkarNr;
  @XmlElement(name = "Gruppe") CvXml gruppe;
  @XmlElement(name = "GjelderFor") CvXml gjelderFor;
  @XmlElement(name = "Tekst") String tekst;
  @XmlElement(name = "GyldigFraDato") String gyldigFraDato;
  @XmlElement(name = "GyldigTilDato") String gyldigTilDato;
  @XmlElement(name = "StrukturertVilkar") List<StrukturertXml> strukturertVilkar;

  static final class StrukturertXml {
    @XmlElement(name = "Type") CvXml type;
    @XmlElement(name = "VerdiTekst") List<String> verdiTekst;
    @XmlElement(name = "VerdiKodet") List<CvXml> verdiKodet;
  }
}
