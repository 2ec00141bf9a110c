package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** FEST's abstract {@code typeLegemiddel}, inherited by brands, packs, substance groups and unit doses. */
abstract class LegemiddelXml {
  @XmlElement(name = "Atc") CvXml atc;
  @XmlElement(name = "NavnFormStyrke") String navnFormStyrke;
  @XmlElement(name = "Reseptgruppe") CvXml reseptgruppe;
  @XmlElement(name = "LegemiddelformKort") CvXml legemiddelformKort;
  @XmlElement(name = "RefVilkar") List<String> refVilkar;
  @XmlElement(name = "Preparattype") CvXml preparattype;
  @XmlElement(name = "TypeSoknadSlv") CvXml typeSoknadSlv;
  @XmlElement(name = "Opioidsoknad") String opioidsoknad;
  @XmlElement(name = "Refusjon") List<RefusjonLinkXml> refusjon;
  @XmlElement(name = "PakningByttegruppe") PakningByttegruppeXml pakningByttegruppe;
  @XmlElement(name = "AdministreringLegemiddel") AdministreringXml administrering;
  @XmlElement(name = "SvartTrekant") CvXml svartTrekant;
  @XmlElement(name = "Id") String id;
}
