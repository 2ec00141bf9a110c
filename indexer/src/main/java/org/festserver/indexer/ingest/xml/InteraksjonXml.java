package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Interaksjon} with its substance groups; {@code Referanse/Lenke} is a KITH URL here. */
final class InteraksjonXml {
  @XmlElement(name = "Id") String id;
  @XmlElement(name = "Relevans") CvXml relevans;
  @XmlElement(name = "Situasjonskriterium") String situasjonskriterium;
  @XmlElement(name = "KliniskKonsekvens") String kliniskKonsekvens;
  @XmlElement(name = "Interaksjonsmekanisme") String interaksjonsmekanisme;
  @XmlElement(name = "Kildegrunnlag") CvXml kildegrunnlag;
  @XmlElement(name = "Handtering") String handtering;
  @XmlElement(name = "Visningsregel") List<CvXml> visningsregel;
  @XmlElement(name = "Referanse") List<ReferanseXml> referanse;
  @XmlElement(name = "Substansgruppe") List<SubstansgruppeXml> substansgruppe;

  static final class ReferanseXml {
    @XmlElement(name = "Kilde") String kilde;
    @XmlElement(name = "Lenke") CvXml lenke;
  }

  static final class SubstansgruppeXml {
    @XmlElement(name = "Navn") String navn;
    @XmlElement(name = "Substans") List<SubstansXml> substans;
  }

  static final class SubstansXml {
    @XmlElement(name = "Substans") String substans;
    @XmlElement(name = "Atc") CvXml atc;
    @XmlElement(name = "RefVirkestoff") List<String> refVirkestoff;
  }
}
