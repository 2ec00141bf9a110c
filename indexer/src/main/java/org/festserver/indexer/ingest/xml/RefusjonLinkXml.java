package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code fs:Refusjon}: a product's link to reimbursement groups, with its own dates. */
final class RefusjonLinkXml {
  @XmlElement(name = "RefRefusjonsgruppe") List<String> refRefusjonsgruppe;
  @XmlElement(name = "GyldigFraDato") String gyldigFraDato;
  @XmlElement(name = "ForskrivesTilDato") String forskrivesTilDato;
  @XmlElement(name = "UtleveresTilDato") String utleveresTilDato;
}
