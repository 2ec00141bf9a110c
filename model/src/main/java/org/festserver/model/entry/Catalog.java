package org.festserver.model.entry;

/** The catalogs ({@code Kat*}) of an M30 file, in the order the schema fixes. */
public enum Catalog {
  BRANDS("KatLegemiddelMerkevare", "OppfLegemiddelMerkevare"),
  PACKS("KatLegemiddelpakning", "OppfLegemiddelpakning"),
  SUBSTANCES("KatVirkestoff", "OppfVirkestoff"),
  ORDERING_SUBSTANCES("KatOrdineringVirkestoff", "OppfOrdineringVirkestoff"),
  SUBSTANCE_GROUPS("KatLegemiddelVirkestoff", "OppfLegemiddelVirkestoff"),
  SUPPLIES("KatHandelsvare", "OppfHandelsvare"),
  DIAGNOSES("KatDiagnose", "OppfDiagnose"),
  REIMBURSEMENTS("KatRefusjon", "OppfRefusjon"),
  CONDITIONS("KatVilkar", "OppfVilkar"),
  ALERTS("KatVarselSlv", "OppfVarselSlv"),
  CODE_SYSTEMS("KatKodeverk", "OppfKodeverk"),
  INTERCHANGE_GROUPS("KatByttegruppe", "OppfByttegruppe"),
  UNIT_DOSES("KatLegemiddeldose", "OppfLegemiddeldose"),
  INTERACTIONS("KatInteraksjon", "OppfInteraksjon"),
  STRUCTURED_DOSAGES("KatStrDosering", "OppfStrDosering");

  private final String element;
  private final String entryElement;

  Catalog(String element, String entryElement) {
    this.element = element;
    this.entryElement = entryElement;
  }

  /** The XML element of the catalog, e.g. {@code KatLegemiddelpakning}. */
  public String element() {
    return element;
  }

  /** The XML element of one entry, e.g. {@code OppfLegemiddelpakning}. */
  public String entryElement() {
    return entryElement;
  }

  /** The catalog whose element has this local name, or null. */
  public static Catalog byElement(String localName) {
    for (Catalog catalog : values()) {
      if (catalog.element.equals(localName)) {
        return catalog;
      }
    }
    return null;
  }
}
