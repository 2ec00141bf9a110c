package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code Markedsforingsinfo}. */
final class MarkedsforingsinfoXml {
  @XmlElement(name = "VarenrUtgaende") String varenrUtgaende;
  @XmlElement(name = "Markedsforingsdato") String markedsforingsdato;
  @XmlElement(name = "AvregDato") String avregDato;
  @XmlElement(name = "MidlUtgattDato") String midlUtgattDato;
  @XmlElement(name = "OmpakkerAvEndose") String ompakkerAvEndose;
}
