package org.festserver.tools.generate;

/** What kind of product line a {@link Family} is; decides Preparattype, the substance group and pack layout. */
enum FamilyKind {
  /** Registered medicine with a LegemiddelVirkestoff (substance group). */
  REGULAR(true, "7", "Legemiddel"),
  /** Unregistered medicine: Preparattype 11, TypeSoknadSlv 2/3, vilkår 34; no group. */
  UNREGISTERED(false, "11", "Krever godkj. Fritak"),
  /** Hospital pharmacy product (Preparattype 15). */
  HOSPITAL(false, "15", "Sykehuspreparat"),
  /** NAF preparation (Preparattype 9). */
  NAF(false, "9", "NAF-preparat"),
  /** More than three substances: no strength in the name, no group. */
  MULTI(false, "7", "Legemiddel"),
  /** No relevant strength: SortertVirkestoffUtenStyrke, no group. */
  NO_STRENGTH(false, "12", "Tradisjonelt plantebasert legemiddel"),
  /** One pack, several strengths, several brands. */
  START_PACK(false, "7", "Legemiddel"),
  /** One pack, several forms, several brands. */
  COMBINATION_PACK(false, "7", "Legemiddel"),
  /** Components to be mixed: Pakningskomponent, EnhetPakning "sett". */
  SET(false, "7", "Legemiddel");

  final boolean hasGroup;
  final String preparattype;
  final String preparattypeText;

  FamilyKind(boolean hasGroup, String preparattype, String preparattypeText) {
    this.hasGroup = hasGroup;
    this.preparattype = preparattype;
    this.preparattypeText = preparattypeText;
  }

  /** Packs of these kinds reference several brands and have no LegemiddelDose. */
  boolean sharedPack() {
    return this == START_PACK || this == COMBINATION_PACK;
  }
}
