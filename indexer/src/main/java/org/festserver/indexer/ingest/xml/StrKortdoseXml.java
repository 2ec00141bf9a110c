package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code Kortdose} of KatStrDosering, with {@code Legemiddelforbruk} and the Forskrivning {@code Dosering}. */
final class StrKortdoseXml {
  @XmlElement(name = "Kortdose") CvXml kortdose;
  @XmlElement(name = "BeskrivelseTerm") String beskrivelseTerm;
  @XmlElement(name = "Legemiddelforbruk") List<ForbrukXml> legemiddelforbruk;

  static final class ForbrukXml {
    @XmlElement(name = "Lopenr") String lopenr;
    @XmlElement(name = "Mengde") String mengde;
    @XmlElement(name = "Periode") String periode;
    @XmlElement(name = "Iterasjoner") String iterasjoner;
    @XmlElement(name = "Dosering") DoseringXml dosering;
  }

  static final class DoseringXml {
    @XmlElement(name = "Starttidspunkt") CvXml starttidspunkt;
    @XmlElement(name = "Sluttidspunkt") CvXml sluttidspunkt;
    @XmlElement(name = "Doseringsregel") DoseringsregelXml doseringsregel;
    @XmlElement(name = "DoseFastTidspunkt") List<DoseXml> doseFastTidspunkt;
    @XmlElement(name = "DoseEtterBehov") List<DoseXml> doseEtterBehov;
  }

  static final class DoseringsregelXml {
    @XmlElement(name = "DoseresEtter") CvXml doseresEtter;
    @XmlElement(name = "Merknad") String merknad;
  }

  /** Fixed-time and as-needed doses share typeDose; each adds its own fields. */
  static final class DoseXml {
    @XmlElement(name = "Mengde") CvXml mengde;
    @XmlElement(name = "Intervall") CvXml intervall;
    @XmlElement(name = "Infusjonshastighet") InfusjonXml infusjonshastighet;
    @XmlElement(name = "Klokkeslett") String klokkeslett;
    @XmlElement(name = "Tidsomrade") CvXml tidsomrade;
    @XmlElement(name = "GisEksakt") String gisEksakt;
    @XmlElement(name = "FastDose") FastDoseXml fastDose;
    @XmlElement(name = "DoseDognMaks") CvXml doseDognMaks;
    @XmlElement(name = "DoseTidsromMaks") CvXml doseTidsromMaks;
    @XmlElement(name = "Tidsrom") CvXml tidsrom;
    @XmlElement(name = "DoseIntervallMin") CvXml doseIntervallMin;
  }

  static final class InfusjonXml {
    @XmlElement(name = "Volum") CvXml volum;
    @XmlElement(name = "Tidsenhet") CvXml tidsenhet;
  }

  static final class FastDoseXml {
    @XmlElement(name = "FasteUkedager") List<CvXml> fasteUkedager;
    @XmlElement(name = "DagerPa") String dagerPa;
    @XmlElement(name = "DagerAv") String dagerAv;
  }
}
