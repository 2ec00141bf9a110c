package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code ProduktInfo} of a brand. */
final class ProduktInfoXml {
  @XmlElement(name = "Varseltrekant") String varseltrekant;
  @XmlElement(name = "Referanseprodukt") String referanseprodukt;
  @XmlElement(name = "Vaksinestandard") CvXml vaksinestandard;
  @XmlElement(name = "Produsent") String produsent;
}
