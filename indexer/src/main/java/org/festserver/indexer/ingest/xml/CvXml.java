package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlAttribute;

/** KITH {@code CV}, {@code CS} and {@code URL}: coded values are empty elements with attributes. */
final class CvXml {
  @XmlAttribute(name = "V") String v;
  @XmlAttribute(name = "S") String s;
  @XmlAttribute(name = "DN") String dn;
  @XmlAttribute(name = "OT") String ot;
  /** PQ and MO carry their unit or currency in U. */
  @XmlAttribute(name = "U") String u;
}
