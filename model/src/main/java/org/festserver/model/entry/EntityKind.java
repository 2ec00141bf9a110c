package org.festserver.model.entry;

/**
 * The kinds of entity the server stores, each with its catalog and the FEST name of its payload element. A
 * catalog may hold several kinds (KatVirkestoff: substances and strengths; KatInteraksjon: interactions and
 * not-assessed codes; KatHandelsvare: three kinds of trade goods, stored as one kind).
 */
public enum EntityKind {
  BRAND(Catalog.BRANDS, "LegemiddelMerkevare"),
  PACK(Catalog.PACKS, "Legemiddelpakning"),
  SUBSTANCE(Catalog.SUBSTANCES, "Virkestoff"),
  SUBSTANCE_STRENGTH(Catalog.SUBSTANCES, "VirkestoffMedStyrke"),
  SUBSTANCE_GROUP(Catalog.SUBSTANCE_GROUPS, "LegemiddelVirkestoff"),
  SUPPLY(Catalog.SUPPLIES, "Handelsvare"),
  REIMBURSEMENT(Catalog.REIMBURSEMENTS, "Refusjonshjemmel"),
  CONDITION(Catalog.CONDITIONS, "Vilkar"),
  ALERT(Catalog.ALERTS, "VarselSlv"),
  CODE_SYSTEM(Catalog.CODE_SYSTEMS, "Kodeverk"),
  INTERCHANGE_GROUP(Catalog.INTERCHANGE_GROUPS, "Byttegruppe"),
  UNIT_DOSE(Catalog.UNIT_DOSES, "Legemiddeldose"),
  INTERACTION(Catalog.INTERACTIONS, "Interaksjon"),
  INTERACTION_NOT_ASSESSED(Catalog.INTERACTIONS, "InteraksjonIkkeVurdert"),
  STRUCTURED_DOSAGE(Catalog.STRUCTURED_DOSAGES, "StrDosering");

  private final Catalog catalog;
  private final String festName;

  EntityKind(Catalog catalog, String festName) {
    this.catalog = catalog;
    this.festName = festName;
  }

  public Catalog catalog() {
    return catalog;
  }

  /** The FEST name used in counts and messages, e.g. {@code Legemiddelpakning}. */
  public String festName() {
    return festName;
  }
}
