package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/**
 * Any {@code Oppf*} entry: the envelope and whichever payload its catalog allows. One class serves all catalogs
 * because every entry has the same shape (Id, Tidspunkt, Status, payload choice).
 */
final class OppfXml {
  @XmlElement(name = "Id") String id;
  @XmlElement(name = "Tidspunkt") String tidspunkt;
  @XmlElement(name = "Status") CvXml status;

  @XmlElement(name = "LegemiddelMerkevare") MerkevareXml merkevare;
  @XmlElement(name = "Legemiddelpakning") PakningXml pakning;
  @XmlElement(name = "Virkestoff") VirkestoffXml virkestoff;
  @XmlElement(name = "VirkestoffMedStyrke") VirkestoffMedStyrkeXml virkestoffMedStyrke;
  @XmlElement(name = "LegemiddelVirkestoff") LegemiddelVirkestoffXml legemiddelVirkestoff;
  @XmlElement(name = "Legemiddeldose") LegemiddeldoseXml legemiddeldose;
  @XmlElement(name = "Naringsmiddel") VareXml naringsmiddel;
  @XmlElement(name = "MedForbMatr") VareXml medForbMatr;
  @XmlElement(name = "Brystprotese") VareXml brystprotese;
  @XmlElement(name = "Refusjonshjemmel") RefusjonshjemmelXml refusjonshjemmel;
  @XmlElement(name = "Vilkar") VilkarXml vilkar;
  @XmlElement(name = "VarselSlv") VarselSlvXml varselSlv;
  @XmlElement(name = "Info") KodeverkInfoXml kodeverkInfo;
  @XmlElement(name = "Element") List<KodeverkElementXml> kodeverkElementer;
  @XmlElement(name = "Byttegruppe") ByttegruppeXml byttegruppe;
  @XmlElement(name = "Interaksjon") InteraksjonXml interaksjon;
  @XmlElement(name = "InteraksjonIkkeVurdert") IkkeVurdertXml ikkeVurdert;
  @XmlElement(name = "Kortdose") StrKortdoseXml kortdose;
}
