package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code typeVare}: Naringsmiddel, MedForbMatr and Brystprotese share it. */
final class VareXml {
  @XmlElement(name = "Nr") String nr;
  @XmlElement(name = "Navn") String navn;
  @XmlElement(name = "ProduktInfoVare") ProduktInfoVareXml produktInfoVare;
  @XmlElement(name = "Leverandor") LeverandorXml leverandor;
  @XmlElement(name = "PrisVare") List<PrisVareXml> prisVare;
  @XmlElement(name = "Refusjon") RefusjonLinkXml refusjon;
  /** StyrkeFormStoff (Naringsmiddel) and BestanddelMatr (MedForbMatr) are defined but not populated. */
  @XmlElement(name = "StyrkeFormStoff") Object styrkeFormStoff;
  @XmlElement(name = "BestanddelMatr") List<Object> bestanddelMatr;

  static final class ProduktInfoVareXml {
    @XmlElement(name = "ProduktNr") String produktNr;
    @XmlElement(name = "Volum") String volum;
    @XmlElement(name = "EnhetStorrelse") CvXml enhetStorrelse;
    @XmlElement(name = "AntPerPakning") String antPerPakning;
    @XmlElement(name = "RefVilkar") List<String> refVilkar;
    @XmlElement(name = "TillattMerMakspris") String tillattMerMakspris;
  }

  static final class LeverandorXml {
    @XmlElement(name = "Navn") String navn;
    @XmlElement(name = "Adresse") String adresse;
    @XmlElement(name = "Telefon") String telefon;
  }
}
