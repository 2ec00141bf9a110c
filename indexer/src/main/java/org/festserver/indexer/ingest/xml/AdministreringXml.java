package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code AdministreringLegemiddel}. */
final class AdministreringXml {
  @XmlElement(name = "Blandingsveske") String blandingsveske;
  @XmlElement(name = "RefBlandingsveske") List<String> refBlandingsveske;
  @XmlElement(name = "Administrasjonsvei") List<CvXml> administrasjonsvei;
  @XmlElement(name = "KanKnuses") CvXml kanKnuses;
  @XmlElement(name = "KanApnes") CvXml kanApnes;
  @XmlElement(name = "Bolus") CvXml bolus;
  @XmlElement(name = "InjeksjonshastighetBolus") CvXml injeksjonshastighetBolus;
  @XmlElement(name = "Deling") CvXml deling;
  @XmlElement(name = "EnhetDosering") List<CvXml> enhetDosering;
  @XmlElement(name = "Kortdose") List<CvXml> kortdose;
  @XmlElement(name = "ForhandsregelInntak") List<CvXml> forhandsregelInntak;
  @XmlElement(name = "BruksomradeEtikett") List<CvXml> bruksomradeEtikett;
  /** 2.5.0 only ("fjernet i versjon 2.5.1"); known so that 2.5.0 files raise no unknown-element warning. */
  @XmlElement(name = "DosEnhetForordning") CvXml dosEnhetForordning;
}
