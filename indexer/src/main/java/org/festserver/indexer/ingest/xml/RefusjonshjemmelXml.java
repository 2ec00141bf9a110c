package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Refusjonshjemmel} (the catalog payload) with its groups, codes and code conditions. */
final class RefusjonshjemmelXml {
  @XmlElement(name = "Refusjonshjemmel") CvXml hjemmel;
  @XmlElement(name = "KreverVarekobling") String kreverVarekobling;
  @XmlElement(name = "KreverVedtak") String kreverVedtak;
  @XmlElement(name = "Refusjonsgruppe") List<GruppeXml> refusjonsgruppe;

  static final class GruppeXml {
    @XmlElement(name = "Id") String id;
    @XmlElement(name = "GruppeNr") CvXml gruppeNr;
    @XmlElement(name = "Atc") CvXml atc;
    @XmlElement(name = "KreverRefusjonskode") String kreverRefusjonskode;
    @XmlElement(name = "RefusjonsberettighetBruk") String refusjonsberettighetBruk;
    @XmlElement(name = "RefVilkar") List<String> refVilkar;
    @XmlElement(name = "Refusjonskode") List<KodeXml> refusjonskode;
  }

  static final class KodeXml {
    @XmlElement(name = "Refusjonskode") CvXml kode;
    @XmlElement(name = "Underterm") String underterm;
    @XmlElement(name = "GyldigFraDato") String gyldigFraDato;
    @XmlElement(name = "ForskrivesTilDato") String forskrivesTilDato;
    @XmlElement(name = "UtleveresTilDato") String utleveresTilDato;
    @XmlElement(name = "Refusjonsvilkar") List<RefusjonsvilkarXml> refusjonsvilkar;
  }

  static final class RefusjonsvilkarXml {
    @XmlElement(name = "RefVilkar") String refVilkar;
    @XmlElement(name = "FraDato") String fraDato;
    @XmlElement(name = "TilDato") String tilDato;
  }
}
