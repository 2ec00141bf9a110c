package org.festserver.tools.generate;

/** The catalogs the generator writes, in the fixed order of the M30 schema (FORMAT.md §1.3). */
enum M30Catalog {
  LEGEMIDDEL_MERKEVARE("LegemiddelMerkevare"),
  LEGEMIDDELPAKNING("Legemiddelpakning"),
  VIRKESTOFF("Virkestoff"),
  LEGEMIDDEL_VIRKESTOFF("LegemiddelVirkestoff"),
  HANDELSVARE("Handelsvare"),
  REFUSJON("Refusjon"),
  VILKAR("Vilkar"),
  VARSEL_SLV("VarselSlv"),
  KODEVERK("Kodeverk"),
  BYTTEGRUPPE("Byttegruppe"),
  LEGEMIDDELDOSE("Legemiddeldose"),
  INTERAKSJON("Interaksjon"),
  STR_DOSERING("StrDosering");

  final String suffix;

  M30Catalog(String suffix) {
    this.suffix = suffix;
  }

  String catalogElement() {
    return "Kat" + suffix;
  }

  String entryElement() {
    return "Oppf" + suffix;
  }

  static M30Catalog ofCatalogElement(String localName) {
    for (M30Catalog c : values()) {
      if (c.catalogElement().equals(localName)) {
        return c;
      }
    }
    return null;
  }
}
